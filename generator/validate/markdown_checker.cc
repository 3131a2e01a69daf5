#include "validate/markdown_checker.h"

#include <vector>

#include "markdown/markdown_limits.h"
#include "markdown/parsed_markdown.h"
#include "validate/link_checker.h"
#include "validate/markdown_position.h"

namespace klynge {

namespace {

// Reports `problems` at their file positions; true when there were any.
bool Report(const std::vector<MarkdownLimitProblem>& problems, const MarkdownText& text,
            const ContentTree& tree, Diagnostics* diags) {
  for (const MarkdownLimitProblem& p : problems)
    diags->Error(MarkdownFileLocation(text, p.line, p.column, tree), p.message);
  return !problems.empty();
}

}  // namespace

void CheckMarkdown(const MarkdownText& text, std::string_view base_dir, const ContentTree& tree,
                   Diagnostics* diags) {
  if (text.empty()) return;
  // Text over a limit is not parsed (or not checked further): cmark-gfm is
  // quadratic on some of it, and nothing over a limit is built anyway.
  if (Report(CheckMarkdownSource(text.text), text, tree, diags)) return;
  ParsedMarkdown doc(text);
  if (Report(CheckMarkdownTree(doc.root()), text, tree, diags)) return;
  CheckMarkdownLinks(doc, base_dir, tree, diags);
}

}  // namespace klynge
