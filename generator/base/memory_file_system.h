#pragma once
// A file system held in memory, for tests: files and folders, no links.

#include <map>
#include <mutex>
#include <string>

#include "base/file_system.h"

namespace klynge {

// Paths are normalized lexically ("a/./b/../c" is "a/c"); a relative path
// and "/" + it are different places. Thread-safe.
class MemoryFileSystem final : public FileSystem {
 public:
  Status Read(const std::string& path, size_t max_bytes, std::string* bytes,
              std::string* opened = nullptr) const override;
  Status List(const std::string& path, std::vector<std::string>* names) const override;
  Status Stat(const std::string& path, FileInfo* info) const override;
  Status LinkStat(const std::string& path, FileInfo* info) const override;
  Status ReadLink(const std::string& path, std::string* target) const override;
  Status Resolve(const std::string& path, std::string* resolved) const override;
  Status WriteAtomically(const std::string& path, const std::string& bytes) override;
  Status Rename(const std::string& from, const std::string& to) override;
  Status Remove(const std::string& path) override;
  Status MakeFolder(const std::string& path) override;

  // Every file by normalized path, for tests to compare.
  std::map<std::string, std::string> Files() const;

 private:
  struct Node {
    bool folder = false;
    std::string bytes;
  };
  bool ParentIsFolder(const std::string& path) const;  // with mutex_ held

  mutable std::mutex mutex_;
  std::map<std::string, Node> nodes_;  // by normalized path; "" and "/" are folders from the start
};

}  // namespace klynge
