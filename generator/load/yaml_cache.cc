#include "load/yaml_cache.h"

#include "base/content_hash.h"

namespace klynge {

std::shared_ptr<const YamlTree> YamlCache::Find(std::string_view text) {
  uint64_t key = HashBytes(text);
  std::lock_guard<std::mutex> lock(mutex_);
  auto [begin, end] = entries_.equal_range(key);
  for (auto it = begin; it != end; ++it) {
    if (it->second.text != text) continue;
    it->second.used = true;
    return it->second.tree;
  }
  return nullptr;
}

void YamlCache::Store(std::string_view text, std::shared_ptr<const YamlTree> tree) {
  uint64_t key = HashBytes(text);
  std::lock_guard<std::mutex> lock(mutex_);
  auto [begin, end] = entries_.equal_range(key);
  for (auto it = begin; it != end; ++it)
    if (it->second.text == text) return;
  entries_.emplace(key, Entry{std::string(text), std::move(tree), true});
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
