#include "load/folder_fence.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>

#include "base/messages.h"
#include "base/system_error.h"

namespace klynge {

namespace fs = std::filesystem;

namespace {

std::string Resolve(const FileSystem& files, const std::string& path) {
  std::string resolved;
  files.Resolve(path, &resolved);
  return resolved;
}

// Component by component, so that "/a/bc" is not inside "/a/b".
bool Within(const std::string& inner, const std::string& outer) {
  fs::path in(inner), out(outer);
  auto mismatch = std::mismatch(out.begin(), out.end(), in.begin(), in.end());
  return mismatch.first == out.end();
}

}  // namespace

FolderFence::FolderFence(const std::string& folder, Message what,
                         const std::vector<std::string>& private_folders, const FileSystem& fs)
    : fs_(fs), folder_(Resolve(fs, folder)), what_(std::move(what)) {
  for (const std::string& p : private_folders) {
    private_.push_back(Resolve(fs, p));
    private_names_.push_back(fs::path(p).lexically_normal().generic_string() + "/");
  }
}

bool FolderFence::Holds(const std::string& resolved) const {
  if (!Within(resolved, folder_)) return false;
  for (const std::string& p : private_)
    if (Within(resolved, p)) return false;
  return true;
}

Message FolderFence::CheckLink(const std::string& path) const {
  FileInfo info;
  if (!fs_.LinkStat(path, &info).ok() || info.kind != FileKind::kLink) return {};
  std::string target;
  std::string link = fs_.ReadLink(path, &target).ok() ? target : std::string("?");
  Status followed = fs_.Stat(path, &info);
  if (!followed.ok()) return Text(Msg::kLinkLeadsNowhere, link, followed.message());
  if (info.kind == FileKind::kNone) return Text(Msg::kLinkLeadsNowhere, link, ErrorText(ENOENT));
  std::string resolved;
  if (Status s = fs_.Resolve(path, &resolved); !s.ok()) return Text(Msg::kLinkLeadsNowhere, link, s.message());
  for (size_t i = 0; i < private_.size(); ++i)
    if (Within(resolved, private_[i])) return Text(Msg::kLinkLeadsIntoPrivate, link, private_names_[i]);
  if (!Within(resolved, folder_)) return Text(Msg::kLinkLeadsOutside, link, what_);
  return {};
}

FencedRead ReadFenced(const std::string& path, const FolderFence& fence, size_t max_bytes, std::string* bytes) {
  FencedRead read;
  std::string opened;
  Status status = fence.fs().Read(path, max_bytes, bytes, &opened);
  // Judged on the open file, not on the name: what is read is what was checked.
  if (!opened.empty() && !fence.Holds(opened)) {
    bytes->clear();
    read.result = FencedRead::Result::kOutside;
    return read;
  }
  if (status.ok()) {
    read.result = FencedRead::Result::kOk;
  } else if (status.error_number() == EFBIG) {
    read.result = FencedRead::Result::kTooLarge;
  } else if (status.error_number() == ENODEV) {
    read.result = FencedRead::Result::kNotAFile;
  } else {
    read.error_number = status.error_number();
  }
  return read;
}

Message DescribeRead(const FencedRead& read, const FolderFence& fence, size_t max_bytes) {
  switch (read.result) {
    case FencedRead::Result::kOk:
      return {};
    case FencedRead::Result::kCannotRead:
      return Text(Msg::kCannotReadFile, ErrorText(read.error_number));
    case FencedRead::Result::kNotAFile:
      return Text(Msg::kNotARegularFile);
    case FencedRead::Result::kTooLarge:
      return Text(Msg::kFileLargerThan, max_bytes);
    case FencedRead::Result::kOutside:
      return Text(Msg::kFileOutsideFence, fence.what());
  }
  return {};
}

Status FolderEntries(const FileSystem& fs, const std::string& dir, std::vector<FolderEntry>* out, bool hidden) {
  std::vector<std::string> names;
  out->clear();
  if (Status s = fs.List(dir, &names); !s.ok()) return Status::Error(Text(Msg::kCannotListFolder, s.message()), s.error_number());
  std::sort(names.begin(), names.end());
  for (std::string& name : names) {
    if (!hidden && !name.empty() && name[0] == '.') continue;
    FolderEntry entry;
    entry.path = dir + "/" + name;
    entry.name = std::move(name);
    FileInfo info;
    Status s = fs.LinkStat(entry.path, &info);
    entry.link = s.ok() && info.kind == FileKind::kLink;
    // A link that leads nowhere (or in a circle) is kNone: the fence says why.
    if (s.ok() && entry.link && !fs.Stat(entry.path, &info).ok()) info = FileInfo{};
    if (!s.ok()) {
      out->clear();
      return Status::Error(Text(Msg::kCannotReadInFolder, name, s.message()), s.error_number());
    }
    entry.kind = info.kind;
    out->push_back(std::move(entry));
  }
  return Status::Ok();
}

}  // namespace klynge
