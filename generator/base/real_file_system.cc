// The disk through POSIX calls rather than std::fstream, which keeps errno to itself.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <filesystem>

#include "base/file_system.h"
#include "base/system_error.h"

namespace klynge {

namespace fs = std::filesystem;

namespace {

Status Failed(int error_number) { return Status::Error(ErrorText(error_number), error_number); }
Status Failed(const std::error_code& ec) { return Status::Error(ErrorText(ec), ec.value()); }

FileKind KindOf(mode_t mode) {
  if (S_ISREG(mode)) return FileKind::kFile;
  if (S_ISDIR(mode)) return FileKind::kFolder;
  if (S_ISLNK(mode)) return FileKind::kLink;
  return FileKind::kOther;
}

// Where the open file `fd` really is; "" when /proc cannot say.
std::string OpenFilePath(int fd) {
  std::string link = "/proc/self/fd/" + std::to_string(fd);
  char buffer[4096];
  ssize_t n = ::readlink(link.c_str(), buffer, sizeof buffer);
  if (n > 0 && static_cast<size_t>(n) < sizeof buffer) return std::string(buffer, static_cast<size_t>(n));
  return "";
}

Status WriteAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Failed(errno);
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

class PosixFileSystem final : public FileSystem {
 public:
  Status Read(const std::string& path, size_t max_bytes, std::string* bytes, std::string* opened) const override {
    bytes->clear();
    // O_NONBLOCK: a FIFO put in place of a file must not hang the build.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) return Failed(errno);
    if (opened) {
      *opened = OpenFilePath(fd);
      if (opened->empty()) Resolve(path, opened);
    }
    Status status = ReadOpen(fd, max_bytes, bytes);
    ::close(fd);
    if (!status.ok()) bytes->clear();
    return status;
  }

  Status List(const std::string& path, std::vector<std::string>* names) const override {
    names->clear();
    std::error_code ec;
    fs::directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) names->push_back(it->path().filename().string());
    return ec ? Failed(ec) : Status::Ok();
  }

  Status Stat(const std::string& path, FileInfo* info) const override { return StatWith(::stat, path, info); }
  Status LinkStat(const std::string& path, FileInfo* info) const override { return StatWith(::lstat, path, info); }

  Status ReadLink(const std::string& path, std::string* target) const override {
    std::error_code ec;
    *target = fs::read_symlink(path, ec).generic_string();
    return ec ? Failed(ec) : Status::Ok();
  }

  Status Resolve(const std::string& path, std::string* resolved) const override {
    std::error_code ec;
    fs::path out = fs::canonical(path, ec);
    if (ec) out = fs::weakly_canonical(path, ec);
    if (ec) out = fs::absolute(path, ec).lexically_normal();
    *resolved = out.string();
    return ec ? Failed(ec) : Status::Ok();
  }

  Status WriteAtomically(const std::string& path, const std::string& bytes) override {
    // A name of its own per call, so that two writers of one path never share a part file.
    static std::atomic<uint64_t> serial{0};
    std::string part = path + ".klynge-part-" + std::to_string(getpid()) + "-" + std::to_string(++serial);
    int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return Failed(errno);
    Status status = WriteAll(fd, bytes);
    // Some file systems (NFS, a full disk with delayed allocation) report only here.
    if (::close(fd) != 0 && status.ok()) status = Failed(errno);
    if (status.ok() && ::rename(part.c_str(), path.c_str()) != 0) status = Failed(errno);
    if (!status.ok()) ::unlink(part.c_str());
    return status;
  }

  Status Rename(const std::string& from, const std::string& to) override {
    return ::rename(from.c_str(), to.c_str()) == 0 ? Status::Ok() : Failed(errno);
  }

  Status Remove(const std::string& path) override {
    if (::remove(path.c_str()) == 0 || errno == ENOENT) return Status::Ok();
    return Failed(errno);
  }

  Status MakeFolder(const std::string& path) override {
    std::error_code ec;
    fs::create_directories(path, ec);
    return ec ? Failed(ec) : Status::Ok();
  }

 private:
  static Status ReadOpen(int fd, size_t max_bytes, std::string* bytes) {
    struct stat st;
    if (::fstat(fd, &st) != 0) return Failed(errno);
    if (S_ISDIR(st.st_mode)) return Failed(EISDIR);
    if (!S_ISREG(st.st_mode))
      return Status::Error("it is not a regular file (a device, pipe or socket)", ENODEV);
    if (static_cast<uint64_t>(st.st_size) > max_bytes) return Failed(EFBIG);
    bytes->reserve(static_cast<size_t>(st.st_size));
    char buffer[65536];
    for (;;) {
      ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return Failed(errno);
      if (n == 0) return Status::Ok();
      if (bytes->size() + static_cast<size_t>(n) > max_bytes) return Failed(EFBIG);
      bytes->append(buffer, static_cast<size_t>(n));
    }
  }

  static Status StatWith(int (*call)(const char*, struct stat*), const std::string& path, FileInfo* info) {
    struct stat st;
    *info = FileInfo{};
    if (call(path.c_str(), &st) != 0) return errno == ENOENT || errno == ENOTDIR ? Status::Ok() : Failed(errno);
    info->kind = KindOf(st.st_mode);
    info->size = info->kind == FileKind::kFile ? static_cast<uint64_t>(st.st_size) : 0;
    return Status::Ok();
  }
};

}  // namespace

FileSystem& RealFileSystem() {
  static PosixFileSystem* real = new PosixFileSystem;  // stateless; lives as long as the process
  return *real;
}

}  // namespace klynge
