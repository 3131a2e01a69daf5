#include "base/memory_file_system.h"

#include <cerrno>

#include "base/file_path.h"
#include "base/system_error.h"

namespace klynge {

namespace {

Status Failed(int error_number) { return Status::Error(ErrorText(error_number), error_number); }

// The folder holding `path` ("" for a relative name without folders).
std::string ParentOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// Whether `path` lies below `folder`.
bool Below(const std::string& path, const std::string& folder) {
  if (folder.empty()) return path.find('/') == std::string::npos ? !path.empty() : path[0] != '/';
  std::string prefix = folder == "/" ? "/" : folder + "/";
  return path.size() > prefix.size() && path.starts_with(prefix);
}

}  // namespace

bool MemoryFileSystem::ParentIsFolder(const std::string& path) const {
  std::string parent = ParentOf(path);
  if (parent.empty() || parent == "/") return true;
  auto it = nodes_.find(parent);
  return it != nodes_.end() && it->second.folder;
}

Status MemoryFileSystem::Read(const std::string& path, size_t max_bytes, std::string* bytes,
                              std::string* opened) const {
  std::string key = NormalPath(path);
  std::lock_guard<std::mutex> lock(mutex_);
  bytes->clear();
  auto it = nodes_.find(key);
  if (it == nodes_.end()) return Failed(ENOENT);
  if (opened) *opened = key;
  if (it->second.folder) return Failed(EISDIR);
  if (it->second.bytes.size() > max_bytes) return Failed(EFBIG);
  *bytes = it->second.bytes;
  return Status::Ok();
}

Status MemoryFileSystem::List(const std::string& path, std::vector<std::string>* names) const {
  std::string key = NormalPath(path);
  std::lock_guard<std::mutex> lock(mutex_);
  names->clear();
  if (key != "/" && !key.empty()) {
    auto it = nodes_.find(key);
    if (it == nodes_.end()) return Failed(ENOENT);
    if (!it->second.folder) return Failed(ENOTDIR);
  }
  for (const auto& [p, node] : nodes_)
    if (Below(p, key) && ParentOf(p) == key) names->push_back(p.substr(p.rfind('/') + 1));
  return Status::Ok();
}

Status MemoryFileSystem::Stat(const std::string& path, FileInfo* info) const {
  std::string key = NormalPath(path);
  std::lock_guard<std::mutex> lock(mutex_);
  *info = FileInfo{};
  if (key == "/" || key.empty()) {
    info->kind = FileKind::kFolder;
    return Status::Ok();
  }
  auto it = nodes_.find(key);
  if (it == nodes_.end()) return Status::Ok();
  info->kind = it->second.folder ? FileKind::kFolder : FileKind::kFile;
  info->size = it->second.folder ? 0 : it->second.bytes.size();
  return Status::Ok();
}

Status MemoryFileSystem::LinkStat(const std::string& path, FileInfo* info) const { return Stat(path, info); }

Status MemoryFileSystem::ReadLink(const std::string&, std::string*) const { return Failed(EINVAL); }

Status MemoryFileSystem::Resolve(const std::string& path, std::string* resolved) const {
  *resolved = NormalPath(path.starts_with("/") ? path : "/" + path);
  return Status::Ok();
}

Status MemoryFileSystem::WriteAtomically(const std::string& path, const std::string& bytes) {
  std::string key = NormalPath(path);
  std::lock_guard<std::mutex> lock(mutex_);
  if (!ParentIsFolder(key)) return Failed(ENOENT);
  auto it = nodes_.find(key);
  if (it != nodes_.end() && it->second.folder) return Failed(EISDIR);
  nodes_[key] = Node{false, bytes};
  return Status::Ok();
}

Status MemoryFileSystem::Rename(const std::string& from, const std::string& to) {
  std::string source = NormalPath(from), target = NormalPath(to);
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(source);
  if (it == nodes_.end()) return Failed(ENOENT);
  if (!ParentIsFolder(target)) return Failed(ENOENT);
  if (source == target) return Status::Ok();
  if (Below(target, source)) return Failed(EINVAL);
  auto there = nodes_.find(target);
  if (there != nodes_.end()) {
    if (there->second.folder != it->second.folder) return Failed(there->second.folder ? EISDIR : ENOTDIR);
    for (const auto& [p, node] : nodes_)
      if (Below(p, target)) return Failed(ENOTEMPTY);
  }
  std::map<std::string, Node> moved;
  for (auto node = nodes_.begin(); node != nodes_.end();) {
    if (node->first == source || Below(node->first, source)) {
      moved[target + node->first.substr(source.size())] = std::move(node->second);
      node = nodes_.erase(node);
    } else {
      ++node;
    }
  }
  for (auto& [p, node] : moved) nodes_[p] = std::move(node);
  return Status::Ok();
}

Status MemoryFileSystem::Remove(const std::string& path) {
  std::string key = NormalPath(path);
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = nodes_.find(key);
  if (it == nodes_.end()) return Status::Ok();
  for (const auto& [p, node] : nodes_)
    if (Below(p, key)) return Failed(ENOTEMPTY);
  nodes_.erase(it);
  return Status::Ok();
}

Status MemoryFileSystem::MakeFolder(const std::string& path) {
  std::string key = NormalPath(path);
  std::lock_guard<std::mutex> lock(mutex_);
  for (size_t at = 1; at <= key.size(); ++at) {
    if (at < key.size() && key[at] != '/') continue;
    std::string folder = key.substr(0, at);
    auto it = nodes_.find(folder);
    if (it == nodes_.end()) {
      nodes_[folder] = Node{true, ""};
    } else if (!it->second.folder) {
      return Failed(ENOTDIR);
    }
  }
  return Status::Ok();
}

std::map<std::string, std::string> MemoryFileSystem::Files() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::map<std::string, std::string> files;
  for (const auto& [p, node] : nodes_)
    if (!node.folder) files[p] = node.bytes;
  return files;
}

}  // namespace klynge
