#include "write/file_io.h"

namespace klynge {

Status WriteFileBytes(FileSystem& fs, const std::string& path, const std::string& bytes, const std::string& display) {
  Status status = fs.WriteAtomically(path, bytes);
  if (status.ok()) return status;
  return Status::Error("cannot write " + display + ": " + status.message(), status.error_number());
}

Status MakeFolders(FileSystem& fs, const std::string& folder, const std::string& display) {
  Status status = fs.MakeFolder(folder);
  if (status.ok()) return status;
  return Status::Error("cannot create folder " + display + ": " + status.message(), status.error_number());
}

}  // namespace klynge
