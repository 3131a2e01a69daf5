#pragma once
// Everything read from content/: files as text and parsed YAML, not yet checked
// against the content format.

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/source_file.h"
#include "load/yaml_document.h"
#include "model/markdown_text.h"
#include "model/package.h"

namespace klynge {

// A Markdown file with YAML front matter.
struct MarkdownDocument {
  const SourceFile* file = nullptr;
  YamlDocument front_matter;  // ok == false when missing or broken (reported)
  MarkdownText body;
  bool ok = false;  // front matter and body were found
};

struct PackageSource {
  std::string slug;
  std::string dir;  // display path of the folder
  std::optional<MarkdownDocument> page;  // package.md
  std::optional<YamlDocument> program;
  std::optional<YamlDocument> drejebog;
  std::map<std::string, YamlDocument> audience_drejebog;  // drejebog-<name>.yaml by <name>
  std::optional<YamlDocument> plan;
  std::optional<YamlDocument> notes;
  std::optional<MarkdownDocument> praksisark;
  std::vector<Asset> assets;  // sorted by rel
};

struct StorySource {
  std::string slug;
  std::string dir = "stories";  // its folder below content/: "stories", or "stories/<slug>" for a story folder
  MarkdownDocument page;
  std::vector<Asset> assets;  // a story folder's assets/, sorted by rel
};

struct FreePageSource {
  std::string slug;
  MarkdownDocument page;
};

struct ClusterSource {
  std::string slug;
  std::string dir;
  std::optional<YamlDocument> cluster;  // cluster.yaml
  std::map<std::string, const SourceFile*> csv_files;  // by file name
};

struct ContentTree {
  std::string content_dir;       // display path, e.g. "content"
  std::deque<SourceFile> files;  // stable addresses: documents point here
  std::optional<YamlDocument> site;
  std::vector<PackageSource> packages;  // sorted by slug
  std::vector<StorySource> stories;     // sorted by slug
  std::vector<FreePageSource> pages;    // pages/<slug>.md, sorted by slug
  std::vector<ClusterSource> clusters;  // sorted by slug
  // Every file and folder below content/, relative to it ("packages/x/assets/a.png").
  std::set<std::string> paths;
  std::set<std::string> folders;  // those of `paths` that are folders

  const SourceFile* Find(const std::string& display_path) const;
  SourceLookup Lookup() const;
};

}  // namespace klynge
