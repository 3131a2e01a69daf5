#pragma once
// Links in content: whether the target a link names (markdown/link_target.h)
// exists and is published.

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include <vector>

#include "markdown/link_target.h"
#include "markdown/markdown_facts.h"
#include "model/markdown_text.h"

namespace klynge {

// Checks one link's target, including that the package, asset or story exists;
// an image in the assets must also decode within the limits (image/image_check.h).
// Problems go to `diags` at `at`; `noun` is "link" or "image". Returns true
// when the link will be published.
bool CheckLink(std::string_view url, std::string_view base_dir, const SourceLocation& at,
               const ContentTree& tree, Diagnostics* diags, std::string_view noun = "link");

// Checks every link and image `links` found in `text`, each at its own position.
void CheckMarkdownLinks(const MarkdownText& text, const std::vector<MarkdownLink>& links,
                        std::string_view base_dir, const ContentTree& tree, Diagnostics* diags);

}  // namespace klynge
