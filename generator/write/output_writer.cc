#include "write/output_writer.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace klynge {

namespace fs = std::filesystem;

Status CheckOutputFolder(const std::string& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return Status::Ok();
  if (!fs::is_directory(dir, ec)) return Status::Error(dir + " exists and is not a folder");
  if (fs::exists(fs::path(dir) / kOutputMarker, ec)) return Status::Ok();
  if (fs::is_empty(dir, ec)) return Status::Ok();
  return Status::Error("refusing to write into " + dir +
                       ": the folder is not empty and was not made by klynge (no " +
                       kOutputMarker + " file); choose another --output or empty it yourself");
}

namespace {

Status WriteFile(const fs::path& path, const std::string& bytes) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return Status::Error("cannot create folder " + path.parent_path().string() + ": " + ec.message());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::Error("cannot write " + path.string());
  return Status::Ok();
}

}  // namespace

Status WriteOutput(const Output& output, const std::string& dir) {
  Status check = CheckOutputFolder(dir);
  if (!check.ok()) return check;
  fs::path target = fs::path(dir).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  std::string suffix = std::to_string(getpid());
  fs::path staging = target;
  staging += ".klynge-new-" + suffix;
  fs::path old = target;
  old += ".klynge-old-" + suffix;
  std::error_code ec;
  fs::remove_all(staging, ec);
  Status status = WriteFile(staging / kOutputMarker, "klynge output folder: rebuilt from content/ on every build\n");
  for (const auto& [path, bytes] : output.files()) {
    if (!status.ok()) break;
    status = WriteFile(staging / path, bytes);
  }
  if (!status.ok()) {
    fs::remove_all(staging, ec);
    return status;
  }
  bool had_old = fs::exists(target, ec);
  if (had_old) {
    fs::rename(target, old, ec);
    if (ec) {
      fs::remove_all(staging, ec);
      return Status::Error("cannot move the old " + target.string() + " aside: " + ec.message());
    }
  }
  fs::rename(staging, target, ec);
  if (ec) {
    std::error_code ignored;
    if (had_old) fs::rename(old, target, ignored);
    fs::remove_all(staging, ignored);
    return Status::Error("cannot move the new output into place: " + ec.message());
  }
  if (had_old) fs::remove_all(old, ec);
  return Status::Ok();
}

}  // namespace klynge
