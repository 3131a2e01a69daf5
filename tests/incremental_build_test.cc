// End-to-end: the build cache. A rebuild with no change writes nothing; after
// edits, renames and deletions an incremental build is byte-identical to a
// clean one; an edit re-renders only what depends on it; --jobs and --only
// change how, never what.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "pipeline/build.h"
#include "support/file_tree.h"
#include "support/run_klynge.h"
#include "support/temp_site.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

// Identity of each file as written: a file replaced by the writer gets a new inode.
std::map<std::string, std::pair<ino_t, int64_t>> Stamps(const std::string& root) {
  std::map<std::string, std::pair<ino_t, int64_t>> stamps;
  for (const std::string& rel : ListFiles(root)) {
    struct stat st;
    if (::stat((root + "/" + rel).c_str(), &st) == 0)
      stamps[rel] = {st.st_ino, static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
  }
  return stamps;
}

std::vector<std::string> Rewritten(const std::map<std::string, std::pair<ino_t, int64_t>>& before,
                                   const std::map<std::string, std::pair<ino_t, int64_t>>& after) {
  std::vector<std::string> changed;
  for (const auto& [path, stamp] : after) {
    auto it = before.find(path);
    if (it == before.end() || it->second != stamp) changed.push_back(path);
  }
  return changed;
}

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void Replace(const fs::path& path, const std::string& from, const std::string& to) {
  std::string text = Read(path);
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << path;
  text.replace(at, from.size(), to);
  std::ofstream(path, std::ios::binary) << text;
}

// A copy of the sample site (content and theme) that a test may edit.
class IncrementalBuildTest : public ::testing::Test {
 protected:
  // One test builds in this process, whose threads parse Markdown.
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    fs::create_directories(root_);
    fs::copy(SampleRoot() + "/content", root_ / "content", fs::copy_options::recursive);
    fs::copy(SampleRoot() + "/themes", root_ / "themes", fs::copy_options::recursive);
  }

  RunResult Build(const std::string& out, const std::string& flags = "", const std::string& env = "") {
    return RunKlynge(root_.string(), "build --output " + ShellQuote(out) + " " + flags, env);
  }

  // Builds incrementally into out_ and from scratch elsewhere; both must agree byte for byte.
  void ExpectSameAsCleanBuild(const std::string& step) {
    RunResult inc = Build(out_);
    ASSERT_EQ(inc.exit_code, 0) << step << ": " << inc.err;
    std::string clean = scratch_.root() + "/clean-" + std::to_string(++cleans_);
    RunResult full = Build(clean);
    ASSERT_EQ(full.exit_code, 0) << step << ": " << full.err;
    EXPECT_EQ(DiffTrees(SnapshotTree(clean), SnapshotTree(out_)), "")
        << "after " << step << " the incremental output differs from a clean build";
  }

  TempSite scratch_;
  fs::path root_ = fs::path(scratch_.root()) / "site";
  std::string out_ = scratch_.root() + "/output";
  int cleans_ = 0;
};

TEST_F(IncrementalBuildTest, ARebuildWithNoChangeWritesNothing) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  auto before = Stamps(out_);
  ASSERT_GT(before.size(), 50u);
  RunResult again = Build(out_);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(Rewritten(before, Stamps(out_)), std::vector<std::string>{});
  // The sample's known warning (Blok 3: 30 ≠ 29 minutes) is still reported.
  EXPECT_NE(again.err.find("warning"), std::string::npos) << again.err;
}

// The build clock (SOURCE_DATE_EPOCH) is an input of the calendars like any
// file: changing it after a cached build must not leave the old DTSTAMPs.
TEST_F(IncrementalBuildTest, ChangingSourceDateEpochRebuildsTheCalendars) {
  // 1700000000 is 2023-11-14 22:13:20 UTC, 1800000000 is 2027-01-15 08:00:00 UTC.
  ASSERT_EQ(Build(out_, "", "SOURCE_DATE_EPOCH=1700000000").exit_code, 0);
  std::vector<std::string> calendars;
  for (const std::string& rel : ListFiles(out_))
    if (rel.ends_with(".ics")) calendars.push_back(rel);
  ASSERT_FALSE(calendars.empty()) << "the sample has no cluster calendar";
  for (const std::string& rel : calendars)
    ASSERT_NE(Read(out_ + "/" + rel).find("DTSTAMP:20231114T221320Z"), std::string::npos) << rel;

  RunResult again = Build(out_, "", "SOURCE_DATE_EPOCH=1800000000");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  std::string clean = scratch_.root() + "/clean";
  ASSERT_EQ(Build(clean, "", "SOURCE_DATE_EPOCH=1800000000").exit_code, 0);
  for (const std::string& rel : calendars) {
    std::string ics = Read(out_ + "/" + rel);
    EXPECT_NE(ics.find("DTSTAMP:20270115T080000Z"), std::string::npos) << rel << " kept its old stamp";
    EXPECT_EQ(ics.find("DTSTAMP:20231114"), std::string::npos) << rel;
  }
  EXPECT_EQ(DiffTrees(SnapshotTree(clean), SnapshotTree(out_)), "");
  // And unsetting it goes back to the meeting day, again like a clean build.
  ASSERT_EQ(Build(out_).exit_code, 0);
  std::string unset = scratch_.root() + "/unset";
  ASSERT_EQ(Build(unset).exit_code, 0);
  EXPECT_EQ(DiffTrees(SnapshotTree(unset), SnapshotTree(out_)), "");
}

