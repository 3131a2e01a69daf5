#pragma once
// Markdown as the author wrote it, with where it came from.

#include <memory>
#include <mutex>
#include <string>

namespace klynge {

struct MarkdownFacts;  // markdown/markdown_facts.h
class Body;            // markdown/body.h

// Where a text's one parse is kept once it is made (BodyOf), shared by
// every copy of the text, so the loader, the HTML and the PDFs of one
// build parse it once between them.
struct BodySlot {
  std::once_flag once;
  std::shared_ptr<const Body> body;
};

// A Markdown snippet: a page body or a YAML value. `first_line` is the file
// line of the text's first line, so cmark's source positions map back.
struct MarkdownText {
  std::string text;
  std::string path;
  int first_line = 1;
  int first_column = 1;  // for YAML values: the column where the value starts
  // What the loader's one parse of a .md body found; null for YAML values.
  std::shared_ptr<const MarkdownFacts> facts;
  // The parsed text, made on first use (markdown/body.h).
  std::shared_ptr<BodySlot> parsed = std::make_shared<BodySlot>();

  bool empty() const { return text.empty(); }
};

}  // namespace klynge
