#pragma once
// Parsed YAML kept between the builds of one process (`klynge serve`), so
// that a rebuild parses only the documents whose text changed: yaml-cpp is
// most of a build's load time.

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace klynge {

// Thread-safe. Holds only documents that parsed without a problem.
class YamlCache {
 public:
  // The parsed tree of exactly `text`, if stored; marks the entry as used.
  bool Find(std::string_view text, YAML::Node* root);
  void Store(std::string_view text, const YAML::Node& root);
  // Drops the entries no Find or Store touched since the last call, so
  // edited-away versions do not pile up over a long session.
  void DropUnused();
  size_t size() const;

 private:
  struct Entry {
    std::string text;  // compared in full: a hash alone could collide
    YAML::Node root;
    bool used = true;
  };
  mutable std::mutex mutex_;
  std::unordered_multimap<uint64_t, Entry> entries_;
};

}  // namespace klynge
