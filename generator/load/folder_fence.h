#pragma once
// Symbolic links under content/ and in a theme are followed only while they
// stay inside the folder a file belongs to, so that no link can publish
// content/clusters/, another package's files or /etc.

#include <filesystem>
#include <string>
#include <vector>

namespace klynge {

// A folder that reads must stay inside, less the private folders in it.
class FolderFence {
 public:
  // `folder` on disk (resolved here); `what` names it in diagnostics ("its
  // package folder"); nothing may reach into `private_folders`.
  FolderFence(const std::filesystem::path& folder, std::string what,
              const std::vector<std::filesystem::path>& private_folders = {});

  // Whether the resolved (canonical) path lies inside the folder and outside the private ones.
  bool Holds(const std::filesystem::path& resolved) const;

  // "" when `entry` is not a symbolic link, or when the link (through any
  // chain of links) leads to a place the fence holds; else why it may not be
  // followed, in an author's words.
  std::string CheckLink(const std::filesystem::directory_entry& entry) const;

  const std::string& what() const { return what_; }

 private:
  std::filesystem::path folder_;                 // canonical
  std::vector<std::filesystem::path> private_;  // canonical
  std::vector<std::string> private_names_;       // as given, for diagnostics
  std::string what_;
};

// How reading a file through a fence ended.
struct FencedRead {
  enum class Result { kOk, kCannotRead, kNotAFile, kTooLarge, kOutside };
  Result result = Result::kCannotRead;
  int error_number = 0;  // kCannotRead: errno
};

// Reads the regular file `path` into `bytes`, refusing files over
// `max_bytes`. Once the file is open it checks where the open file really is
// (/proc/self/fd), so a link swapped after CheckLink cannot leak its target.
FencedRead ReadFenced(const std::filesystem::path& path, const FolderFence& fence, size_t max_bytes,
                      std::string* bytes);

// Why a read that was not kOk failed ("cannot read file: permission denied").
std::string DescribeRead(const FencedRead& read, const FolderFence& fence, size_t max_bytes);

}  // namespace klynge
