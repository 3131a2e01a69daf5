#pragma once
// A unit's cache key is the hash of its renderer's input struct: what a
// renderer can read is what its key covers, by construction. Each input
// struct lists its members in Fields(); the Hasher hashes each by content.
//
// Model values that are made from exactly one part of the input snapshot are
// hashed as that part's file hashes, which is the same content at a fraction
// of the cost: a Package is made from its folder content/packages/<slug>/ and
// nothing else, a ClusterEdition from content/clusters/<slug>/, a Story from
// content/stories/<slug>.md, the Site from content/site.yaml, the Catalog
// from content/ (and whether it shows drafts), and the Theme from the theme folder, its fonts and the
// site's language (so content/site.yaml too).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "base/build_clock.h"
#include "load/input_snapshot.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/pdf/layout/pdf_document.h"
#include "render/pdf/package_documents.h"
#include "render/published_document.h"
#include "render/published_slugs.h"

namespace klynge {

class Hasher {
 public:
  explicit Hasher(const InputSnapshot& snapshot) : snapshot_(snapshot) {}

  void Add(uint64_t value);
  void Add(const std::string& text);
  void Add(const BuildClock& clock);
  void Add(const SlugSet& slugs);
  void Add(const PrintDocument& document);
  void Add(const PublishedDocument& document);
  void Add(const Site& site);
  void Add(const Theme& theme);
  void Add(const Catalog& catalog);
  void Add(const Package& package);
  void Add(const ClusterEdition& cluster);
  void Add(const Story* story);
  void Add(pdf::Marks marks) { Add(static_cast<uint64_t>(marks)); }

  template <typename T>
  void Add(const std::vector<T>& items) {
    Add(static_cast<uint64_t>(items.size()));
    for (const T& item : items) Add(item);
  }
  template <typename T>
  void Add(const std::optional<T>& item) {
    Add(static_cast<uint64_t>(item.has_value()));
    if (item) Add(*item);
  }
  template <typename K, typename V>
  void Add(const std::map<K, V>& items) {
    Add(static_cast<uint64_t>(items.size()));
    for (const auto& [key, value] : items) Add(key), Add(value);
  }
  // A struct that lists its members in Fields(): each of them.
  template <typename T>
    requires requires(const T& t) { t.Fields(); }
  void Add(const T& input) {
    std::apply([this](const auto&... field) { (Add(field), ...); }, input.Fields());
  }

  uint64_t value() const { return value_; }

 private:
  // The file hashes of the snapshot's keys starting with `prefix`.
  void AddFiles(const std::string& prefix) { Add(snapshot_.DigestUnder(prefix)); }

  const InputSnapshot& snapshot_;
  uint64_t value_ = 0;
};

// The cache key of a unit made from `input`: klynge itself and every field of the input.
template <typename Input>
uint64_t InputKey(const Input& input, const InputSnapshot& snapshot) {
  Hasher hasher(snapshot);
  hasher.Add(snapshot.DigestUnder("binary"));
  hasher.Add(input);
  return hasher.value();
}

}  // namespace klynge
