#include "write/output_writer.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/content_hash.h"
#include "base/system_error.h"
#include "write/file_io.h"

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

bool ReadOutputManifest(const std::string& dir, BuildManifest* manifest) {
  std::string text;
  return ReadOutputCacheFile(dir, kManifestName, &text) && ParseManifest(text, manifest);
}

bool ReadOutputCacheFile(const std::string& dir, const std::string& name, std::string* bytes) {
  std::error_code ec;
  if (!fs::exists(fs::path(dir) / kOutputMarker, ec)) return false;
  // One read of the whole file: the parse caches are megabytes.
  std::ifstream in(fs::path(dir) / name, std::ios::binary | std::ios::ate);
  if (!in) return false;
  std::streamoff size = in.tellg();
  if (size < 0) return false;
  bytes->resize(static_cast<size_t>(size));
  in.seekg(0);
  in.read(bytes->data(), size);
  return static_cast<bool>(in);
}

bool OutputFileIntact(const std::string& dir, const std::string& path, uint64_t size) {
  struct stat st;
  std::string full = dir + "/" + path;
  return ::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) == size;
}

namespace {

const char* kMarkerText = "klynge output folder: rebuilt from content/ on every build\n";

fs::path Normal(const std::string& dir) {
  fs::path target = fs::path(dir).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  return target;
}

Status Move(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) return Status::Error("cannot move " + to.string() + " into place: " + ErrorText(ec));
  return Status::Ok();
}

}  // namespace

OutputWriter::OutputWriter(std::string dir, Mode mode, const BuildManifest* previous)
    : dir_(Normal(dir).string()), mode_(mode), previous_(previous) {
  if (mode_ == Mode::kInPlace) {
    root_ = dir_ + "/" + kStagingName;
  } else {
    root_ = dir_ + ".klynge-new-" + std::to_string(getpid());
  }
}

OutputWriter::~OutputWriter() {
  // An uncommitted build leaves nothing behind: the staged files go.
  if (begun_ && !committed_) {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
}

Status OutputWriter::Begin() {
  Status check = CheckOutputFolder(dir_);
  if (!check.ok()) return check;
  std::error_code ec;
  begun_ = true;
  fs::remove_all(root_, ec);  // left by a build that was killed
  if (Status made = MakeFolders(root_, root_); !made.ok()) return made;
  folders_.insert(root_);
  if (mode_ == Mode::kInPlace) return Status::Ok();  // the folder carries the marker already
  return WriteFileBytes((fs::path(root_) / kOutputMarker).string(), kMarkerText,
                        (fs::path(dir_) / kOutputMarker).string());
}

Status OutputWriter::Write(const std::string& path, const std::string& bytes,
                           std::optional<uint64_t> hash) {
  if (mode_ == Mode::kInPlace && previous_) {
    auto it = previous_->files.find(path);
    if (it != previous_->files.end() && it->second.size == bytes.size() &&
        it->second.hash == hash.value_or(HashBytes(bytes)) && OutputFileIntact(dir_, path, bytes.size()))
      return Status::Ok();
  }
  fs::path full = fs::path(root_) / path;
  std::string display = (fs::path(dir_) / path).string();
  {
    // Each folder once: create_directories stats every component on every call.
    std::lock_guard<std::mutex> lock(mutex_);
    std::string folder = full.parent_path().string();
    if (!folders_.count(folder)) {
      Status made = MakeFolders(folder, fs::path(display).parent_path().string());
      if (!made.ok()) return made;
      folders_.insert(folder);
    }
  }
  Status status = WriteFileBytes(full.string(), bytes, display);
  if (!status.ok()) return status;
  std::lock_guard<std::mutex> lock(mutex_);
  if (mode_ == Mode::kInPlace) staged_.insert(path);
  ++files_written_;
  return Status::Ok();
}

Status OutputWriter::WriteCacheFile(const std::string& name, const std::string& bytes) {
  Status status = WriteFileBytes((fs::path(root_) / name).string(), bytes, (fs::path(dir_) / name).string());
  if (!status.ok()) return status;
  std::lock_guard<std::mutex> lock(mutex_);
  if (mode_ == Mode::kInPlace) staged_.insert(name);
  return Status::Ok();
}

Status OutputWriter::Commit(const std::vector<std::string>& stale, const BuildManifest* manifest) {
  std::error_code ec;
  fs::path manifest_path = fs::path(root_) / kManifestName;
  // Written before anything moves, so that a full disk fails the build with
  // the old output and its manifest untouched.
  if (manifest) {
    Status status = WriteFileBytes(manifest_path.string(), SerializeManifest(*manifest),
                                   (fs::path(dir_) / kManifestName).string());
    if (!status.ok()) return status;
  }
  if (mode_ == Mode::kInPlace) return CommitInPlace(stale, manifest != nullptr);
  fs::path target(dir_);
  fs::path old = target;
  old += ".klynge-old-" + std::to_string(getpid());
  bool had_old = fs::exists(target, ec);
  if (had_old) {
    fs::rename(target, old, ec);
    if (ec) return Status::Error("cannot move the old " + target.string() + " aside: " + ErrorText(ec));
  }
  fs::rename(root_, target, ec);
  if (ec) {
    std::error_code ignored;
    if (had_old) fs::rename(old, target, ignored);
    return Status::Error("cannot move the new output into place: " + ErrorText(ec));
  }
  committed_ = true;
  if (had_old) fs::remove_all(old, ec);
  return Status::Ok();
}

Status OutputWriter::CommitInPlace(const std::vector<std::string>& stale, bool has_manifest) {
  std::error_code ec;
  fs::path dir(dir_);
  // From here until the new manifest is in place the folder is not what any
  // manifest says: an interruption means a full rebuild, never a wrong cache.
  fs::remove(dir / kManifestName, ec);
  // Stale files first: a file may now stand where a folder was.
  for (const std::string& path : stale) {
    fs::path full = dir / path;
    fs::remove(full, ec);
    // Drop folders the removal emptied, up to the output folder.
    for (fs::path folder = full.parent_path(); folder != dir && fs::is_empty(folder, ec) && !ec;
         folder = folder.parent_path())
      fs::remove(folder, ec);
  }
  std::set<std::string> made;
  for (const std::string& path : staged_) {
    fs::path target = dir / path;
    std::string folder = target.parent_path().string();
    if (!made.count(folder)) {
      if (Status s = MakeFolders(folder, folder); !s.ok()) return s;
      made.insert(folder);
    }
    if (Status s = Move(fs::path(root_) / path, target); !s.ok()) return s;
  }
  if (has_manifest)
    if (Status s = Move(fs::path(root_) / kManifestName, dir / kManifestName); !s.ok()) return s;
  committed_ = true;
  fs::remove_all(root_, ec);
  return Status::Ok();
}

Status WriteOutput(const Output& output, const std::string& dir) {
  OutputWriter writer(dir, OutputWriter::Mode::kFresh);
  Status status = writer.Begin();
  for (const auto& [path, bytes] : output.files()) {
    if (!status.ok()) break;
    status = writer.Write(path, bytes);
  }
  if (!status.ok()) return status;
  return writer.Commit({}, nullptr);
}

}  // namespace klynge
