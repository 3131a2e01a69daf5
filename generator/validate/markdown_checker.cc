#include "validate/markdown_checker.h"

#include <vector>

#include "markdown/markdown_facts.h"
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
                   Diagnostics* diags, MarkdownCache* cache) {
  if (text.empty()) return;
  // A .md body was read by the loader; a Markdown value in YAML is read here.
  std::shared_ptr<const MarkdownFacts> facts = FactsOf(text, cache, base_dir);
  if (Report(facts->problems, text, tree, diags)) return;
  CheckMarkdownLinks(text, facts->links, base_dir, tree, diags);
  // The PDFs tag an image as a Figure whose alternative text is the image's
  // description; without one it is printed as decoration, unseen by a screen reader.
  for (const MarkdownLink& link : facts->links)
    if (link.image && link.no_alt)
      diags->Warning(MarkdownFileLocation(text, link.line, link.column, tree),
                     "image " + link.url + " has no alternative text: write what it shows in ![…](" + link.url + ")");
}

}  // namespace klynge
