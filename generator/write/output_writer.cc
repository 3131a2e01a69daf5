#include "write/output_writer.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/content_hash.h"

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
  std::error_code ec;
  if (!fs::exists(fs::path(dir) / kOutputMarker, ec)) return false;
  std::ifstream in(fs::path(dir) / kManifestName, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  return !in.bad() && ParseManifest(text.str(), manifest);
}

bool OutputFileIntact(const std::string& dir, const std::string& path, uint64_t size) {
  struct stat st;
  std::string full = dir + "/" + path;
  return ::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) == size;
}

namespace {

const char* kMarkerText = "klynge output folder: rebuilt from content/ on every build\n";

// Writes straight into a file no one else sees yet (the staging folder).
Status WriteNewFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::Error("cannot write " + path.string());
  return Status::Ok();
}

// Writes through a temporary file renamed into place, so a reader (or an
// interrupted build) never sees half a file.
Status WriteFileAtomically(const fs::path& path, const std::string& bytes) {
  static std::atomic<unsigned> counter{0};
  fs::path tmp = path;
  tmp += ".klynge-tmp-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      fs::remove(tmp, ignored);
      return Status::Error("cannot write " + path.string());
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    return Status::Error("cannot write " + path.string() + ": " + ec.message());
  }
  return Status::Ok();
}

fs::path Normal(const std::string& dir) {
  fs::path target = fs::path(dir).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  return target;
}

}  // namespace

OutputWriter::OutputWriter(std::string dir, Mode mode, const BuildManifest* previous)
    : dir_(Normal(dir).string()), mode_(mode), previous_(previous) {
  if (mode_ == Mode::kInPlace) {
    root_ = dir_;
  } else {
    root_ = dir_ + ".klynge-new-" + std::to_string(getpid());
  }
}

OutputWriter::~OutputWriter() {
  if (begun_ && !committed_ && mode_ == Mode::kFresh) {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
}

Status OutputWriter::Begin() {
  Status check = CheckOutputFolder(dir_);
  if (!check.ok()) return check;
  std::error_code ec;
  begun_ = true;
  if (mode_ == Mode::kFresh) {
    fs::remove_all(root_, ec);
    fs::create_directories(root_, ec);
    if (ec) return Status::Error("cannot create folder " + root_ + ": " + ec.message());
  } else {
    fs::create_directories(root_, ec);
    if (ec) return Status::Error("cannot create folder " + root_ + ": " + ec.message());
    // Until Commit writes a new one, the folder is not what any manifest says.
    fs::remove(fs::path(root_) / kManifestName, ec);
  }
  return WriteFileAtomically(fs::path(root_) / kOutputMarker, kMarkerText);
}

Status OutputWriter::Write(const std::string& path, const std::string& bytes,
                           std::optional<uint64_t> hash) {
  if (mode_ == Mode::kInPlace && previous_) {
    auto it = previous_->files.find(path);
    if (it != previous_->files.end() && it->second.size == bytes.size() &&
        it->second.hash == hash.value_or(HashBytes(bytes)) && OutputFileIntact(root_, path, bytes.size()))
      return Status::Ok();
  }
  fs::path full = fs::path(root_) / path;
  {
    // Each folder once: create_directories stats every component on every call.
    std::lock_guard<std::mutex> lock(mutex_);
    std::string folder = full.parent_path().string();
    if (!folders_.count(folder)) {
      std::error_code ec;
      fs::create_directories(folder, ec);
      if (ec) return Status::Error("cannot create folder " + folder + ": " + ec.message());
      folders_.insert(folder);
    }
  }
  Status status = mode_ == Mode::kFresh ? WriteNewFile(full, bytes) : WriteFileAtomically(full, bytes);
  if (!status.ok()) return status;
  std::lock_guard<std::mutex> lock(mutex_);
  ++files_written_;
  return Status::Ok();
}

Status OutputWriter::Commit(const std::vector<std::string>& stale, const BuildManifest* manifest) {
  std::error_code ec;
  if (mode_ == Mode::kInPlace) {
    for (const std::string& path : stale) {
      fs::path full = fs::path(root_) / path;
      fs::remove(full, ec);
      // Drop folders the removal emptied, up to the output folder.
      for (fs::path dir = full.parent_path(); dir != fs::path(root_) && fs::is_empty(dir, ec) && !ec;
           dir = dir.parent_path())
        fs::remove(dir, ec);
    }
  }
  if (manifest) {
    Status status = WriteFileAtomically(fs::path(root_) / kManifestName, SerializeManifest(*manifest));
    if (!status.ok()) return status;
  }
  if (mode_ == Mode::kInPlace) {
    committed_ = true;
    return Status::Ok();
  }
  fs::path target(dir_);
  fs::path old = target;
  old += ".klynge-old-" + std::to_string(getpid());
  bool had_old = fs::exists(target, ec);
  if (had_old) {
    fs::rename(target, old, ec);
    if (ec) return Status::Error("cannot move the old " + target.string() + " aside: " + ec.message());
  }
  fs::rename(root_, target, ec);
  if (ec) {
    std::error_code ignored;
    if (had_old) fs::rename(old, target, ignored);
    return Status::Error("cannot move the new output into place: " + ec.message());
  }
  committed_ = true;
  if (had_old) fs::remove_all(old, ec);
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
