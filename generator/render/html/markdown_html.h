#pragma once
// Markdown from content as safe HTML for the site.

#include <string>

#include "markdown/typography.h"
#include "model/markdown_text.h"
#include "render/html/anchor_ids.h"
#include "render/link_url.h"

namespace klynge {

struct MarkdownHtml {
  std::string html;
  std::string first_paragraph;  // plain text of the first paragraph, for descriptions
};

// Renders `text` with cmark-gfm in safe mode (raw HTML is not published)
// with the GFM extensions passed to the renderer, so tagfilter applies.
// Headings get unique ids from `ids` and are shifted so the highest becomes
// <h`top_level`>; links and images are rewritten with `base`, and those that
// must not be published keep only their text. Task-list boxes are drawn by
// CSS, not form inputs, and tables are wrapped so they scroll on a phone.
// Straight quotes and dashes in text print as `quotes` and typographic
// dashes (markdown/typography.h).
MarkdownHtml RenderMarkdown(const MarkdownText& text, const LinkBase& base, AnchorIds* ids,
                            int top_level = 2, const Typography& typography = Typography());

// Plain text of the first paragraph of `text`, "" when it has none.
std::string FirstParagraph(const MarkdownText& text);

}  // namespace klynge
