#pragma once
// The outcome of an operation on the file system or a library: ok, or why not.

#include <string>

namespace klynge {

class Status {
 public:
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }
  // A failed system call: the cause in words and its errno (ENOSPC, EACCES, ...).
  static Status Error(std::string message, int error_number) {
    Status status(std::move(message));
    status.error_number_ = error_number;
    return status;
  }

  bool ok() const { return message_.empty(); }
  const std::string& message() const { return message_; }
  int error_number() const { return error_number_; }  // 0 unless a system call failed

 private:
  Status() = default;
  explicit Status(std::string message) : message_(std::move(message)) {
    if (message_.empty()) message_ = "unknown error";
  }
  std::string message_;
  int error_number_ = 0;
};

}  // namespace klynge
