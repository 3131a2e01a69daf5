#pragma once
// A file system that fails one chosen call, for the fault tests: a full disk,
// a permission or an I/O error at any point of a build.

#include <atomic>
#include <string>

#include "base/file_system.h"

namespace klynge {

// Passes every call to `inner` but the `fail_at`-th (counting from 1; 0:
// none), which fails with `error_number` (ENOSPC, EACCES, EIO) and does nothing.
class FailingFileSystem final : public FileSystem {
 public:
  FailingFileSystem(FileSystem& inner, uint64_t fail_at, int error_number)
      : inner_(inner), fail_at_(fail_at), error_number_(error_number) {}

  // The calls made so far, the failed one included.
  uint64_t calls() const { return calls_.load(); }
  // Whether the chosen call was reached (and failed).
  bool failed() const { return fail_at_ != 0 && calls_.load() >= fail_at_; }

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

 private:
  // Counts this call; false when it is the one to fail.
  bool Pass() const;
  Status Injected() const;

  FileSystem& inner_;
  uint64_t fail_at_;
  int error_number_;
  mutable std::atomic<uint64_t> calls_{0};
};

}  // namespace klynge
