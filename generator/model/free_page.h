#pragma once
// pages/<slug>.md: a page of its own ("Om klyngepakkerne", "Tilgængelighedserklæring").

#include <cstdint>
#include <optional>
#include <string>

#include "model/markdown_text.h"

namespace klynge {

struct FreePage {
  std::string slug;
  std::string title;
  std::string summary;
  std::optional<int64_t> menu;  // place in the main navigation; none: footer only
  MarkdownText body;
  bool draft = false;  // `draft: true`: validated, published only by `serve --drafts`
};

}  // namespace klynge
