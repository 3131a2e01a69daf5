#include "base/system_error.h"

#include <cerrno>

namespace klynge {

std::string ErrorText(int error_number) {
  // The causes a build meets, worded for someone who did not write the code;
  // the rest as the C library words them.
  switch (error_number) {
    case ENOSPC: return "no space left on device";
    case EDQUOT: return "the disk quota is used up";
    case EACCES:
    case EPERM: return "permission denied";
    case EROFS: return "the file system is read-only";
    case EFBIG: return "the file is too large (for the file system or the size limit, ulimit -f)";
    case ENOENT: return "no such file or folder";
    case ENOTDIR: return "a part of the path is a file, not a folder";
    case EISDIR: return "it is a folder, not a file";
    case EEXIST: return "something is already there";
    case ENAMETOOLONG: return "the name is too long";
    case ELOOP: return "symbolic links lead in a circle";
    case EMFILE:
    case ENFILE: return "too many open files";
    case EIO: return "input/output error (the disk may be failing)";
    case EBUSY: return "it is in use";
    case ENOTEMPTY: return "the folder is not empty";
    case EXDEV: return "it is on another file system";
    case ENOMEM: return "out of memory";
    default: break;
  }
  std::string text = std::generic_category().message(error_number);  // thread-safe, unlike strerror
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

std::string ErrorText(const std::error_code& ec) {
  if (ec.category() == std::generic_category() || ec.category() == std::system_category())
    return ErrorText(ec.value());
  return ec.message();
}

}  // namespace klynge
