#pragma once
// Limits on one Markdown text (a .md body, or one Markdown value in YAML),
// so that parsing, rendering and layout stay fast and shallow whatever an
// author writes. docs/content-format.md, "Limits", states them for authors.
//
// Debian's cmark-gfm is quadratic on a few inputs, so some checks look at the
// raw text before it is parsed: a table row with n cells costs n² (16,000
// cells: about a second), and so does a paragraph of n unclosed `![`
// followed by links (8,000: 0.3 s; 32,000: 5 s).

#include <cmark-gfm.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace klynge {

// Bytes in one Markdown text. A .md file is also at most 1 MiB (the loader).
inline constexpr size_t kMaxMarkdownBytes = 256 * 1024;
// Block quotes and lists inside each other.
inline constexpr int kMaxBlockNesting = 16;
// Emphasis, strong, strikethrough, links and images inside each other.
inline constexpr int kMaxInlineNesting = 32;
// Columns of a table; a line with more `|` than this many cells need is refused unparsed.
inline constexpr int kMaxTableColumns = 64;
inline constexpr int kMaxPipesPerLine = 2 * kMaxTableColumns;
// Rows of one table.
inline constexpr int kMaxTableRows = 2000;
// `![` (image openings) in one paragraph.
inline constexpr int kMaxImageOpeningsPerParagraph = 500;

// A limit broken at a place in the Markdown text: 1-based line and byte column.
struct MarkdownLimitProblem {
  int line = 1;
  int column = 1;
  std::string message;
};

// What in the raw text is over a limit (size, `|` on a line, `![` in a
// paragraph), at most one problem of each kind. Parse only text without any.
std::vector<MarkdownLimitProblem> CheckMarkdownSource(std::string_view text);

// What in the parsed tree is over a limit (nesting depth, table size), at
// most one problem of each kind.
std::vector<MarkdownLimitProblem> CheckMarkdownTree(cmark_node* root);

}  // namespace klynge
