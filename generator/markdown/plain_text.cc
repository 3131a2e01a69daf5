#include "markdown/plain_text.h"

#include <cstdlib>
#include <vector>

#include "markdown/parsed_markdown.h"

namespace klynge {

std::string MarkdownToPlainText(const MarkdownText& text) {
  if (text.text.empty()) return "";
  ParsedMarkdown doc(text);
  std::vector<cmark_node*> links;
  ForEachNode(doc.root(), [&](cmark_node* node) {
    if (cmark_node_get_type(node) == CMARK_NODE_LINK) links.push_back(node);
  });
  for (cmark_node* link : links) {
    const char* url = cmark_node_get_url(link);
    if (!url || !*url) continue;
    std::string address = url;
    if (address.starts_with("mailto:") || address.starts_with("tel:")) address.erase(0, address.find(':') + 1);
    if (PlainText(link) == address || PlainText(link) == url) continue;  // it already reads as itself
    cmark_node* after = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(after, (" (" + address + ")").c_str());
    cmark_node_insert_after(link, after);
  }
  char* rendered = cmark_render_plaintext(doc.root(), CMARK_OPT_DEFAULT, 0);
  std::string out = rendered ? rendered : "";
  std::free(rendered);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace klynge
