#pragma once
// A cmark-gfm node tree with the GFM extensions, owned and freed in one place.
// Validators walk it for links; the HTML and PDF renderers render from it.

#include <cmark-gfm.h>

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/markdown_text.h"

namespace klynge {

class ParsedMarkdown {
 public:
  // Parses in safe mode with source positions and the table, strikethrough,
  // autolink, tagfilter and tasklist extensions; text over the source limits
  // of markdown_limits.h parses as an empty document. Requires
  // cmark_gfm_core_extensions_ensure_registered() to have run (main() does).
  explicit ParsedMarkdown(const MarkdownText& source, int extra_options = 0);
  ~ParsedMarkdown();
  ParsedMarkdown(const ParsedMarkdown&) = delete;
  ParsedMarkdown& operator=(const ParsedMarkdown&) = delete;

  cmark_node* root() const { return root_; }
  // The extension list to pass to cmark_render_html, so tagfilter stays on.
  cmark_llist* extensions() const;
  // Where a node starts in the content file.
  SourceLocation Where(cmark_node* node) const;
  const MarkdownText& source() const { return source_; }
  // Unlinks `node` from the tree and frees it (with what is still under it)
  // only with the document: cmark keeps inline text and autolink URLs as
  // pointers into the block that held them, so a node that moved out of a
  // removed heading still reads the heading's memory.
  void Discard(cmark_node* node);

 private:
  MarkdownText source_;
  cmark_parser* parser_ = nullptr;
  cmark_node* root_ = nullptr;
  std::vector<cmark_node*> discarded_;
};

// The file position of 1-based `line` and byte `column` of `source`'s text.
SourceLocation MarkdownLocation(const MarkdownText& source, int line, int column);

// Calls `visit(node)` for every node in document order (entering only).
template <typename Visit>
void ForEachNode(cmark_node* root, Visit visit) {
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (ev == CMARK_EVENT_ENTER) visit(cmark_iter_get_node(iter));
  }
  cmark_iter_free(iter);
}

// The plain text of a node and its descendants ("Blok 1: *Simple* smerter" → "Blok 1: Simple smerter").
std::string PlainText(cmark_node* node);

}  // namespace klynge
