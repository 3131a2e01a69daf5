#pragma once
// Parsed YAML kept between the builds of one process (`klynge serve`), so
// that a rebuild parses only the documents whose text changed.

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "load/yaml_node.h"

namespace klynge {

// Thread-safe. Holds only documents that parsed without a problem.
class YamlCache {
 public:
  // The parsed tree of exactly `text`, if stored; marks the entry as used.
  std::shared_ptr<const YamlTree> Find(std::string_view text);
  void Store(std::string_view text, std::shared_ptr<const YamlTree> tree);
  // Drops the entries no Find or Store touched since the last call, so
  // edited-away versions do not pile up over a long session.
  void DropUnused();
  size_t size() const;

 private:
  struct Entry {
    std::string text;  // compared in full: a hash alone could collide
    std::shared_ptr<const YamlTree> tree;
    bool used = true;
  };
  mutable std::mutex mutex_;
  std::unordered_multimap<uint64_t, Entry> entries_;
};

}  // namespace klynge
