#include "pipeline/input_hash.h"

#include <xxhash.h>

namespace klynge {

void Hasher::Add(uint64_t value) { value_ = XXH64(&value, sizeof value, value_); }

void Hasher::Add(const std::string& text) {
  value_ = XXH64(text.data(), text.size() + 1, value_);  // the '\0' ends each string
}

void Hasher::Add(const BuildClock& clock) { Add(ClockKey(clock)); }

void Hasher::Add(const SlugSet& slugs) {
  Add(static_cast<uint64_t>(slugs ? slugs->size() : 0));
  if (slugs)
    for (const std::string& slug : *slugs) Add(slug);
}

void Hasher::Add(const PrintDocument& document) {
  Add(static_cast<uint64_t>(document.kind));
  Add(static_cast<uint64_t>(document.paper));
  Add(document.name);
  Add(document.title);
  Add(document.path);
  Add(document.audience ? document.audience->name : std::string());
}

void Hasher::Add(const PublishedDocument& document) {
  Add(document.title);
  Add(document.path);
  Add(static_cast<uint64_t>(document.bytes));
  Add(document.paper);
}

void Hasher::Add(const Site&) { AddFiles("content/site.yaml"); }

void Hasher::Add(const Theme&) {
  AddFiles("theme/");
  AddFiles("file:");  // the fonts
  AddFiles("content/site.yaml");  // the language picks the strings
}

void Hasher::Add(const Catalog& catalog) {
  AddFiles("content/");
  Add(static_cast<uint64_t>(catalog.show_drafts));  // which of its stories and pages are published
}

void Hasher::Add(const Package& package) { AddFiles("content/packages/" + package.slug + "/"); }

void Hasher::Add(const ClusterEdition& cluster) { AddFiles("content/clusters/" + cluster.slug + "/"); }

void Hasher::Add(const Story* story) {
  AddFiles("content/stories/" + story->slug + ".md");
  AddFiles("content/stories/" + story->slug + "/");  // a story folder: story.md and assets/
}

}  // namespace klynge
