#include "base/file_system.h"

namespace klynge {

bool IsKind(const FileSystem& fs, const std::string& path, FileKind kind) {
  FileInfo info;
  return fs.Stat(path, &info).ok() && info.kind == kind;
}

bool Exists(const FileSystem& fs, const std::string& path) {
  FileInfo info;
  return fs.Stat(path, &info).ok() && info.kind != FileKind::kNone;
}

Status RemoveTree(FileSystem& fs, const std::string& path) {
  FileInfo info;
  if (Status s = fs.LinkStat(path, &info); !s.ok()) return s;
  if (info.kind == FileKind::kNone) return Status::Ok();
  if (info.kind == FileKind::kFolder) {
    std::vector<std::string> names;
    if (Status s = fs.List(path, &names); !s.ok()) return s;
    for (const std::string& name : names)
      if (Status s = RemoveTree(fs, path + "/" + name); !s.ok()) return s;
  }
  return fs.Remove(path);
}

}  // namespace klynge
