#include "pipeline/unit_keys.h"

#include <xxhash.h>

namespace klynge {

namespace {

uint64_t Mix(uint64_t seed, uint64_t value) { return XXH64(&value, sizeof value, seed); }

uint64_t Mix(uint64_t seed, const std::string& text) {
  return XXH64(text.data(), text.size() + 1, seed);  // the '\0' ends each string
}

// What every rendered file depends on: klynge itself, the theme, site.yaml.
uint64_t CommonKey(const InputSnapshot& snapshot) {
  uint64_t key = Mix(0, snapshot.DigestUnder("binary"));
  key = Mix(key, snapshot.DigestUnder("theme/"));
  return Mix(key, snapshot.DigestUnder("content/site.yaml"));
}

}  // namespace

std::map<std::string, uint64_t> ThemeFonts(const Theme& theme) {
  std::map<std::string, uint64_t> fonts;
  for (const PrintFont* f : {&theme.print.font_regular, &theme.print.font_bold,
                             &theme.print.font_italic, &theme.print.font_bold_italic})
    if (!f->path.empty()) fonts[f->path] = f->hash;
  return fonts;
}

uint64_t PrintKey(const InputSnapshot& snapshot, const Catalog& catalog) {
  uint64_t key = Mix(CommonKey(snapshot), snapshot.DigestUnder("file:"));
  for (const Package& p : catalog.packages)  // slug order: titles may reorder the catalog freely
    if (!p.draft) key = Mix(key, p.slug);
  return key;
}

uint64_t PageKey(const InputSnapshot& snapshot, const Catalog& catalog) {
  uint64_t key = Mix(CommonKey(snapshot), snapshot.DigestUnder("content/stories/"));
  for (const Package& p : catalog.packages) {
    key = Mix(key, p.slug);
    key = Mix(key, p.title);
    key = Mix(key, p.question);
    key = Mix(key, static_cast<uint64_t>(p.draft) * 2 + static_cast<uint64_t>(p.follow_up));
    key = Mix(key, p.follows);
  }
  return key;
}

uint64_t PackagePagesKey(uint64_t page_key, const InputSnapshot& snapshot, const Package& package,
                         const std::vector<PublishedDocument>& documents) {
  uint64_t key = Mix(page_key, snapshot.DigestUnder("content/packages/" + package.slug + "/"));
  for (const PublishedDocument& d : documents) key = Mix(key, static_cast<uint64_t>(d.bytes));
  return key;
}

uint64_t SiteKey(const InputSnapshot& snapshot, const std::vector<uint64_t>& page_keys) {
  uint64_t key = snapshot.Digest();
  for (uint64_t k : page_keys) key = Mix(key, k);
  return key;
}

uint64_t PackageUnitKey(uint64_t print_key, const InputSnapshot& snapshot, const Package& package) {
  return Mix(print_key, snapshot.DigestUnder("content/packages/" + package.slug + "/"));
}

uint64_t ClusterUnitKey(uint64_t print_key, const InputSnapshot& snapshot, const ClusterEdition& cluster,
                        const BuildClock& clock) {
  uint64_t key = Mix(print_key, snapshot.DigestUnder("content/clusters/" + cluster.slug + "/"));
  key = Mix(key, cluster.package);
  key = Mix(key, ClockKey(clock));
  return Mix(key, snapshot.DigestUnder("content/packages/" + cluster.package + "/"));
}

uint64_t BuildDigest(const InputSnapshot& snapshot, const BuildClock& clock) {
  return Mix(snapshot.Digest(), ClockKey(clock));
}

}  // namespace klynge
