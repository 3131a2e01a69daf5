#pragma once
// Every Markdown text the validator reads (package.md, praksisark.md and
// story bodies, Markdown values in YAML) goes through here: the limits of
// markdown_limits.h first, so that nothing over them is parsed at length or
// reaches a renderer, then its links and images.

#include <string_view>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "markdown/markdown_facts.h"
#include "model/markdown_text.h"

namespace klynge {

// Checks `text` against the Markdown limits and, when within them, its links
// relative to `base_dir`. Problems go to `diags` at their lines. A text
// without the loader's facts is read, or found in `cache` (optional).
void CheckMarkdown(const MarkdownText& text, std::string_view base_dir, const ContentTree& tree,
                   Diagnostics* diags, MarkdownCache* cache = nullptr);

}  // namespace klynge
