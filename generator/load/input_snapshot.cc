#include "load/input_snapshot.h"

#include <xxhash.h>

#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include "base/content_hash.h"
#include "base/executable_id.h"
#include "base/parallel.h"
#include "load/folder_fence.h"

namespace klynge {

namespace fs = std::filesystem;

namespace {

// Stands for a file that could not be read, so that it differs from any content.
constexpr uint64_t kUnreadable = 0x9e3779b97f4a7c15ull;

// The whole file; false when it cannot be read.
bool ReadWhole(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return false;
  *out = std::move(bytes).str();
  return true;
}

uint64_t HashFile(const std::string& path) {
  std::string bytes;
  return ReadWhole(path, &bytes) ? HashBytes(bytes) : kUnreadable;
}

// A file to hash: its key, and where to read it, or its hash when it must not be read.
struct Listed {
  std::string key;
  std::string path;
  std::optional<uint64_t> fixed;
};

// Every regular file below `dir`, as the loader sees it: a symbolic link
// that stays inside `fence` is followed (a folder link once per folder); one
// that leads out is hashed by its target's name and never read.
void ListFolder(const fs::path& dir, const std::string& key_prefix, const FolderFence& fence,
                std::set<fs::path>* visited, std::vector<Listed>* out) {
  std::error_code ec;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string key = key_prefix + it->path().filename().string();
    std::error_code type_ec;
    bool link = it->is_symlink(type_ec);
    if (link && !fence.CheckLink(*it).empty()) {
      std::string target = fs::read_symlink(it->path(), type_ec).generic_string();
      out->push_back({key, "", HashBytes("symbolic link out of the folder: " + target)});
      continue;
    }
    if (it->is_directory(type_ec)) {
      // Only a link can make a loop; a folder reached twice by links is listed once.
      if (link && !visited->insert(fs::canonical(it->path(), type_ec)).second) continue;
      ListFolder(it->path(), key + "/", fence, visited, out);
    } else if (it->is_regular_file(type_ec)) {
      out->push_back({key, it->path().string(), std::nullopt});
    }
  }
}

void ListFiles(const std::string& dir, const std::string& key_prefix, std::vector<Listed>* out) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  std::set<fs::path> visited;
  ListFolder(dir, key_prefix, FolderFence(dir, dir), &visited, out);
}

uint64_t Combine(uint64_t seed, const std::string& key, uint64_t hash) {
  std::string buffer = key;
  buffer.push_back('\0');  // so that "ab"+"c" and "a"+"bc" differ
  buffer.append(reinterpret_cast<const char*>(&hash), sizeof hash);
  return XXH64(buffer.data(), buffer.size(), seed);
}

}  // namespace

uint64_t InputSnapshot::Digest() const { return DigestUnder(""); }

uint64_t InputSnapshot::DigestUnder(const std::string& prefix) const {
  uint64_t digest = 0;
  for (auto it = files.lower_bound(prefix); it != files.end(); ++it) {
    if (!it->first.starts_with(prefix)) break;
    digest = Combine(digest, it->first, it->second);
  }
  return digest;
}

InputSnapshot TakeInputSnapshot(const std::string& content_dir, const std::string& theme_dir,
                                const std::vector<std::string>& extra_files, unsigned threads,
                                ContentBytes* content_bytes) {
  std::vector<Listed> listed;
  ListFiles(content_dir, "content/", &listed);
  size_t content_files = listed.size();
  ListFiles(theme_dir, "theme/", &listed);
  for (const std::string& f : extra_files) listed.push_back({"file:" + f, f, std::nullopt});
  std::vector<uint64_t> hashes(listed.size());
  // Content is read through the loader's own fences, so the bytes handed on
  // are bytes the loader itself could have read: public files never from clusters/.
  FolderFence public_fence(content_dir, "the content folder", {fs::path(content_dir) / "clusters"});
  FolderFence private_fence(content_dir, "the content folder");
  std::vector<std::string> kept(content_bytes ? content_files : 0);
  std::vector<char> read(kept.size(), 0);
  ParallelFor(listed.size(), threads, [&](size_t i) {
    if (listed[i].fixed) {
      hashes[i] = *listed[i].fixed;
      return;
    }
    if (i >= kept.size()) {
      hashes[i] = HashFile(listed[i].path);
      return;
    }
    const FolderFence& fence =
        listed[i].key.starts_with("content/clusters/") ? private_fence : public_fence;
    read[i] = ReadFenced(listed[i].path, fence, std::numeric_limits<size_t>::max(), &kept[i]).result ==
              FencedRead::Result::kOk;
    hashes[i] = read[i] ? HashBytes(kept[i]) : kUnreadable;
  });
  InputSnapshot snapshot;
  for (size_t i = 0; i < listed.size(); ++i) snapshot.files[listed[i].key] = hashes[i];
  for (size_t i = 0; i < kept.size(); ++i)
    if (read[i]) (*content_bytes)[listed[i].key.substr(8)] = std::move(kept[i]);  // without "content/"
  snapshot.files["binary"] = ExecutableId();
  return snapshot;
}

void SetExtraFiles(const std::vector<std::string>& extra_files, InputSnapshot* snapshot) {
  auto& files = snapshot->files;
  for (auto it = files.lower_bound("file:"); it != files.end() && it->first.starts_with("file:");)
    it = files.erase(it);
  for (const std::string& f : extra_files) snapshot->files["file:" + f] = HashFile(f);
}

}  // namespace klynge
