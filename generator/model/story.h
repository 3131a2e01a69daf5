#pragma once
// stories/<slug>.md: a cluster's experience with a package.

#include <string>
#include <vector>

#include "base/date.h"
#include "model/markdown_text.h"

namespace klynge {

struct Story {
  std::string slug;
  std::string title;
  Date date;
  std::string cluster;  // display name
  std::vector<std::string> packages;
  std::string summary;
  MarkdownText body;
};

}  // namespace klynge
