#include "serve/file_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace klynge {

namespace fs = std::filesystem;

namespace {
constexpr uint32_t kEvents = IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                             IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF;
}  // namespace

FileWatcher::FileWatcher() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}

FileWatcher::~FileWatcher() {
  if (fd_ >= 0) close(fd_);
}

Status FileWatcher::Watch(const std::string& dir) {
  if (fd_ < 0) return Status::Error(std::string("cannot watch files: ") + std::strerror(errno));
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Error(dir + " is not a folder");
  AddTree(dir);
  return Status::Ok();
}

void FileWatcher::AddTree(const std::string& dir) {
  int wd = inotify_add_watch(fd_, dir.c_str(), kEvents);
  if (wd >= 0) dirs_[wd] = dir;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (ec) break;
    if (it->is_directory(ec)) {
      int sub = inotify_add_watch(fd_, it->path().c_str(), kEvents);
      if (sub >= 0) dirs_[sub] = it->path().string();
    }
  }
}

bool FileWatcher::Drain() {
  alignas(inotify_event) char buf[16 * 1024];
  bool any = false;
  for (;;) {
    ssize_t n = read(fd_, buf, sizeof buf);
    if (n <= 0) break;
    for (char* p = buf; p < buf + n;) {
      auto* ev = reinterpret_cast<inotify_event*>(p);
      any = true;
      // A new folder gets its own watch, so files created in it are seen.
      if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO)) && ev->len > 0) {
        auto it = dirs_.find(ev->wd);
        if (it != dirs_.end()) AddTree(it->second + "/" + ev->name);
      }
      if (ev->mask & IN_IGNORED) dirs_.erase(ev->wd);
      p += sizeof(inotify_event) + ev->len;
    }
  }
  return any;
}

bool FileWatcher::WaitForChange(int timeout_ms, int settle_ms) {
  if (fd_ < 0) return false;
  pollfd pfd{fd_, POLLIN, 0};
  if (poll(&pfd, 1, timeout_ms) <= 0) return false;
  bool changed = Drain();
  while (poll(&pfd, 1, settle_ms) > 0) changed = Drain() || changed;
  return changed;
}

}  // namespace klynge
