#pragma once
// Symbolic links under content/ and in a theme are followed only while they
// stay inside the folder a file belongs to, so that no link can publish
// content/clusters/, another package's files or /etc.

#include <string>
#include <vector>

#include "base/message.h"
#include "base/file_system.h"

namespace klynge {

// A folder that reads must stay inside, less the private folders in it.
class FolderFence {
 public:
  // `folder` on `fs` (resolved here); `what` names it in diagnostics ("its
  // package folder"); nothing may reach into `private_folders`.
  FolderFence(const std::string& folder, Message what, const std::vector<std::string>& private_folders = {},
              const FileSystem& fs = RealFileSystem());

  // Whether the resolved (canonical) path lies inside the folder and outside the private ones.
  bool Holds(const std::string& resolved) const;

  // The empty message when `path` is not a symbolic link, or when the link
  // (through any chain of links) leads to a place the fence holds; else why
  // it may not be followed, in an author's words.
  Message CheckLink(const std::string& path) const;

  const Message& what() const { return what_; }
  const FileSystem& fs() const { return fs_; }

 private:
  const FileSystem& fs_;
  std::string folder_;                 // resolved
  std::vector<std::string> private_;  // resolved
  std::vector<std::string> private_names_;  // as given, for diagnostics
  Message what_;
};

// How reading a file through a fence ended.
struct FencedRead {
  enum class Result { kOk, kCannotRead, kNotAFile, kTooLarge, kOutside };
  Result result = Result::kCannotRead;
  int error_number = 0;  // kCannotRead: errno
};

// Reads the regular file `path` through the fence's file system into
// `bytes`, refusing files over `max_bytes`. It judges where the open file
// really is (/proc/self/fd), so a link swapped after CheckLink cannot leak its target.
FencedRead ReadFenced(const std::string& path, const FolderFence& fence, size_t max_bytes, std::string* bytes);

// Why a read that was not kOk failed ("cannot read file: permission denied").
Message DescribeRead(const FencedRead& read, const FolderFence& fence, size_t max_bytes);

// One name in a folder, as FolderEntries lists it.
struct FolderEntry {
  std::string name;
  std::string path;                 // the folder's path + "/" + name
  FileKind kind = FileKind::kNone;  // a link followed: kNone when it leads nowhere
  bool link = false;
};

// The entries of the folder `dir`, sorted by name; hidden ones (".gitkeep",
// ".DS_Store") left out unless `hidden`. An error (and no entries) when the
// folder or an entry's kind cannot be read: a build must not go on with a
// folder it saw only in part.
Status FolderEntries(const FileSystem& fs, const std::string& dir, std::vector<FolderEntry>* out,
                     bool hidden = false);

}  // namespace klynge
