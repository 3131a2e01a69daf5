// Fault injection through the FileSystem seam: whichever call of a build
// fails (a full disk, a permission, an I/O error), the output folder is left
// as it was, or such that the next build, with the fault gone, writes a
// folder byte-identical to a clean build's. A build that reports success
// despite a fault must have written exactly the clean build's output.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <filesystem>
#include <sstream>

#include "base/failing_file_system.h"
#include "pipeline/build.h"
#include "support/file_tree.h"
#include "support/temp_site.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

// Every call up to kEveryCallUpTo is failed in turn; past it, one call in
// kStride (and the last), which keeps the whole test well under a minute.
constexpr uint64_t kEveryCallUpTo = 120;
constexpr uint64_t kStride = 7;

const int kErrors[] = {ENOSPC, EACCES, EIO};

// The output without the build cache's own files (manifest, parse caches),
// which hold timings of no consequence; the public and private files only.
TreeSnapshot Published(TreeSnapshot tree) {
  for (auto it = tree.begin(); it != tree.end();)
    it = it->first.starts_with(".klynge-") ? tree.erase(it) : std::next(it);
  return tree;
}
TreeSnapshot Published(const std::string& dir) { return Published(SnapshotTree(dir)); }

class FileSystemFaultTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    site_.Write("site.yaml", kSiteYaml);
    site_.Write("packages/smerte/package.md", std::string(kPackageMd) + "\nSe [figuren](assets/figur.txt).\n");
    site_.Write("packages/smerte/assets/figur.txt", "en figur\n");
    site_.Write("stories/aalborg.md",
                "---\ntitle: Aalborg\ndate: 2024-05-01\ncluster: Aalborg Klynge Vest\n---\nEn historie.\n");
  }

  BuildResult Build(const std::string& output, FileSystem* files, std::string* log = nullptr) const {
    BuildOptions options;
    options.root = site_.root();
    options.output_dir = output;
    options.jobs = 1;  // one thread: call N is the same call on every run
    options.file_system = files;
    std::ostringstream err;
    BuildResult result = RunBuild(options, err);
    if (log) *log = err.str();
    return result;
  }

  // How many calls a build from `before` (an output folder to start from, or
  // "" for none) makes, and the clean output to compare with.
  uint64_t CountCalls(const std::string& before, TreeSnapshot* clean) {
    std::string dir = Scratch("count");
    if (!before.empty()) fs::copy(before, dir, fs::copy_options::recursive);
    FailingFileSystem counting(RealFileSystem(), 0, 0);
    std::string log;
    EXPECT_EQ(Build(dir, &counting, &log).exit_code, 0) << log;
    std::string fresh = Scratch("clean");
    EXPECT_EQ(Build(fresh, nullptr).exit_code, 0);
    *clean = Published(fresh);
    EXPECT_EQ(Published(dir), *clean) << "the counted build is not the clean one";
    return counting.calls();
  }

  // Fails call `n` of a build that starts from a copy of `before` ("": no
  // output yet), then checks what it left and what the next build makes of it.
  void FailAt(uint64_t n, const std::string& before, const TreeSnapshot& clean) {
    std::string dir = Scratch("fault");
    if (!before.empty()) fs::copy(before, dir, fs::copy_options::recursive);
    TreeSnapshot previous = SnapshotTree(dir);
    int error = kErrors[n % 3];
    FailingFileSystem failing(RealFileSystem(), n, error);
    std::string log;
    BuildResult result = Build(dir, &failing, &log);
    std::string where = "call " + std::to_string(n) + " failing with " + std::strerror(error);
    ASSERT_TRUE(failing.failed()) << where;
    if (result.exit_code == 0) {
      // The fault was absorbed (a read the loader made again, a check that
      // only costs a rewrite): the output must be right all the same.
      EXPECT_EQ(DiffTrees(clean, Published(dir)), "") << where << " gave a wrong output and no error";
    } else {
      EXPECT_NE(log.find("klynge: "), std::string::npos) << where << ": the failure was not reported\n" << log;
    }
    bool untouched = DiffTrees(Published(previous), Published(dir)) == "";
    std::string again_log;
    BuildResult again = Build(dir, nullptr, &again_log);
    ASSERT_EQ(again.exit_code, 0) << where << ": the next build failed\n" << again_log;
    EXPECT_EQ(DiffTrees(clean, Published(dir)), "")
        << where << (untouched ? " (the output was left as it was)" : " (the output was changed)")
        << ": the next build did not give the clean output\n" << log;
  }

  void FailEachCall(uint64_t calls, const std::string& before, const TreeSnapshot& clean) {
    size_t tried = 0;
    for (uint64_t n = 1; n <= calls; n += n < kEveryCallUpTo ? 1 : kStride) {
      FailAt(n, before, clean);
      ++tried;
      if (HasFatalFailure()) return;
    }
    if ((calls - kEveryCallUpTo) % kStride != 0 && calls > kEveryCallUpTo) FailAt(calls, before, clean);
    std::cout << "[ fault    ] " << tried << " of " << calls << " calls failed in turn\n";
  }

  // A fresh path below the scratch folder (nothing there yet).
  std::string Scratch(const std::string& name) {
    std::string dir = scratch_.root() + "/" + name;
    fs::remove_all(dir);
    fs::remove_all(dir + ".klynge-new-" + std::to_string(getpid()));
    fs::remove_all(dir + ".klynge-old-" + std::to_string(getpid()));
    return dir;
  }

  TempSite site_;
  TempSite scratch_;
};

TEST_F(FileSystemFaultTest, AFailedColdBuildLeavesNothingTheNextBuildTrips) {
  TreeSnapshot clean;
  uint64_t calls = CountCalls("", &clean);
  ASSERT_GT(calls, 50u) << "the build should go through the file system";
  FailEachCall(calls, "", clean);
}

TEST_F(FileSystemFaultTest, AFailedIncrementalBuildKeepsTheOutputOrMendsIt) {
  std::string before = scratch_.root() + "/before";
  ASSERT_EQ(Build(before, nullptr).exit_code, 0);
  // An edit, a new asset and a removed story: files are rewritten, added and made stale.
  site_.Write("packages/smerte/package.md", std::string(kPackageMd) + "\nEn ny tekst og [figuren](assets/figur.txt).\n");
  site_.Write("packages/smerte/assets/ny.txt", "ny\n");
  site_.Remove("stories/aalborg.md");
  TreeSnapshot clean;
  uint64_t calls = CountCalls(before, &clean);
  ASSERT_GT(calls, 50u);
  FailEachCall(calls, before, clean);
}

}  // namespace
}  // namespace klynge::testing
