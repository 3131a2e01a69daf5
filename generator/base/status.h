#pragma once
// The outcome of an operation on the file system or a library: ok, or why not.

#include <string>

#include "base/message.h"

namespace klynge {

class Status {
 public:
  static Status Ok() { return Status(); }
  // A message an author may read goes through the catalog (base/messages.h);
  // an internal one may be plain English text.
  static Status Error(Message message) { return Status(std::move(message)); }
  // A failed system call: the cause in words and its errno (ENOSPC, EACCES, ...).
  static Status Error(Message message, int error_number) {
    Status status(std::move(message));
    status.error_number_ = error_number;
    return status;
  }

  bool ok() const { return message_.empty(); }
  const std::string& message() const { return message_; }  // in English
  const Message& text() const { return text_; }             // to be worded in the site's language
  int error_number() const { return error_number_; }  // 0 unless a system call failed

 private:
  Status() = default;
  explicit Status(Message message) : text_(std::move(message)) {
    if (text_.empty()) text_ = Message("unknown error");
    message_ = Format(text_, Language::kEnglish);
  }
  Message text_;
  std::string message_;
  int error_number_ = 0;
};

}  // namespace klynge
