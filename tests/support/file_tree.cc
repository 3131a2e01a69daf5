#include "support/file_tree.h"

#include <algorithm>
#include <filesystem>

#include "support/temp_site.h"

namespace klynge::testing {

namespace fs = std::filesystem;

TreeSnapshot SnapshotTree(const std::string& root) {
  TreeSnapshot tree;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return tree;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    std::string rel = fs::relative(it->path(), root).generic_string();
    if (it->is_directory()) {
      tree[rel + "/"] = "";
    } else {
      tree[rel] = ReadFile(it->path().string());
    }
  }
  return tree;
}

std::vector<std::string> ListFiles(const std::string& root) {
  std::vector<std::string> files;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return files;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file()) files.push_back(fs::relative(it->path(), root).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string DiffTrees(const TreeSnapshot& before, const TreeSnapshot& after, size_t limit) {
  std::string out;
  size_t lines = 0, total = 0;
  auto note = [&](const std::string& line) {
    ++total;
    if (lines++ < limit) out += line + "\n";
  };
  for (const auto& [path, bytes] : before) {
    auto it = after.find(path);
    if (it == after.end()) {
      note("missing: " + path);
    } else if (it->second != bytes) {
      const std::string& now = it->second;
      size_t at = std::mismatch(bytes.begin(), bytes.begin() + std::min(bytes.size(), now.size()),
                                now.begin())
                      .first -
                  bytes.begin();
      note("changed: " + path + " (" + std::to_string(bytes.size()) + " bytes -> " +
           std::to_string(now.size()) + " bytes, first difference at byte " + std::to_string(at) +
           ")");
    }
  }
  for (const auto& [path, bytes] : after)
    if (!before.count(path)) note("added: " + path);
  if (total > limit) out += "... and " + std::to_string(total - limit) + " more\n";
  return out;
}

}  // namespace klynge::testing
