#include "write/output_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "base/content_hash.h"
#include "base/failing_file_system.h"
#include "support/file_tree.h"
#include "write/file_io.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

namespace fs = std::filesystem;
using testing::DiffTrees;
using testing::ReadFile;
using testing::SnapshotTree;
using testing::TempSite;

void WriteText(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Everything in `dir` apart from `keep`: what a write left beside its target.
std::vector<std::string> Leftovers(const fs::path& dir, const std::string& keep) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().filename() != keep) names.push_back(entry.path().filename().string());
  return names;
}

Output SiteWith(const std::string& front_page) {
  Output output;
  output.Add("site/index.html", front_page);
  output.Add("site/pakker/smertebehandling/index.html", "<p>Smertebehandling</p>");
  output.Add("site/static/klynge.css", "body{}");
  return output;
}

class OutputWriterTest : public ::testing::Test {
 protected:
  TempSite scratch_;
  fs::path parent_ = fs::path(scratch_.root()) / "parent";
  fs::path dir_ = parent_ / "output";
  void SetUp() override { fs::create_directories(parent_); }
};

TEST_F(OutputWriterTest, WritesEveryFileAndTheMarkerIntoANewFolder) {
  Status status = WriteOutput(SiteWith("<h1>Klyngepakker</h1>"), dir_.string());
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(ReadFile((dir_ / "site/index.html").string()), "<h1>Klyngepakker</h1>");
  EXPECT_EQ(ReadFile((dir_ / "site/pakker/smertebehandling/index.html").string()),
            "<p>Smertebehandling</p>");
  EXPECT_TRUE(fs::is_regular_file(dir_ / kOutputMarker));
  EXPECT_EQ(testing::ListFiles(dir_.string()).size(), 4u);
  EXPECT_TRUE(Leftovers(parent_, "output").empty()) << "staging folders were left beside output/";
}

TEST_F(OutputWriterTest, ARebuildReplacesTheWholeFolder) {
  ASSERT_TRUE(WriteOutput(SiteWith("gammel"), dir_.string()).ok());
  WriteText(dir_ / "site/pakker/fjernet/index.html", "a package that was deleted from content/");
  Output next;
  next.Add("site/index.html", "ny");
  Status status = WriteOutput(next, dir_.string());
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(ReadFile((dir_ / "site/index.html").string()), "ny");
  EXPECT_FALSE(fs::exists(dir_ / "site/pakker/fjernet")) << "stale files survived a rebuild";
  EXPECT_FALSE(fs::exists(dir_ / "site/pakker/smertebehandling"));
  EXPECT_TRUE(fs::is_regular_file(dir_ / kOutputMarker));
  EXPECT_TRUE(Leftovers(parent_, "output").empty()) << "the old output was left beside output/";
}

TEST_F(OutputWriterTest, AcceptsAnEmptyExistingFolderAndATrailingSlash) {
  fs::create_directories(dir_);
  Status status = WriteOutput(SiteWith("x"), dir_.string() + "/");
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(ReadFile((dir_ / "site/index.html").string()), "x");
  EXPECT_TRUE(Leftovers(parent_, "output").empty());
}

TEST_F(OutputWriterTest, RefusesAFolderWithUserFilesAndNoMarker) {
  WriteText(dir_ / "notes.txt", "mine, not klynge's");
  WriteText(dir_ / "photos/a.jpg", "jpeg");
  auto before = SnapshotTree(dir_.string());
  EXPECT_FALSE(CheckOutputFolder(dir_.string()).ok());
  Status status = WriteOutput(SiteWith("x"), dir_.string());
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find(dir_.string()), std::string::npos)
      << "the refusal should name the folder: " << status.message();
  EXPECT_EQ(DiffTrees(before, SnapshotTree(dir_.string())), "");
  EXPECT_TRUE(Leftovers(parent_, "output").empty());
}

TEST_F(OutputWriterTest, RefusesAPathThatIsAFile) {
  WriteText(dir_, "a file where the output folder should be");
  EXPECT_FALSE(CheckOutputFolder(dir_.string()).ok());
  EXPECT_FALSE(WriteOutput(SiteWith("x"), dir_.string()).ok());
  EXPECT_EQ(ReadFile(dir_.string()), "a file where the output folder should be");
}

TEST_F(OutputWriterTest, AFailedWriteLeavesTheOldOutputAsItWas) {
  ASSERT_TRUE(WriteOutput(SiteWith("god"), dir_.string()).ok());
  auto before = SnapshotTree(dir_.string());
  // "site/a" as a file and as a folder: the second cannot be written.
  Output broken = SiteWith("ny");
  broken.Add("site/a", "file");
  broken.Add("site/a/b.html", "under a file");
  Status status = WriteOutput(broken, dir_.string());
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(DiffTrees(before, SnapshotTree(dir_.string())), "");
  EXPECT_TRUE(Leftovers(parent_, "output").empty()) << "a failed write left its staging folder";
}

TEST_F(OutputWriterTest, AMarkedFolderIsReplacedEvenWithOtherFilesInIt) {
  ASSERT_TRUE(WriteOutput(SiteWith("første"), dir_.string()).ok());
  WriteText(dir_ / "noget-andet.txt", "made after the build");
  EXPECT_TRUE(CheckOutputFolder(dir_.string()).ok());
  ASSERT_TRUE(WriteOutput(SiteWith("anden"), dir_.string()).ok());
  EXPECT_FALSE(fs::exists(dir_ / "noget-andet.txt"));
  EXPECT_EQ(ReadFile((dir_ / "site/index.html").string()), "anden");
}

