#pragma once
// The build cache's record of an output folder: which inputs each part and
// unit was made from, and every file written with its hash. Kept as text in
// output/.klynge-cache; the writer stores it, the pipeline decides with it.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace klynge {

inline constexpr const char* kManifestName = ".klynge-cache";
// The parsed YAML of the last build (YamlCache bytes), beside the manifest.
inline constexpr const char* kYamlCacheName = ".klynge-yaml-cache";
// The facts of the last build's Markdown bodies (MarkdownCache bytes).
inline constexpr const char* kMarkdownCacheName = ".klynge-markdown-cache";

// The three parts `klynge build --only` names.
enum class BuildPart { kSite, kPdf, kClusters };
const char* PartName(BuildPart part);  // "site", "pdf", "clusters"

struct OutputRecord {
  std::string unit;  // "site", "pdf:<slug>", "cluster:<slug>"
  uint64_t hash = 0;
  uint64_t size = 0;
};

struct BuildManifest {
  // Per part: the digest of all inputs it was last built from in full.
  std::map<std::string, uint64_t> parts;
  // Per unit: the key of the inputs its files were made from.
  std::map<std::string, uint64_t> units;
  // Every file in the output folder, by path below it.
  std::map<std::string, OutputRecord> files;
  // Files outside the content and theme folders the last build read (fonts).
  std::vector<std::string> extra_inputs;
  // What the last full validation printed (warnings), replayed when nothing changed.
  std::string diagnostics;
  // Counts for the summary of a build that had nothing to do.
  int warnings = 0;
};

std::string SerializeManifest(const BuildManifest& manifest);

// False when `text` is not a manifest of this format; the build then starts afresh.
bool ParseManifest(std::string_view text, BuildManifest* manifest);

}  // namespace klynge
