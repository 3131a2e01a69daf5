#pragma once
// Tells when anything under a set of folders changes (Linux inotify).

#include <map>
#include <string>

#include "base/status.h"

namespace klynge {

class FileWatcher {
 public:
  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  // Watches `dir` and every folder below it, including ones made later.
  Status Watch(const std::string& dir);
  // Waits up to `timeout_ms` for a change; then lets a burst of changes
  // settle until none comes for `settle_ms`. True on change. An editor's
  // save is a burst of a millisecond or two, and the settle time is part of
  // every edit-to-reload, so it is short; a longer burst (a git checkout)
  // may cost one extra rebuild, never a missed change.
  bool WaitForChange(int timeout_ms, int settle_ms = 30);

 private:
  void AddTree(const std::string& dir);
  bool Drain();  // reads pending events; true if any

  int fd_ = -1;
  std::map<int, std::string> dirs_;  // watch descriptor → folder
};

}  // namespace klynge
