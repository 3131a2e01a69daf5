// The FileSystem implementations: the in-memory one behaves as the disk does
// for what a build asks of it (a whole build in memory writes what one on
// disk writes), and the failing one fails exactly the chosen call.

#include "base/file_system.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <cerrno>
#include <filesystem>
#include <sstream>

#include "base/failing_file_system.h"
#include "base/file_path.h"
#include "base/memory_file_system.h"
#include "pipeline/build.h"
#include "support/file_tree.h"
#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge {
namespace {

namespace fs = std::filesystem;

TEST(MemoryFileSystemTest, FilesAndFoldersAsOnDisk) {
  MemoryFileSystem memory;
  EXPECT_EQ(memory.WriteAtomically("/a/b.txt", "x").error_number(), ENOENT) << "no folder /a yet";
  ASSERT_TRUE(memory.MakeFolder("/a/c").ok());
  ASSERT_TRUE(memory.WriteAtomically("/a/b.txt", "bytes").ok());
  FileInfo info;
  ASSERT_TRUE(memory.Stat("/a/./c/../b.txt", &info).ok());
  EXPECT_EQ(info.kind, FileKind::kFile);
  EXPECT_EQ(info.size, 5u);
  ASSERT_TRUE(memory.Stat("/a/nej", &info).ok());
  EXPECT_EQ(info.kind, FileKind::kNone);
  std::vector<std::string> names;
  ASSERT_TRUE(memory.List("/a", &names).ok());
  EXPECT_EQ(names, (std::vector<std::string>{"b.txt", "c"}));
  std::string bytes;
  EXPECT_EQ(memory.Read("/a/b.txt", 4, &bytes).error_number(), EFBIG);
  EXPECT_EQ(memory.Read("/a/c", kAnySize, &bytes).error_number(), EISDIR);
  EXPECT_EQ(memory.Remove("/a").error_number(), ENOTEMPTY);
  EXPECT_EQ(memory.MakeFolder("/a/b.txt/d").error_number(), ENOTDIR);
}

TEST(MemoryFileSystemTest, RenameMovesAFolderWithEverythingInIt) {
  MemoryFileSystem memory;
  ASSERT_TRUE(memory.MakeFolder("/new/site").ok());
  ASSERT_TRUE(memory.WriteAtomically("/new/site/index.html", "ny").ok());
  ASSERT_TRUE(memory.MakeFolder("/full/x").ok());
  EXPECT_EQ(memory.Rename("/new", "/full").error_number(), ENOTEMPTY);
  ASSERT_TRUE(memory.Rename("/new", "/out").ok());
  EXPECT_EQ(memory.Files(), (std::map<std::string, std::string>{{"/out/site/index.html", "ny"}}));
  ASSERT_TRUE(RemoveTree(memory, "/out").ok());
  EXPECT_TRUE(memory.Files().empty());
  EXPECT_FALSE(Exists(memory, "/out/site"));
}

TEST(FailingFileSystemTest, FailsOnlyTheChosenCallAndDoesNothingThen) {
  MemoryFileSystem memory;
  FailingFileSystem failing(memory, 2, ENOSPC);
  EXPECT_TRUE(failing.MakeFolder("/out").ok());
  Status full = failing.WriteAtomically("/out/a", "x");
  EXPECT_EQ(full.error_number(), ENOSPC);
  EXPECT_EQ(full.message(), "no space left on device");
  EXPECT_TRUE(memory.Files().empty()) << "the failed write wrote";
  EXPECT_TRUE(failing.WriteAtomically("/out/a", "x").ok());
  EXPECT_EQ(failing.calls(), 3u);
  EXPECT_TRUE(failing.failed());
}

TEST(FilePathTest, LexicalParts) {
  EXPECT_EQ(NormalPath("a/./b/../c/"), "a/c");
  EXPECT_EQ(JoinPath(".", "content"), "content");
  EXPECT_EQ(JoinPath("site/", "../content"), "content");
  EXPECT_EQ(RelativePath("packages/p/assets/a.png", "packages/p"), "assets/a.png");
  EXPECT_EQ(RelativePath("packages/q/x", "packages/p/sub"), "../../q/x");
  EXPECT_EQ(FileName("a/b.md"), "b.md");
}

// Copies the disk's `from` (a file or folder) to `to` in `memory`.
void CopyIn(const std::string& from, const std::string& to, MemoryFileSystem* memory) {
  if (fs::is_directory(from)) {
    ASSERT_TRUE(memory->MakeFolder(to).ok());
    for (const auto& e : fs::directory_iterator(from)) CopyIn(e.path().string(), to + "/" + e.path().filename().string(), memory);
  } else {
    ASSERT_TRUE(memory->MakeFolder(fs::path(to).parent_path().string()).ok());
    ASSERT_TRUE(memory->WriteAtomically(to, testing::ReadFile(from)).ok());
  }
}

TEST(MemoryFileSystemTest, ABuildInMemoryWritesWhatABuildOnDiskWrites) {
  cmark_gfm_core_extensions_ensure_registered();
  testing::TempSite site;
  site.Write("site.yaml", testing::kSiteYaml);
  site.Write("packages/smerte/package.md", testing::kPackageMd);
  BuildOptions options;
  options.root = site.root();
  options.jobs = 1;
  std::ostringstream err;
  ASSERT_EQ(RunBuild(options, err).exit_code, 0) << err.str();
  testing::TreeSnapshot disk = testing::SnapshotTree(site.root() + "/output");

  MemoryFileSystem memory;
  CopyIn(site.content(), "/site/content", &memory);
  CopyIn(testing::SourceThemeDir(), "/site/themes/default", &memory);
  CopyIn("/usr/share/fonts/truetype/open-sans", "/usr/share/fonts/truetype/open-sans", &memory);
  CopyIn("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/dejavu", &memory);
  CopyIn("/usr/share/hyphen/hyph_da_DK.dic", "/usr/share/hyphen/hyph_da_DK.dic", &memory);
  options.root = "/site";
  options.file_system = &memory;
  ASSERT_EQ(RunBuild(options, err).exit_code, 0) << err.str();
  std::map<std::string, std::string> written;
  for (const auto& [path, bytes] : memory.Files())
    if (path.starts_with("/site/output/")) written[path.substr(13)] = bytes;
  size_t compared = 0;
  for (const auto& [path, bytes] : disk) {
    if (path.ends_with("/") || path.starts_with(".klynge-")) continue;
    EXPECT_EQ(written.count(path), 1u) << path;
    EXPECT_TRUE(written[path] == bytes) << path << " differs";
    ++compared;
  }
  EXPECT_GT(compared, 5u);
  EXPECT_FALSE(fs::exists("/site")) << "the build in memory touched the disk";
}

}  // namespace
}  // namespace klynge
