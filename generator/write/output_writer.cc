#include "write/output_writer.h"

#include <unistd.h>

#include <filesystem>

#include "base/content_hash.h"
#include "write/file_io.h"

namespace klynge {

namespace fs = std::filesystem;

namespace {

const char* kMarkerText = "klynge output folder: rebuilt from content/ on every build\n";

std::string Normal(const std::string& dir) {
  fs::path target = fs::path(dir).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  return target.string();
}

std::string Parent(const std::string& path) { return fs::path(path).parent_path().string(); }

bool IsEmptyFolder(const FileSystem& files, const std::string& dir) {
  std::vector<std::string> names;
  return files.List(dir, &names).ok() && names.empty();
}

}  // namespace

Status CheckOutputFolder(const std::string& dir, FileSystem* file_system) {
  FileSystem& files = OrReal(file_system);
  FileInfo info;
  if (Status s = files.Stat(dir, &info); !s.ok()) return Status::Error(dir + ": " + s.message(), s.error_number());
  if (info.kind == FileKind::kNone) return Status::Ok();
  if (info.kind != FileKind::kFolder) return Status::Error(dir + " exists and is not a folder");
  if (Exists(files, dir + "/" + kOutputMarker)) return Status::Ok();
  if (IsEmptyFolder(files, dir)) return Status::Ok();
  return Status::Error("refusing to write into " + dir +
                       ": the folder is not empty and was not made by klynge (no " +
                       kOutputMarker + " file); choose another --output or empty it yourself");
}

bool ReadOutputManifest(const std::string& dir, BuildManifest* manifest, FileSystem* fs) {
  std::string text;
  return ReadOutputCacheFile(dir, kManifestName, &text, fs) && ParseManifest(text, manifest);
}

bool ReadOutputCacheFile(const std::string& dir, const std::string& name, std::string* bytes, FileSystem* fs) {
  FileSystem& files = OrReal(fs);
  if (!Exists(files, dir + "/" + kOutputMarker)) return false;
  return files.Read(dir + "/" + name, kAnySize, bytes).ok();
}

bool OutputFileIntact(const std::string& dir, const std::string& path, uint64_t size, FileSystem* fs) {
  FileInfo info;
  return OrReal(fs).Stat(dir + "/" + path, &info).ok() && info.kind == FileKind::kFile && info.size == size;
}

OutputWriter::OutputWriter(std::string dir, Mode mode, const BuildManifest* previous, FileSystem* fs)
    : fs_(OrReal(fs)), dir_(Normal(dir)), mode_(mode), previous_(previous) {
  if (mode_ == Mode::kInPlace) {
    root_ = dir_ + "/" + kStagingName;
  } else {
    root_ = dir_ + ".klynge-new-" + std::to_string(getpid());
  }
}

OutputWriter::~OutputWriter() {
  // An uncommitted build leaves nothing behind: the staged files go.
  if (begun_ && !committed_) RemoveTree(fs_, root_);
}

Status OutputWriter::Begin() {
  Status check = CheckOutputFolder(dir_, &fs_);
  if (!check.ok()) return check;
  begun_ = true;
  // Left by a build that was killed.
  if (Status s = RemoveTree(fs_, root_); !s.ok())
    return Status::Error("cannot remove " + root_ + ": " + s.message(), s.error_number());
  if (Status made = MakeFolders(fs_, root_, root_); !made.ok()) return made;
  folders_.insert(root_);
  if (mode_ == Mode::kInPlace) return Status::Ok();  // the folder carries the marker already
  return WriteFileBytes(fs_, root_ + "/" + kOutputMarker, kMarkerText, dir_ + "/" + kOutputMarker);
}

Status OutputWriter::Write(const std::string& path, const std::string& bytes, std::optional<uint64_t> hash) {
  if (mode_ == Mode::kInPlace && previous_) {
    auto it = previous_->files.find(path);
    if (it != previous_->files.end() && it->second.size == bytes.size() &&
        it->second.hash == hash.value_or(HashBytes(bytes)) && OutputFileIntact(dir_, path, bytes.size(), &fs_))
      return Status::Ok();
  }
  std::string full = root_ + "/" + path;
  std::string display = dir_ + "/" + path;
  {
    // Each folder once: making it asks for every component on every call.
    std::lock_guard<std::mutex> lock(mutex_);
    std::string folder = Parent(full);
    if (!folders_.count(folder)) {
      Status made = MakeFolders(fs_, folder, Parent(display));
      if (!made.ok()) return made;
      folders_.insert(folder);
    }
  }
  Status status = WriteFileBytes(fs_, full, bytes, display);
  if (!status.ok()) return status;
  std::lock_guard<std::mutex> lock(mutex_);
  if (mode_ == Mode::kInPlace) staged_.insert(path);
  ++files_written_;
  return Status::Ok();
}

Status OutputWriter::WriteCacheFile(const std::string& name, const std::string& bytes) {
  Status status = WriteFileBytes(fs_, root_ + "/" + name, bytes, dir_ + "/" + name);
  if (!status.ok()) return status;
  std::lock_guard<std::mutex> lock(mutex_);
  if (mode_ == Mode::kInPlace) staged_.insert(name);
  return Status::Ok();
}

Status OutputWriter::Commit(const std::vector<std::string>& stale, const BuildManifest* manifest) {
  // Written before anything moves, so that a full disk fails the build with
  // the old output and its manifest untouched.
  if (manifest) {
    Status status = WriteFileBytes(fs_, root_ + "/" + kManifestName, SerializeManifest(*manifest),
                                   dir_ + "/" + kManifestName);
    if (!status.ok()) return status;
  }
  if (mode_ == Mode::kInPlace) return CommitInPlace(stale, manifest != nullptr);
  std::string old = dir_ + ".klynge-old-" + std::to_string(getpid());
  FileInfo target;
  if (Status s = fs_.Stat(dir_, &target); !s.ok())
    return Status::Error("cannot move the new output into place: " + s.message(), s.error_number());
  bool had_old = target.kind != FileKind::kNone;
  if (had_old) {
    if (Status s = fs_.Rename(dir_, old); !s.ok())
      return Status::Error("cannot move the old " + dir_ + " aside: " + s.message(), s.error_number());
  }
  if (Status s = fs_.Rename(root_, dir_); !s.ok()) {
    if (had_old) fs_.Rename(old, dir_);
    return Status::Error("cannot move the new output into place: " + s.message(), s.error_number());
  }
  committed_ = true;
  if (had_old) RemoveTree(fs_, old);  // a failure leaves only the old copy beside the output
  return Status::Ok();
}

Status OutputWriter::CommitInPlace(const std::vector<std::string>& stale, bool has_manifest) {
  auto move = [&](const std::string& from, const std::string& to) {
    Status s = fs_.Rename(from, to);
    return s.ok() ? s : Status::Error("cannot move " + to + " into place: " + s.message(), s.error_number());
  };
  // From here until the new manifest is in place the folder is not what any
  // manifest says: an interruption means a full rebuild, never a wrong cache.
  if (Status s = fs_.Remove(dir_ + "/" + kManifestName); !s.ok())
    return Status::Error("cannot replace " + dir_ + "/" + kManifestName + ": " + s.message(), s.error_number());
  // Stale files first: a file may now stand where a folder was.
  for (const std::string& path : stale) {
    std::string full = dir_ + "/" + path;
    if (Status s = fs_.Remove(full); !s.ok())
      return Status::Error("cannot remove " + full + ": " + s.message(), s.error_number());
    // Drop folders the removal emptied, up to the output folder. A failure
    // fails the build: with no manifest, the next one starts afresh.
    for (std::string folder = Parent(full); folder != dir_; folder = Parent(folder)) {
      std::vector<std::string> names;
      Status s = fs_.List(folder, &names);
      if (s.ok() && !names.empty()) break;
      if (s.ok()) s = fs_.Remove(folder);
      if (!s.ok()) return Status::Error("cannot remove " + folder + ": " + s.message(), s.error_number());
    }
  }
  std::set<std::string> made;
  for (const std::string& path : staged_) {
    std::string target = dir_ + "/" + path;
    std::string folder = Parent(target);
    if (!made.count(folder)) {
      if (Status s = MakeFolders(fs_, folder, folder); !s.ok()) return s;
      made.insert(folder);
    }
    if (Status s = move(root_ + "/" + path, target); !s.ok()) return s;
  }
  if (has_manifest)
    if (Status s = move(root_ + "/" + kManifestName, dir_ + "/" + kManifestName); !s.ok()) return s;
  committed_ = true;
  RemoveTree(fs_, root_);
  return Status::Ok();
}

Status WriteOutput(const Output& output, const std::string& dir, FileSystem* fs) {
  OutputWriter writer(dir, OutputWriter::Mode::kFresh, nullptr, fs);
  Status status = writer.Begin();
  for (const auto& [path, bytes] : output.files()) {
    if (!status.ok()) break;
    status = writer.Write(path, bytes);
  }
  if (!status.ok()) return status;
  return writer.Commit({}, nullptr);
}

}  // namespace klynge
