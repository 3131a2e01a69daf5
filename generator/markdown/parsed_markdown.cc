#include "markdown/parsed_markdown.h"

#include <cmark-gfm-core-extensions.h>

#include "markdown/markdown_limits.h"

namespace klynge {

ParsedMarkdown::ParsedMarkdown(const MarkdownText& source, int extra_options) : source_(source) {
  // The copy keeps the text and its place only: a Body kept in the text's
  // slot must not keep the slot alive through its own copy.
  source_.parsed = nullptr;
  source_.facts = nullptr;
  // GFM footnotes ([^1] and [^1]: …): the definitions move to the end of the document.
  parser_ = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | extra_options);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser_, ext);
  }
  // Validation reports text over the source limits and nothing is built
  // from it; here it parses as an empty document, so that no caller (a
  // renderer, a fuzz target) can make cmark-gfm slow on it.
  const std::string& text = source_.text;
  if (CheckMarkdownSource(text).empty()) cmark_parser_feed(parser_, text.data(), text.size());
  root_ = cmark_parser_finish(parser_);
}

ParsedMarkdown::~ParsedMarkdown() {
  for (cmark_node* node : discarded_) cmark_node_free(node);
  if (root_) cmark_node_free(root_);
  if (parser_) cmark_parser_free(parser_);
}

void ParsedMarkdown::Discard(cmark_node* node) {
  cmark_node_unlink(node);
  discarded_.push_back(node);
}

cmark_llist* ParsedMarkdown::extensions() const { return cmark_parser_get_syntax_extensions(parser_); }

SourceLocation ParsedMarkdown::Where(cmark_node* node) const {
  int line = cmark_node_get_start_line(node);
  int column = cmark_node_get_start_column(node);
  // Inline nodes carry no position in this cmark-gfm; use the nearest block's.
  for (cmark_node* n = node; line == 0 && n; n = cmark_node_parent(n)) {
    line = cmark_node_get_start_line(n);
    column = cmark_node_get_start_column(n);
  }
  return MarkdownLocation(source_, line, column);
}

SourceLocation MarkdownLocation(const MarkdownText& source, int line, int column) {
  if (line <= 0) line = 1;
  if (column <= 0) column = 1;
  SourceLocation at{source.path, source.first_line + line - 1, column};
  if (line == 1) at.column = source.first_column + column - 1;
  return at;
}

std::string PlainText(cmark_node* node) {
  std::string out;
  ForEachNode(node, [&](cmark_node* n) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (const char* s = cmark_node_get_literal(n)) out += s;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;
    }
  });
  return out;
}

}  // namespace klynge
