// End-to-end: the same content gives the same bytes. Two builds of the sample
// content, from different working folders, into folders at different paths,
// under a different time zone and locale, must be byte-identical, and so must
// a rebuild over klynge's own output.

#include <gtest/gtest.h>

#include <filesystem>

#include "support/file_tree.h"
#include "support/run_klynge.h"
#include "support/temp_site.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

size_t CountWithExtension(const TreeSnapshot& tree, const std::string& ext) {
  size_t n = 0;
  for (const auto& [path, bytes] : tree)
    if (fs::path(path).extension() == ext) ++n;
  return n;
}

TEST(BuildDeterminismTest, TwoBuildsOfTheSampleAreByteIdentical) {
  TempSite scratch;
  std::string a = scratch.root() + "/a";
  std::string b = scratch.root() + "/elsewhere/deeper/b";
  RunResult first = BuildSample(a);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  // From another working folder, with --root, in another time zone and locale.
  RunResult second = RunKlynge(
      scratch.root(), "--root " + ShellQuote(SampleRoot()) + " build --output " + ShellQuote(b),
      "TZ=Pacific/Kiritimati LC_ALL=C LANG=C");
  ASSERT_EQ(second.exit_code, 0) << second.err;

  TreeSnapshot ta = SnapshotTree(a), tb = SnapshotTree(b);
  // The build cache is state, not output: it keeps the warnings as printed,
  // and these name the content folder as each build was given it.
  ASSERT_EQ(ta.erase(".klynge-cache") + tb.erase(".klynge-cache"), 2u);
  // The comparison must cover what klynge makes: pages and documents.
  ASSERT_TRUE(ta.count("site/index.html")) << "the build wrote no site/index.html";
  EXPECT_GT(CountWithExtension(ta, ".html"), 4u);
  EXPECT_GT(CountWithExtension(ta, ".pdf"), 0u) << "the build wrote no PDF";
  EXPECT_EQ(DiffTrees(ta, tb), "") << "two builds of the same content differ";
  // Neither output may carry the folder it was written to.
  for (const auto& [path, bytes] : tb)
    EXPECT_EQ(bytes.find(scratch.root()), std::string::npos) << path << " contains the build path";
}

TEST(BuildDeterminismTest, ARebuildOverItsOwnOutputChangesNothing) {
  TempSite scratch;
  std::string out = scratch.root() + "/output";
  RunResult first = BuildSample(out);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  TreeSnapshot before = SnapshotTree(out);
  ASSERT_FALSE(before.empty());
  RunResult second = BuildSample(out);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(DiffTrees(before, SnapshotTree(out)), "");
}

}  // namespace
}  // namespace klynge::testing
