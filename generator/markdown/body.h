#pragma once
// A Markdown text parsed once per build: its cmark-gfm tree, and its links
// and images read into typed targets (markdown/link_target.h) with their
// places. Validation reads its facts; the site's HTML, the PDFs and the
// invitation render from it. A Body never changes once made, so any number
// of threads may read it at once.

#include <cmark-gfm.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "markdown/link_target.h"
#include "markdown/markdown_facts.h"
#include "markdown/parsed_markdown.h"
#include "model/markdown_text.h"

namespace klynge {

// A link or image node of a Body and what it points to.
struct BodyLink {
  cmark_node* node = nullptr;
  bool image = false;
  bool no_alt = false;  // an image without alternative text (a tagged PDF's Figure needs one)
  // 1-based line and byte column in the Markdown text: the node's own, or
  // (block_position) the nearest block's when cmark gives an inline none.
  int line = 0;
  int column = 0;
  bool block_position = false;
  LinkTarget target;  // target.url: as written
};

class Body {
 public:
  // Parses `text` (as ParsedMarkdown does: text over the source limits is an
  // empty document) and reads its links against `content_dir` (relative to
  // content/, as ResolveLink takes it).
  Body(const MarkdownText& text, std::string_view content_dir);
  Body(const Body&) = delete;
  Body& operator=(const Body&) = delete;

  cmark_node* root() const { return doc_.root(); }
  // The extension list to pass to cmark_render_html, so tagfilter stays on.
  cmark_llist* extensions() const { return doc_.extensions(); }
  const MarkdownText& source() const { return doc_.source(); }
  const std::string& content_dir() const { return content_dir_; }
  // What is over a limit; the tree is empty when the raw text was.
  const std::vector<MarkdownLimitProblem>& problems() const { return problems_; }
  // Every link and image in document order (those inside an image's description too).
  const std::vector<BodyLink>& links() const { return links_; }
  // The link or image at `node`, or nullptr when `node` is neither.
  const BodyLink* LinkAt(cmark_node* node) const;
  // The number of the footnote a footnote reference or definition node
  // stands for (1, 2, … in the order cmark lists the notes), or 0.
  int NoteNumber(cmark_node* node) const;
  // What validation, the search index and the cache keep of the text.
  MarkdownFacts Facts() const;

 private:
  void NumberNotes();

  ParsedMarkdown doc_;
  std::string content_dir_;
  std::vector<MarkdownLimitProblem> problems_;
  std::vector<BodyLink> links_;
  std::unordered_map<cmark_node*, size_t> link_index_;
  std::unordered_map<cmark_node*, int> note_numbers_;
};

// "packages/x" for "packages/x/": the form a Body's content_dir is kept in.
std::string ContentDirOf(std::string_view dir);

// The one parse of `text` with its links read against `content_dir`: made
// on the first call and kept in the text's slot, shared by its copies and
// safe to call from many threads. A text whose slot holds another text or
// folder gets a Body of its own.
std::shared_ptr<const Body> BodyOf(const MarkdownText& text, std::string_view content_dir);

}  // namespace klynge
