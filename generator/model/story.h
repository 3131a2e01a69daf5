#pragma once
// stories/<slug>.md (or stories/<slug>/story.md with assets/): a cluster's
// experience with a package.

#include <string>
#include <vector>

#include "base/date.h"
#include "model/markdown_text.h"
#include "model/package.h"

namespace klynge {

struct Story {
  std::string slug;
  std::string title;
  Date date;
  std::string cluster;  // display name
  std::vector<std::string> packages;
  std::string summary;
  MarkdownText body;
  std::string content_dir = "stories";  // where its links start: "stories" or "stories/<slug>"
  std::vector<Asset> assets;  // a story folder's files, copied to the story's page folder
  bool draft = false;  // `draft: true`: validated, published only by `serve --drafts`
};

}  // namespace klynge