TEST_F(IncrementalBuildTest, EditsRenamesAndDeletionsGiveTheSameBytesAsACleanBuild) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  fs::path packages = root_ / "content/packages";

  Replace(packages / "smertebehandling/package.md", "\n## ", "\nEn ny sætning om ændringer i klyngen.\n\n## ");
  ExpectSameAsCleanBuild("editing a package body");

  // The follow-up package's page names the package it follows by its title.
  Replace(packages / "smertebehandling/package.md", "title: Smertebehandling", "title: Smertebehandling i almen praksis");
  ExpectSameAsCleanBuild("retitling a package another one follows");
  EXPECT_NE(Read(out_ + "/site/pakker/opfoelgning-smertestillende/index.html").find("Smertebehandling i almen praksis"),
            std::string::npos);

  Replace(root_ / "content/clusters/eksempel-klynge-nord/cluster.yaml", "package: smertebehandling",
          "package: smertebehandling\n");
  ExpectSameAsCleanBuild("touching a cluster");

  fs::copy(packages / "nedre-luftvejsinfektioner", packages / "ny-pakke", fs::copy_options::recursive);
  ExpectSameAsCleanBuild("adding a package");

  fs::rename(packages / "ny-pakke", packages / "omdoebt-pakke");
  ExpectSameAsCleanBuild("renaming a package folder");

  fs::rename(root_ / "content/stories/aalborg-klynge-vest.md", root_ / "content/stories/klynge-vest.md");
  ExpectSameAsCleanBuild("renaming a story");

  fs::remove_all(packages / "omdoebt-pakke");
  ExpectSameAsCleanBuild("deleting a package");

  Replace(root_ / "themes/default/static/style.css", "{", "{ ");
  ExpectSameAsCleanBuild("editing the theme's CSS");
}

TEST_F(IncrementalBuildTest, AnEditReRendersOnlyWhatDependsOnIt) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  auto before = Stamps(out_);
  Replace(root_ / "content/packages/nedre-luftvejsinfektioner/package.md", "\n## ",
          "\nEn ny sætning om luftvejsinfektioner.\n\n## ");
  ASSERT_EQ(Build(out_).exit_code, 0);
  std::vector<std::string> rewritten = Rewritten(before, Stamps(out_));

  bool own_pdf = false;
  for (const std::string& path : rewritten) {
    if (path.starts_with("site/pakker/nedre-luftvejsinfektioner/pdf/")) own_pdf = true;
    // Other packages' PDFs and the cluster packs (which use other packages) stay as they were.
    EXPECT_FALSE(path.find("/pdf/") != std::string::npos &&
                 !path.starts_with("site/pakker/nedre-luftvejsinfektioner/"))
        << path << " was rewritten";
    EXPECT_FALSE(path.starts_with("clusters/")) << path << " was rewritten";
  }
  EXPECT_TRUE(own_pdf) << "the edited package's PDFs were not rendered again";
  EXPECT_NE(std::find(rewritten.begin(), rewritten.end(), "site/pakker/nedre-luftvejsinfektioner/index.html"),
            rewritten.end());
  // The search index holds the body text, so it changes too.
  EXPECT_NE(std::find(rewritten.begin(), rewritten.end(), "site/static/search-index.js"), rewritten.end())
      << "the search index was not rebuilt";
}

TEST_F(IncrementalBuildTest, AnOutputFileDeletedByHandIsWrittenAgain) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  std::string pdf = out_ + "/site/pakker/smertebehandling/pdf/program.pdf";
  std::string bytes = Read(pdf);
  ASSERT_FALSE(bytes.empty());
  fs::remove(pdf);
  ASSERT_EQ(Build(out_).exit_code, 0);
  EXPECT_EQ(Read(pdf), bytes);
}

TEST_F(IncrementalBuildTest, ABrokenCacheFileMeansAFullBuild) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  TreeSnapshot good = SnapshotTree(out_);
  std::ofstream(out_ + "/.klynge-cache", std::ios::binary) << "klynge-cache 1\nfile nonsense\n";
  RunResult rebuilt = Build(out_);
  ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.err;
  EXPECT_EQ(DiffTrees(good, SnapshotTree(out_)), "");
}

TEST_F(IncrementalBuildTest, AContentErrorLeavesTheOutputAndItsCacheAsTheyWere) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  TreeSnapshot good = SnapshotTree(out_);
  Replace(root_ / "content/packages/smertebehandling/package.md", "title:", "titel:");
  EXPECT_EQ(Build(out_).exit_code, 1);
  EXPECT_EQ(DiffTrees(good, SnapshotTree(out_)), "");
}

