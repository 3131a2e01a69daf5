#include "load/folder_fence.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "base/system_error.h"

namespace klynge {

namespace fs = std::filesystem;

namespace {

fs::path Resolve(const fs::path& path) {
  std::error_code ec;
  fs::path resolved = fs::canonical(path, ec);
  if (ec) resolved = fs::weakly_canonical(path, ec);
  if (ec) resolved = fs::absolute(path, ec).lexically_normal();
  return resolved;
}

// Component by component, so that "/a/bc" is not inside "/a/b".
bool Within(const fs::path& inner, const fs::path& outer) {
  auto mismatch = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return mismatch.first == outer.end();
}

// Where the open file `fd` really is; falls back to resolving `path` without /proc.
fs::path OpenFilePath(int fd, const fs::path& path) {
  std::string link = "/proc/self/fd/" + std::to_string(fd);
  char buffer[4096];
  ssize_t n = ::readlink(link.c_str(), buffer, sizeof buffer);
  if (n > 0 && static_cast<size_t>(n) < sizeof buffer) return fs::path(std::string(buffer, n));
  return Resolve(path);
}

}  // namespace

FolderFence::FolderFence(const fs::path& folder, std::string what,
                         const std::vector<fs::path>& private_folders)
    : folder_(Resolve(folder)), what_(std::move(what)) {
  for (const fs::path& p : private_folders) {
    private_.push_back(Resolve(p));
    private_names_.push_back(p.lexically_normal().generic_string() + "/");
  }
}

bool FolderFence::Holds(const fs::path& resolved) const {
  if (!Within(resolved, folder_)) return false;
  for (const fs::path& p : private_)
    if (Within(resolved, p)) return false;
  return true;
}

std::string FolderFence::CheckLink(const fs::directory_entry& entry) const {
  std::error_code ec;
  if (!entry.is_symlink(ec)) return "";
  std::string target = fs::read_symlink(entry.path(), ec).generic_string();
  std::string link = "symbolic link to " + (ec ? std::string("?") : target);
  fs::path resolved = fs::canonical(entry.path(), ec);
  if (ec) return link + " leads nowhere: " + ErrorText(ec);
  for (size_t i = 0; i < private_.size(); ++i)
    if (Within(resolved, private_[i]))
      return link + " leads into " + private_names_[i] + ", which is private and never published";
  if (!Within(resolved, folder_))
    return link + " leads outside " + what_ +
           "; klynge follows a link only when it stays inside the folder it belongs to";
  return "";
}

FencedRead ReadFenced(const fs::path& path, const FolderFence& fence, size_t max_bytes,
                      std::string* bytes) {
  FencedRead read;
  bytes->clear();
  // O_NONBLOCK: a FIFO put in place of a file must not hang the build.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) {
    read.error_number = errno;
    return read;
  }
  auto fail = [&](FencedRead::Result result, int error_number) {
    ::close(fd);
    bytes->clear();
    read.result = result;
    read.error_number = error_number;
    return read;
  };
  // Checked on the open file, not on the name: what is read is what was checked.
  if (!fence.Holds(OpenFilePath(fd, path))) return fail(FencedRead::Result::kOutside, 0);
  struct stat st;
  if (::fstat(fd, &st) != 0) return fail(FencedRead::Result::kCannotRead, errno);
  if (S_ISDIR(st.st_mode)) return fail(FencedRead::Result::kCannotRead, EISDIR);
  if (!S_ISREG(st.st_mode)) return fail(FencedRead::Result::kNotAFile, 0);
  if (static_cast<uint64_t>(st.st_size) > max_bytes) return fail(FencedRead::Result::kTooLarge, 0);
  bytes->reserve(static_cast<size_t>(st.st_size));
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail(FencedRead::Result::kCannotRead, errno);
    if (n == 0) break;
    if (bytes->size() + static_cast<size_t>(n) > max_bytes) return fail(FencedRead::Result::kTooLarge, 0);
    bytes->append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  read.result = FencedRead::Result::kOk;
  return read;
}

std::string DescribeRead(const FencedRead& read, const FolderFence& fence, size_t max_bytes) {
  switch (read.result) {
    case FencedRead::Result::kOk:
      return "";
    case FencedRead::Result::kCannotRead:
      return "cannot read file: " + ErrorText(read.error_number);
    case FencedRead::Result::kNotAFile:
      return "cannot read file: it is not a regular file (a device, pipe or socket)";
    case FencedRead::Result::kTooLarge:
      return "file is larger than " + std::to_string(max_bytes) + " bytes";
    case FencedRead::Result::kOutside:
      return "the file lies outside " + fence.what() +
             " (a symbolic link on its way leads out of it, or was changed during the build)";
  }
  return "";
}

}  // namespace klynge
