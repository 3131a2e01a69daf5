#include "load/input_snapshot.h"

#include <xxhash.h>

#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "base/content_hash.h"
#include "base/executable_id.h"
#include "base/parallel.h"
#include "load/folder_fence.h"

namespace klynge {

namespace {

// Stands for a file that could not be read, so that it differs from any content.
constexpr uint64_t kUnreadable = 0x9e3779b97f4a7c15ull;

// A file to hash: its key, and where to read it, or its hash when it must not be read.
struct Listed {
  std::string key;
  std::string path;
  std::optional<uint64_t> fixed;
};

// Every regular file below `dir`, as the loader sees it: a symbolic link
// that stays inside `fence` is followed (a folder link once per folder); one
// that leads out is hashed by its target's name and never read.
void ListFolder(const FileSystem& fs, const std::string& dir, const std::string& key_prefix,
                const FolderFence& fence, std::set<std::string>* visited, std::vector<Listed>* out) {
  // A folder that cannot be listed hashes as empty: its files' keys are
  // missing, so the next build does not take this one's output as current.
  std::vector<FolderEntry> entries;
  FolderEntries(fs, dir, &entries, true);
  for (const FolderEntry& e : entries) {
    std::string key = key_prefix + e.name;
    if (e.link && !fence.CheckLink(e.path).empty()) {
      std::string target;
      fs.ReadLink(e.path, &target);
      out->push_back({key, "", HashBytes("symbolic link out of the folder: " + target)});
      continue;
    }
    if (e.kind == FileKind::kFolder) {
      // Only a link can make a loop; a folder reached twice by links is listed once.
      std::string resolved;
      if (e.link && (!fs.Resolve(e.path, &resolved).ok() || !visited->insert(resolved).second)) continue;
      ListFolder(fs, e.path, key + "/", fence, visited, out);
    } else if (e.kind == FileKind::kFile) {
      out->push_back({key, e.path, std::nullopt});
    }
  }
}

void ListFiles(const FileSystem& fs, const std::string& dir, const std::string& key_prefix,
               const FolderFence& fence, std::vector<Listed>* out) {
  if (!IsKind(fs, dir, FileKind::kFolder)) return;
  std::set<std::string> visited;
  ListFolder(fs, dir, key_prefix, fence, &visited, out);
}

uint64_t Combine(uint64_t seed, const std::string& key, uint64_t hash) {
  std::string buffer = key;
  buffer.push_back('\0');  // so that "ab"+"c" and "a"+"bc" differ
  buffer.append(reinterpret_cast<const char*>(&hash), sizeof hash);
  return XXH64(buffer.data(), buffer.size(), seed);
}

}  // namespace

uint64_t InputHash(const std::string* bytes) { return bytes ? HashBytes(*bytes) : kUnreadable; }

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
                                InputBytes* bytes, FileSystem* file_system, const std::string& base_theme_dir) {
  const FileSystem& fs = OrReal(file_system);
  // The loaders' own fences: public content never from clusters/, the theme never from content/clusters/.
  std::string clusters = content_dir + "/clusters";
  FolderFence public_fence(content_dir, "the content folder", {clusters}, fs);
  FolderFence private_fence(content_dir, "the content folder", {}, fs);
  FolderFence theme_fence(theme_dir, "the theme folder " + theme_dir, {clusters}, fs);
  FolderFence base_fence(base_theme_dir.empty() ? theme_dir : base_theme_dir,
                         "the theme folder " + base_theme_dir, {clusters}, fs);
  FolderFence anywhere("/", "the file system", {}, fs);
  std::vector<Listed> listed;
  ListFiles(fs, content_dir, "content/", private_fence, &listed);
  size_t content_files = listed.size();
  ListFiles(fs, theme_dir, "theme/", theme_fence, &listed);
  size_t theme_files = listed.size();
  // The installed theme a site's own theme falls back to, file by file.
  if (!base_theme_dir.empty()) ListFiles(fs, base_theme_dir, kBaseThemeKey, base_fence, &listed);
  size_t base_files = listed.size();
  for (const std::string& f : extra_files) listed.push_back({"file:" + f, f, std::nullopt});
  std::vector<uint64_t> hashes(listed.size());
  std::vector<std::string> kept(listed.size());
  std::vector<char> read(listed.size(), 0);
  ParallelFor(listed.size(), threads, [&](size_t i) {
    if (listed[i].fixed) {
      hashes[i] = *listed[i].fixed;
      return;
    }
    const FolderFence& fence = i >= base_files                                ? anywhere
                               : i >= theme_files                             ? base_fence
                               : i >= content_files                           ? theme_fence
                               : listed[i].key.starts_with("content/clusters/") ? private_fence
                                                                                : public_fence;
    read[i] = ReadFenced(listed[i].path, fence, kAnySize, &kept[i]).result == FencedRead::Result::kOk;
    hashes[i] = InputHash(read[i] ? &kept[i] : nullptr);
  });
  InputSnapshot snapshot;
  for (size_t i = 0; i < listed.size(); ++i) snapshot.files[listed[i].key] = hashes[i];
  snapshot.files["binary"] = ExecutableId();
  if (!bytes) return snapshot;
  for (size_t i = 0; i < listed.size(); ++i) {
    if (!read[i]) continue;
    const std::string& key = listed[i].key;
    if (i < content_files) {
      bytes->content[key.substr(8)] = std::move(kept[i]);  // without "content/"
    } else if (i < theme_files) {
      bytes->theme[key.substr(6)] = std::move(kept[i]);  // without "theme/"
    } else if (i < base_files) {
      bytes->base_theme[key.substr(std::string_view(kBaseThemeKey).size())] = std::move(kept[i]);
    } else {
      bytes->fonts[listed[i].path] = std::move(kept[i]);
    }
  }
  return snapshot;
}

void SetExtraFiles(const std::map<std::string, uint64_t>& extra_files, InputSnapshot* snapshot) {
  auto& files = snapshot->files;
  for (auto it = files.lower_bound("file:"); it != files.end() && it->first.starts_with("file:");)
    it = files.erase(it);
  for (const auto& [path, hash] : extra_files) snapshot->files["file:" + path] = hash;
}

}  // namespace klynge
