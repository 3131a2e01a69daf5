#include "write/file_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "base/system_error.h"

namespace klynge {

namespace fs = std::filesystem;

Status WriteFileBytes(const std::string& path, const std::string& bytes, const std::string& display) {
  // POSIX calls rather than std::ofstream, which keeps errno to itself.
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::Error("cannot write " + display + ": " + ErrorText(errno));
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      ::close(fd);
      return Status::Error("cannot write " + display + ": " + ErrorText(error));
    }
    done += static_cast<size_t>(n);
  }
  // Some file systems (NFS, a full disk with delayed allocation) report only here.
  if (::close(fd) != 0) return Status::Error("cannot write " + display + ": " + ErrorText(errno));
  return Status::Ok();
}

Status MakeFolders(const std::string& folder, const std::string& display) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return Status::Error("cannot create folder " + display + ": " + ErrorText(ec));
  return Status::Ok();
}

}  // namespace klynge
