#include "load/yaml_cache.h"

#include "base/content_hash.h"

namespace klynge {

bool YamlCache::Find(std::string_view text, YAML::Node* root) {
  uint64_t key = HashBytes(text);
  std::lock_guard<std::mutex> lock(mutex_);
  auto [begin, end] = entries_.equal_range(key);
  for (auto it = begin; it != end; ++it) {
    if (it->second.text != text) continue;
    it->second.used = true;
    *root = it->second.root;
    return true;
  }
  return false;
}

void YamlCache::Store(std::string_view text, const YAML::Node& root) {
  uint64_t key = HashBytes(text);
  std::lock_guard<std::mutex> lock(mutex_);
  auto [begin, end] = entries_.equal_range(key);
  for (auto it = begin; it != end; ++it)
    if (it->second.text == text) return;
  entries_.emplace(key, Entry{std::string(text), root, true});
}

void YamlCache::DropUnused() {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = entries_.begin(); it != entries_.end();) {
    if (!it->second.used) {
      it = entries_.erase(it);
    } else {
      it->second.used = false;
      ++it;
    }
  }
}

size_t YamlCache::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return entries_.size();
}

}  // namespace klynge
