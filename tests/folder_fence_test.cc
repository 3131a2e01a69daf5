#include "load/folder_fence.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "support/temp_site.h"

namespace klynge {
namespace {

namespace fs = std::filesystem;
using testing::TempSite;

class FolderFenceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.Write("packages/p/package.md", "side\n");
    site_.Write("packages/p/assets/a.txt", "aaa\n");
    site_.Write("packages/pp/package.md", "en anden pakke\n");
    site_.Write("clusters/k/cluster.yaml", "hemmeligt\n");
  }

  fs::path Content(const std::string& rel) const { return fs::path(site_.content()) / rel; }

  void Link(const std::string& rel, const std::string& target) const {
    fs::create_symlink(target, Content(rel));
  }

  std::string Check(const FolderFence& fence, const std::string& rel) const {
    return Format(fence.CheckLink(Content(rel)), Language::kEnglish);
  }

  TempSite site_;
};

TEST_F(FolderFenceTest, HoldsComparesWholeFolderNames) {
  FolderFence fence(Content("packages/p"), "its package folder");
  fs::path p = fs::canonical(Content("packages/p"));
  EXPECT_TRUE(fence.Holds(p));
  EXPECT_TRUE(fence.Holds(p / "assets/a.txt"));
  // "packages/pp" starts with the characters of "packages/p" but is another folder.
  EXPECT_FALSE(fence.Holds(fs::canonical(Content("packages/pp/package.md"))));
  EXPECT_FALSE(fence.Holds(p.parent_path()));
}

TEST_F(FolderFenceTest, ALinkIsJudgedByWhereItsChainEnds) {
  FolderFence fence(Content("packages/p"), "its package folder");
  Link("packages/p/assets/kopi.txt", "a.txt");
  Link("packages/p/assets/ud.txt", "../../../clusters/k/cluster.yaml");
  Link("packages/p/assets/.hop", "/etc");
  Link("packages/p/assets/via", ".hop");
  Link("packages/p/assets/tilbage", "../../p/assets/a.txt");  // leaves and comes back: ends inside
  Link("packages/p/assets/ingen", "findes-ikke.txt");
  EXPECT_EQ(Check(fence, "packages/p/package.md"), "") << "not a link";
  EXPECT_EQ(Check(fence, "packages/p/assets/kopi.txt"), "");
  EXPECT_EQ(Check(fence, "packages/p/assets/tilbage"), "");
  EXPECT_EQ(Check(fence, "packages/p/assets/ud.txt"),
            "symbolic link to ../../../clusters/k/cluster.yaml leads outside its package folder; klynge "
            "follows a link only when it stays inside the folder it belongs to");
  EXPECT_NE(Check(fence, "packages/p/assets/via").find("symbolic link to .hop leads outside"), std::string::npos);
  EXPECT_EQ(Check(fence, "packages/p/assets/ingen"),
            "symbolic link to findes-ikke.txt leads nowhere: no such file or folder");
}

TEST_F(FolderFenceTest, APrivateFolderInsideTheFenceIsOutOfReach) {
  FolderFence fence(site_.content(), "the content folder", {Content("clusters")});
  Link("site.yaml", "clusters/k/cluster.yaml");
  EXPECT_EQ(Check(fence, "site.yaml"),
            "symbolic link to clusters/k/cluster.yaml leads into " + Content("clusters").generic_string() +
                "/, which is private and never published");
  EXPECT_FALSE(fence.Holds(fs::canonical(Content("clusters/k"))));
  EXPECT_TRUE(fence.Holds(fs::canonical(Content("packages/p"))));
}

// What ReadFenced reads is judged on the open file, so a name that is
// swapped for a link after CheckLink still cannot leak what it points to.
TEST_F(FolderFenceTest, ReadingChecksTheOpenFileNotTheName) {
  FolderFence fence(Content("packages/p"), "its package folder");
  std::string bytes;
  EXPECT_EQ(ReadFenced(Content("packages/p/assets/a.txt"), fence, 100, &bytes).result,
            FencedRead::Result::kOk);
  EXPECT_EQ(bytes, "aaa\n");

  Link("packages/p/assets/b.txt", "../../../clusters/k/cluster.yaml");  // as if swapped in after the check
  FencedRead leak = ReadFenced(Content("packages/p/assets/b.txt"), fence, 100, &bytes);
  EXPECT_EQ(leak.result, FencedRead::Result::kOutside);
  EXPECT_EQ(bytes, "");
  EXPECT_EQ(ReadFenced("/etc/passwd", fence, 1 << 20, &bytes).result, FencedRead::Result::kOutside);
  EXPECT_EQ(bytes, "");
}

TEST_F(FolderFenceTest, ReadingRefusesWhatIsNoFileOrTooLarge) {
  FolderFence fence(Content("packages/p"), "its package folder");
  std::string bytes;
  EXPECT_EQ(ReadFenced(Content("packages/p/assets/a.txt"), fence, 3, &bytes).result,
            FencedRead::Result::kTooLarge);
  FencedRead folder = ReadFenced(Content("packages/p/assets"), fence, 100, &bytes);
  EXPECT_EQ(Format(DescribeRead(folder, fence, 100), Language::kEnglish), "cannot read file: it is a folder, not a file");
  FencedRead missing = ReadFenced(Content("packages/p/nej.md"), fence, 100, &bytes);
  EXPECT_EQ(Format(DescribeRead(missing, fence, 100), Language::kEnglish), "cannot read file: no such file or folder");
  // A FIFO where a file should be must not hang the build.
  ASSERT_EQ(::mkfifo(Content("packages/p/assets/fifo").c_str(), 0644), 0);
  EXPECT_EQ(ReadFenced(Content("packages/p/assets/fifo"), fence, 100, &bytes).result,
            FencedRead::Result::kNotAFile);
}

}  // namespace
}  // namespace klynge
