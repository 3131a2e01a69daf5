#pragma once
// Markdown as the author wrote it, with where it came from.

#include <string>

namespace klynge {

// A Markdown snippet: a page body or a YAML value. `first_line` is the file
// line of the text's first line, so cmark's source positions map back.
struct MarkdownText {
  std::string text;
  std::string path;
  int first_line = 1;
  int first_column = 1;  // for YAML values: the column where the value starts

  bool empty() const { return text.empty(); }
};

}  // namespace klynge
