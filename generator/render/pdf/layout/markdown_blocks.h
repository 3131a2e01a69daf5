#pragma once
// Markdown (a parsed Body, read, never changed) as layout blocks: headings,
// paragraphs with bold, italic and links, lists and task lists, GFM tables,
// images, quotes, code and rules, with typographic quotes and dashes in text. Raw HTML is left out, as the HTML
// renderer's safe mode does.

#include <cmark-gfm.h>

#include <functional>
#include <string>
#include <vector>

#include "markdown/body.h"
#include "markdown/markdown_limits.h"
#include "markdown/typography.h"
#include "render/pdf/layout/blocks.h"

namespace klynge::pdf {

struct MarkdownStyle {
  float size = 10;
  float leading = 1.45f;
  float heading_sizes[6] = {18, 14, 12, 11, 10, 10};
  float paragraph_gap = 6;
  float list_indent = 16;
  Color text{0.12f, 0.14f, 0.16f};
  Color heading{0.11f, 0.23f, 0.42f};
  Color link{0.11f, 0.23f, 0.42f};
  Color muted{0.36f, 0.39f, 0.44f};
  Color rule{0.78f, 0.81f, 0.85f};
  Color shade{0.93f, 0.95f, 0.97f};        // code blocks
  Color table_header_fill{0.11f, 0.23f, 0.42f};
  Color table_header_text{1, 1, 1};
  // Quotes and lists deeper than this are laid out at this depth, without
  // more bars or indents; inline nesting deeper than `max_inline_nesting` is
  // plain text. Validation refuses such text, so this only keeps layout
  // shallow and linear for any input.
  int max_nesting = kMaxBlockNesting;
  int max_inline_nesting = kMaxInlineNesting;
  Typography typography;  // quotes and the notes heading (markdown/typography.h)
};

struct MarkdownSources {
  // The absolute URL a link opens, or "" to print its text without a link.
  std::function<std::string(const LinkTarget& target)> link;
  // An image id (PdfDocument::AddImage) for an image's target, or -1 to print the alt text.
  std::function<int(const LinkTarget& target)> image;
};

std::vector<Block> MarkdownBlocks(const Body& body, const MarkdownStyle& style, const MarkdownSources& sources);

}  // namespace klynge::pdf
