#pragma once
// The one seam between klynge and the disk: every file the loader reads and
// every file the writer writes goes through a FileSystem, so that tests can
// run a build in memory or make any call of it fail.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "base/status.h"

namespace klynge {

enum class FileKind { kNone, kFile, kFolder, kLink, kOther };  // kOther: a device, pipe or socket

struct FileInfo {
  FileKind kind = FileKind::kNone;  // kNone: nothing is there
  uint64_t size = 0;                // kFile: its bytes
};

inline constexpr size_t kAnySize = std::numeric_limits<size_t>::max();

// Paths are as the caller gives them (relative to the working folder or
// absolute). A failure is a Status whose message is the cause alone ("no
// space left on device"), with its errno; the caller names the file. Every
// method is one counted call (see FailingFileSystem) and is thread-safe.
class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // The whole regular file `path`, refusing one over `max_bytes` (EFBIG) and
  // anything that is no regular file. When the file could be opened,
  // `opened` gets where the open file really is, so a fence can judge the
  // file that was read rather than its name.
  virtual Status Read(const std::string& path, size_t max_bytes, std::string* bytes,
                      std::string* opened = nullptr) const = 0;
  // The names in the folder `path` (not "." and ".."), in no given order.
  virtual Status List(const std::string& path, std::vector<std::string>* names) const = 0;
  // What is at `path`, a symbolic link followed; kNone (and ok) when nothing is.
  virtual Status Stat(const std::string& path, FileInfo* info) const = 0;
  // The same without following a last symbolic link (kLink).
  virtual Status LinkStat(const std::string& path, FileInfo* info) const = 0;
  // The target of the symbolic link `path`, as written in the link.
  virtual Status ReadLink(const std::string& path, std::string* target) const = 0;
  // `path` absolute with every link resolved; as far as it exists, the rest lexically.
  virtual Status Resolve(const std::string& path, std::string* resolved) const = 0;

  // Replaces or creates `path` with `bytes`: whole or not at all.
  virtual Status WriteAtomically(const std::string& path, const std::string& bytes) = 0;
  // Moves a file or folder; replaces a file or empty folder at `to`.
  virtual Status Rename(const std::string& from, const std::string& to) = 0;
  // Removes a file or an empty folder; ok when nothing is there.
  virtual Status Remove(const std::string& path) = 0;
  // Makes the folder `path` and its missing parents; ok when it exists.
  virtual Status MakeFolder(const std::string& path) = 0;
};

// The disk, through POSIX calls. One object serves the whole process (it holds no state).
FileSystem& RealFileSystem();

// `fs`, or the disk when it is null.
inline FileSystem& OrReal(FileSystem* fs) { return fs ? *fs : RealFileSystem(); }

// Whether something of `kind` is at `path` (a link followed); false when the call fails.
bool IsKind(const FileSystem& fs, const std::string& path, FileKind kind);
// Whether anything is at `path` (a link followed).
bool Exists(const FileSystem& fs, const std::string& path);

// Removes `path` and, when it is a folder, everything in it (links are removed, not followed).
Status RemoveTree(FileSystem& fs, const std::string& path);

}  // namespace klynge