TEST_F(OutputWriterTest, AMissingFolderMayBeWrittenAndParentsAreMade) {
  fs::path deep = parent_ / "a" / "b" / "output";
  EXPECT_TRUE(CheckOutputFolder(deep.string()).ok());
  Status status = WriteOutput(SiteWith("x"), deep.string());
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(ReadFile((deep / "site/index.html").string()), "x");
}

// A build with a manifest, as the pipeline writes it.
BuildManifest ManifestOf(const Output& output) {
  BuildManifest manifest;
  manifest.units["site"] = 1;
  for (const auto& [path, bytes] : output.files())
    manifest.files[path] = OutputRecord{"site", HashBytes(bytes), bytes.size()};
  return manifest;
}

Status WriteInPlace(const Output& output, const std::string& dir, const BuildManifest& previous) {
  OutputWriter writer(dir, OutputWriter::Mode::kInPlace, &previous);
  Status status = writer.Begin();
  for (const auto& [path, bytes] : output.files()) {
    if (!status.ok()) break;
    status = writer.Write(path, bytes);
  }
  if (!status.ok()) return status;
  BuildManifest next = ManifestOf(output);
  return writer.Commit({}, &next);
}

TEST_F(OutputWriterTest, AFailedInPlaceBuildKeepsTheOutputAndItsManifest) {
  Output good = SiteWith("god");
  {
    OutputWriter writer(dir_.string(), OutputWriter::Mode::kFresh);
    ASSERT_TRUE(writer.Begin().ok());
    for (const auto& [path, bytes] : good.files()) ASSERT_TRUE(writer.Write(path, bytes).ok());
    BuildManifest manifest = ManifestOf(good);
    ASSERT_TRUE(writer.Commit({}, &manifest).ok());
  }
  BuildManifest previous;
  ASSERT_TRUE(ReadOutputManifest(dir_.string(), &previous));
  auto before = SnapshotTree(dir_.string());

  // The front page changes, then "site/a" is wanted as a file and as a folder.
  Output broken = SiteWith("ny");
  broken.Add("site/a", "file");
  broken.Add("site/a/b.html", "under a file");
  Status status = WriteInPlace(broken, dir_.string(), previous);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(DiffTrees(before, SnapshotTree(dir_.string())), "")
      << "a failed in-place build changed the output or removed its manifest";

  // Then a good one updates the folder and stores its manifest.
  Output next = SiteWith("ny");
  ASSERT_TRUE(WriteInPlace(next, dir_.string(), previous).ok());
  EXPECT_EQ(ReadFile((dir_ / "site/index.html").string()), "ny");
  BuildManifest stored;
  ASSERT_TRUE(ReadOutputManifest(dir_.string(), &stored));
  EXPECT_EQ(stored.files.at("site/index.html").hash, HashBytes("ny"));
  EXPECT_FALSE(fs::exists(dir_ / kStagingName)) << "the staging folder was left in the output";
}

TEST(WriteFileBytesTest, AFullDiskIsNamedAsTheCause) {
  TempSite scratch;
  FailingFileSystem full(RealFileSystem(), 1, ENOSPC);
  std::string path = scratch.root() + "/klyngepakke.pdf";
  Status status = WriteFileBytes(full, path, std::string(70000, 'x'), "output/site/klyngepakke.pdf");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(), "cannot write output/site/klyngepakke.pdf: no space left on device");
  EXPECT_FALSE(fs::exists(path));
}

// The real file system's own failure, and that an atomic write leaves no part file behind.
TEST(WriteFileBytesTest, AMissingFolderIsNamedAsTheCause) {
  TempSite scratch;
  Status status = WriteFileBytes(RealFileSystem(), scratch.root() + "/findes/ikke.pdf", "x", "ikke.pdf");
  EXPECT_EQ(status.message(), "cannot write ikke.pdf: no such file or folder");
  std::ofstream(scratch.root() + "/fil") << "x";
  ASSERT_TRUE(WriteFileBytes(RealFileSystem(), scratch.root() + "/ny.pdf", "y", "ny.pdf").ok());
  for (const std::string& name : Leftovers(scratch.root(), "ny.pdf"))
    EXPECT_EQ(name.find(".klynge-part"), std::string::npos) << "a part file was left beside ny.pdf";
  Status under_file = MakeFolders(RealFileSystem(), scratch.root() + "/fil/mappe", "fil/mappe");
  EXPECT_EQ(under_file.message(), "cannot create folder fil/mappe: a part of the path is a file, not a folder");
}

TEST_F(OutputWriterTest, TwoWritesOfTheSameOutputAreByteIdentical) {
  fs::path other = parent_ / "other";
  ASSERT_TRUE(WriteOutput(SiteWith("samme"), dir_.string()).ok());
  ASSERT_TRUE(WriteOutput(SiteWith("samme"), other.string()).ok());
  EXPECT_EQ(DiffTrees(SnapshotTree(dir_.string()), SnapshotTree(other.string())), "");
}

}  // namespace
}  // namespace klynge
