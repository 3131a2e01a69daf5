#include "render/html/markdown_html.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <vector>

#include "markdown/markdown_facts.h"
#include "markdown/parsed_markdown.h"

namespace klynge {

namespace {

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s->find(from, pos)) != std::string::npos; pos += to.size())
    s->replace(pos, from.size(), to);
}

// Removed nodes go to doc->Discard, never cmark_node_free: the nodes still in
// the tree may point into their memory, and the lists below may still name
// a node inside a removed one (an image in an image's description).

// Moves the children of `node` in front of it and removes it: a link that must
// not be published keeps its text.
void Unwrap(ParsedMarkdown* doc, cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) {
    cmark_node_unlink(child);
    cmark_node_insert_before(node, child);
  }
  doc->Discard(node);
}

void ReplaceWithText(ParsedMarkdown* doc, cmark_node* node, const std::string& text) {
  cmark_node* replacement = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(replacement, text.c_str());
  cmark_node_insert_before(node, replacement);
  doc->Discard(node);
}

// cmark renders headings without ids, and safe mode suppresses raw HTML; a
// custom block's enter/exit text is ours, not the author's, so it is the one
// way to put an id on the heading while the author's text stays escaped.
std::string ReplaceHeading(ParsedMarkdown* doc, cmark_node* heading, int level, const std::string& id) {
  std::string open = "<h" + std::to_string(level) + " id=\"" + id + "\">";
  std::string close = "</h" + std::to_string(level) + ">\n";
  cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
  cmark_node_set_on_enter(block, open.c_str());
  cmark_node_set_on_exit(block, close.c_str());
  while (cmark_node* child = cmark_node_first_child(heading)) {
    cmark_node_unlink(child);
    cmark_node_append_child(block, child);
  }
  cmark_node_insert_before(heading, block);
  // The heading's text and autolink URLs still live in its buffer.
  doc->Discard(heading);
  return open;
}

std::string FirstParagraphOf(cmark_node* root) {
  for (cmark_node* n = cmark_node_first_child(root); n; n = cmark_node_next(n))
    if (cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH) return PlainText(n);
  return "";
}

}  // namespace

MarkdownHtml RenderMarkdown(const MarkdownText& text, const LinkBase& base, AnchorIds* ids,
                            int top_level) {
  MarkdownHtml out;
  if (text.empty()) return out;
  ParsedMarkdown doc(text);
  std::vector<cmark_node*> headings, links, images;
  ForEachNode(doc.root(), [&](cmark_node* n) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_HEADING: headings.push_back(n); break;
      case CMARK_NODE_LINK: links.push_back(n); break;
      case CMARK_NODE_IMAGE: images.push_back(n); break;
      default: break;
    }
  });
  out.first_paragraph = FirstParagraphOf(doc.root());

  // Levels follow the nesting, not the author's numbers: the first heading
  // becomes <h`top_level`> and no level is skipped (the Nu Html Checker
  // rejects an h2 followed by an h4).
  std::set<std::string> heading_opens;
  std::vector<std::pair<int, int>> nesting;  // (author's level, published level)
  for (cmark_node* h : headings) {
    int authored = cmark_node_get_heading_level(h);
    while (!nesting.empty() && nesting.back().first >= authored) nesting.pop_back();
    int level = std::min(nesting.empty() ? top_level : nesting.back().second + 1, 6);
    nesting.emplace_back(authored, level);
    heading_opens.insert(ReplaceHeading(&doc, h, level, ids->Take(PlainText(h))));
  }
  for (cmark_node* link : links) {
    const char* url = cmark_node_get_url(link);
    std::optional<std::string> rewritten = RewriteContentUrl(url ? url : "", base);
    if (rewritten) {
      cmark_node_set_url(link, rewritten->c_str());
    } else {
      Unwrap(&doc, link);
    }
  }
  for (cmark_node* image : images) {
    const char* url = cmark_node_get_url(image);
    std::optional<std::string> rewritten = RewriteContentUrl(url ? url : "", base);
    if (rewritten) {
      cmark_node_set_url(image, rewritten->c_str());
    } else {
      ReplaceWithText(&doc, image, PlainText(image));
    }
  }

  // Safe mode: no CMARK_OPT_UNSAFE. Style attributes instead of the obsolete
  // align="" on table cells, which the Nu Html Checker rejects.
  int options = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
  char* html = cmark_render_html(doc.root(), options, doc.extensions());
  out.html = html;
  std::free(html);

  ReplaceAll(&out.html, "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ",
             "<span class=\"task-box checked\" aria-hidden=\"true\"></span>");
  ReplaceAll(&out.html, "<input type=\"checkbox\" disabled=\"\" /> ",
             "<span class=\"task-box\" aria-hidden=\"true\"></span>");
  // The custom blocks of the headings come out with a line break inside.
  for (int level = 1; level <= 6; ++level) {
    std::string h = std::to_string(level);
    ReplaceAll(&out.html, "\n</h" + h + ">", "</h" + h + ">");
  }
  for (const std::string& open : heading_opens) ReplaceAll(&out.html, open + "\n", open);
  // cmark writes XHTML-style void elements (<br />); plain HTML5 needs no slash.
  // Text and attribute values never hold a raw '>', so the replacement is safe.
  ReplaceAll(&out.html, " />", ">");
  ReplaceAll(&out.html, "<table>", "<div class=\"table-scroll\"><table>");
  ReplaceAll(&out.html, "</table>", "</table></div>");
  return out;
}

std::string FirstParagraph(const MarkdownText& text) {
  if (text.empty()) return "";
  return FactsOf(text)->first_paragraph;
}

}  // namespace klynge
