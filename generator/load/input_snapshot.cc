#include "load/input_snapshot.h"

#include <xxhash.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "base/content_hash.h"
#include "base/executable_id.h"
#include "base/parallel.h"

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

// Every regular file below `dir`, as (key, path on disk); symlinks are
// followed as the loader follows them.
void ListFiles(const std::string& dir, const std::string& key_prefix,
               std::vector<std::pair<std::string, std::string>>* out) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    std::string rel = it->path().lexically_relative(dir).generic_string();
    out->emplace_back(key_prefix + rel, it->path().string());
  }
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
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    digest = Combine(digest, it->first, it->second);
  }
  return digest;
}

InputSnapshot TakeInputSnapshot(const std::string& content_dir, const std::string& theme_dir,
                                const std::vector<std::string>& extra_files, unsigned threads,
                                ContentBytes* content_bytes) {
  std::vector<std::pair<std::string, std::string>> listed;
  ListFiles(content_dir, "content/", &listed);
  size_t content_files = listed.size();
  ListFiles(theme_dir, "theme/", &listed);
  for (const std::string& f : extra_files) listed.emplace_back("file:" + f, f);
  std::vector<uint64_t> hashes(listed.size());
  std::vector<std::string> kept(content_bytes ? content_files : 0);
  std::vector<char> read(kept.size(), 0);
  ParallelFor(listed.size(), threads, [&](size_t i) {
    if (i >= kept.size()) {
      hashes[i] = HashFile(listed[i].second);
      return;
    }
    read[i] = ReadWhole(listed[i].second, &kept[i]);
    hashes[i] = read[i] ? HashBytes(kept[i]) : kUnreadable;
  });
  InputSnapshot snapshot;
  for (size_t i = 0; i < listed.size(); ++i) snapshot.files[listed[i].first] = hashes[i];
  for (size_t i = 0; i < kept.size(); ++i)
    if (read[i]) (*content_bytes)[listed[i].first.substr(8)] = std::move(kept[i]);  // without "content/"
  snapshot.files["binary"] = ExecutableId();
  return snapshot;
}

void SetExtraFiles(const std::vector<std::string>& extra_files, InputSnapshot* snapshot) {
  auto& files = snapshot->files;
  for (auto it = files.lower_bound("file:"); it != files.end() && it->first.compare(0, 5, "file:") == 0;)
    it = files.erase(it);
  for (const std::string& f : extra_files) snapshot->files["file:" + f] = HashFile(f);
}

}  // namespace klynge
