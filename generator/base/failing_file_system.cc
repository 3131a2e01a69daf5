#include "base/failing_file_system.h"

#include "base/system_error.h"

namespace klynge {

bool FailingFileSystem::Pass() const { return ++calls_ != fail_at_; }

Status FailingFileSystem::Injected() const { return Status::Error(ErrorText(error_number_), error_number_); }

Status FailingFileSystem::Read(const std::string& path, size_t max_bytes, std::string* bytes,
                               std::string* opened) const {
  if (!Pass()) {
    bytes->clear();
    return Injected();
  }
  return inner_.Read(path, max_bytes, bytes, opened);
}

Status FailingFileSystem::List(const std::string& path, std::vector<std::string>* names) const {
  if (!Pass()) {
    names->clear();
    return Injected();
  }
  return inner_.List(path, names);
}

Status FailingFileSystem::Stat(const std::string& path, FileInfo* info) const {
  if (!Pass()) {
    *info = FileInfo{};
    return Injected();
  }
  return inner_.Stat(path, info);
}

Status FailingFileSystem::LinkStat(const std::string& path, FileInfo* info) const {
  if (!Pass()) {
    *info = FileInfo{};
    return Injected();
  }
  return inner_.LinkStat(path, info);
}

Status FailingFileSystem::ReadLink(const std::string& path, std::string* target) const {
  return Pass() ? inner_.ReadLink(path, target) : Injected();
}

Status FailingFileSystem::Resolve(const std::string& path, std::string* resolved) const {
  return Pass() ? inner_.Resolve(path, resolved) : Injected();
}

Status FailingFileSystem::WriteAtomically(const std::string& path, const std::string& bytes) {
  return Pass() ? inner_.WriteAtomically(path, bytes) : Injected();
}

Status FailingFileSystem::Rename(const std::string& from, const std::string& to) {
  return Pass() ? inner_.Rename(from, to) : Injected();
}

Status FailingFileSystem::Remove(const std::string& path) { return Pass() ? inner_.Remove(path) : Injected(); }

Status FailingFileSystem::MakeFolder(const std::string& path) {
  return Pass() ? inner_.MakeFolder(path) : Injected();
}

}  // namespace klynge