// A write that fails half-way (here: a file-size limit, as a full disk would)
// must leave the output and its cache as they were, so that the next build
// is still incremental; the error names the file and the cause.
TEST_F(IncrementalBuildTest, AFailedWriteLeavesTheOutputAndItsCacheAsTheyWere) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  TreeSnapshot good = SnapshotTree(out_);
  auto stamps = Stamps(out_);
  Replace(root_ / "content/packages/nedre-luftvejsinfektioner/package.md", "\n## ",
          "\nEn ny sætning om luftvejsinfektioner.\n\n## ");
  // 16 blocks of 512 bytes: the package's PDFs are larger.
  RunResult failed = RunKlyngeWithFileSizeLimit(root_.string(), "build --output " + ShellQuote(out_), 16);
  EXPECT_EQ(failed.exit_code, 1) << failed.err;
  EXPECT_NE(failed.err.find("cannot write " + out_ + "/site/pakker/nedre-luftvejsinfektioner/"), std::string::npos)
      << failed.err;
  EXPECT_NE(failed.err.find(": the file is too large"), std::string::npos)
      << "the error should say why the write failed:\n" << failed.err;
  EXPECT_EQ(DiffTrees(good, SnapshotTree(out_)), "") << "a failed build changed the output or its cache";

  // The cache survived: the next build renders only the edited package again.
  RunResult next = Build(out_);
  ASSERT_EQ(next.exit_code, 0) << next.err;
  for (const std::string& path : Rewritten(stamps, Stamps(out_)))
    EXPECT_FALSE(path.starts_with("clusters/") || path.starts_with("site/pakker/smertebehandling/pdf/"))
        << path << " was rewritten: the build after the failed one was a full build";
  ExpectSameAsCleanBuild("a failed write");
}

TEST_F(IncrementalBuildTest, OnlySiteLeavesThePdfsAsTheyAreUntilAFullBuild) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  auto before = Stamps(out_);
  Replace(root_ / "content/packages/smertebehandling/package.md", "\n## ", "\nEn helt ny sætning.\n\n## ");
  RunResult site = Build(out_, "--only site");
  ASSERT_EQ(site.exit_code, 0) << site.err;
  std::vector<std::string> rewritten = Rewritten(before, Stamps(out_));
  EXPECT_NE(std::find(rewritten.begin(), rewritten.end(), "site/pakker/smertebehandling/index.html"),
            rewritten.end());
  for (const std::string& path : rewritten)
    EXPECT_NE(fs::path(path).extension(), ".pdf") << path << ": --only site rewrote a PDF";
  EXPECT_NE(Read(out_ + "/site/pakker/smertebehandling/index.html").find("En helt ny sætning."),
            std::string::npos);
  ExpectSameAsCleanBuild("--only site, then a full build");
}

TEST_F(IncrementalBuildTest, OnlyClustersBuildsNothingElse) {
  RunResult clusters = Build(out_, "--only clusters");
  ASSERT_EQ(clusters.exit_code, 0) << clusters.err;
  std::vector<std::string> files = ListFiles(out_);
  ASSERT_FALSE(files.empty());
  for (const std::string& path : files)
    EXPECT_TRUE(path.starts_with("clusters/") || path.starts_with(".klynge")) << path;
}

TEST_F(IncrementalBuildTest, JobsDoNotChangeTheBytes) {
  std::string one = scratch_.root() + "/one", two = scratch_.root() + "/two";
  RunResult a = Build(one, "--jobs 1");
  RunResult b = Build(two, "--jobs 3");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_EQ(DiffTrees(SnapshotTree(one), SnapshotTree(two)), "");
}

TEST_F(IncrementalBuildTest, TheSummaryCountsWhatWasBuiltAndSaysWhenNothingChanged) {
  BuildOptions options;
  options.root = root_.string();
  options.output_dir = out_;
  options.feedback = true;
  std::ostringstream first, second;
  BuildResult built = RunBuild(options, first);
  ASSERT_EQ(built.exit_code, 0) << first.str();
  EXPECT_FALSE(built.up_to_date);
  std::vector<std::string> files = ListFiles(out_);
  EXPECT_EQ(built.pdfs, static_cast<size_t>(std::count_if(files.begin(), files.end(), [](const std::string& p) {
              return fs::path(p).extension() == ".pdf";
            })));
  EXPECT_NE(first.str().find(std::to_string(built.pages) + " pages, " + std::to_string(built.pdfs) +
                             " PDFs, 2 clusters, 1 warning in "),
            std::string::npos)
      << first.str();
  BuildResult again = RunBuild(options, second);
  EXPECT_TRUE(again.up_to_date);
  EXPECT_EQ(again.files_written, 0u);
  EXPECT_NE(second.str().find("klynge: up to date ("), std::string::npos) << second.str();
}

}  // namespace
}  // namespace klynge::testing
