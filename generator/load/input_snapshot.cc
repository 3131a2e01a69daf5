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

uint64_t HashFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return kUnreadable;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return kUnreadable;
  return HashBytes(std::move(bytes).str());
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
                                const std::vector<std::string>& extra_files, unsigned threads) {
  std::vector<std::pair<std::string, std::string>> listed;
  ListFiles(content_dir, "content/", &listed);
  ListFiles(theme_dir, "theme/", &listed);
  for (const std::string& f : extra_files) listed.emplace_back("file:" + f, f);
  std::vector<uint64_t> hashes(listed.size());
  ParallelFor(listed.size(), threads, [&](size_t i) { hashes[i] = HashFile(listed[i].second); });
  InputSnapshot snapshot;
  for (size_t i = 0; i < listed.size(); ++i) snapshot.files[listed[i].first] = hashes[i];
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
