#include "render/html/markdown_html.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>
#include <vector>

#include "markdown/body.h"
#include "markdown/markdown_facts.h"
#include "markdown/typography.h"

namespace klynge {

namespace {

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s->find(from, pos)) != std::string::npos; pos += to.size())
    s->replace(pos, from.size(), to);
}

// The Body is shared with the PDFs and other threads, so its tree is never
// edited: cmark renders it as it is, and its tags are then rewritten in
// document order. In safe mode every "<h2>", "<a href=\"" and "<img src=\""
// in cmark's output is one it wrote for a node (the author's raw HTML is
// omitted and text is escaped), so the k-th such tag is the k-th heading,
// link or image of the tree; links and images inside an image's description
// are only text there.

// cmark's own escaping of `url` as an href value.
std::string EscapedUrl(const std::string& url) {
  cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
  cmark_node_set_url(link, url.c_str());
  char* html = cmark_render_html(link, CMARK_OPT_DEFAULT, nullptr);
  std::string tag = html;
  std::free(html);
  cmark_node_free(link);
  size_t start = tag.find('"') + 1;
  return tag.substr(start, tag.find('"', start) - start);
}

// cmark's own escaping of `text` as HTML text.
std::string EscapedText(const std::string& text) {
  cmark_node* node = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(node, text.c_str());
  char* html = cmark_render_html(node, CMARK_OPT_DEFAULT, nullptr);
  std::string out = html;
  std::free(html);
  cmark_node_free(node);
  return out;
}

// The nodes whose tags cmark writes, each kind in document order.
struct Tagged {
  std::vector<cmark_node*> headings, links, images;
};

Tagged TaggedNodes(cmark_node* root) {
  Tagged out;
  int in_image = 0;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter);
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_IMAGE:
        if (ev == CMARK_EVENT_ENTER && in_image++ == 0) out.images.push_back(n);
        if (ev == CMARK_EVENT_EXIT) --in_image;
        break;
      case CMARK_NODE_LINK:
        if (ev == CMARK_EVENT_ENTER && in_image == 0) out.links.push_back(n);
        break;
      case CMARK_NODE_HEADING:
        if (ev == CMARK_EVENT_ENTER) out.headings.push_back(n);
        break;
      default: break;
    }
  }
  cmark_iter_free(iter);
  return out;
}

// Where the next "<hN>" starts at or after `from`, and its N; npos when none.
size_t NextHeadingTag(const std::string& html, size_t from, char* level) {
  for (size_t at = html.find("<h", from); at != std::string::npos; at = html.find("<h", at + 2)) {
    if (at + 3 < html.size() && html[at + 2] >= '1' && html[at + 2] <= '6' && html[at + 3] == '>') {
      *level = html[at + 2];
      return at;
    }
  }
  return std::string::npos;
}

// Gives the headings their published level and id: "<h2>" → "<h3 id=\"x\">".
void SetHeadings(std::string* html, const std::vector<std::pair<int, std::string>>& headings) {
  size_t at = 0;
  for (const auto& [level, id] : headings) {
    char written = 0;
    at = NextHeadingTag(*html, at, &written);
    if (at == std::string::npos) return;
    std::string n = std::to_string(level);
    std::string open = "<h" + n + " id=\"" + id + "\">";
    html->replace(at, 4, open);
    size_t close = html->find(std::string("</h") + written + ">", at + open.size());
    if (close == std::string::npos) return;
    html->replace(close, 5, "</h" + n + ">");
    at = close;
  }
}

// Where the `</a>` closing the `<a` tag that ends just before `from` starts.
size_t ClosingA(const std::string& html, size_t from) {
  int depth = 1;
  for (size_t at = from; at < html.size(); ++at) {
    if (html.compare(at, 9, "<a href=\"") == 0) ++depth;
    if (html.compare(at, 4, "</a>") == 0 && --depth == 0) return at;
  }
  return std::string::npos;
}

// True for the `<a …>` tag cmark writes for a footnote reference or back-link,
// which is no node of the tree's links. An author's href cannot hold '"'.
bool IsFootnoteAnchor(std::string_view tag) {
  return tag.find("\" data-footnote-ref") != std::string_view::npos ||
         tag.find("\" class=\"footnote-backref\"") != std::string_view::npos;
}

// Where the next `<a href="` of an author's link starts at or after `from`.
size_t NextAuthorLink(const std::string& html, size_t from) {
  for (size_t at = html.find("<a href=\"", from); at != std::string::npos; at = html.find("<a href=\"", at + 9)) {
    size_t end = html.find('>', at);
    if (end == std::string::npos) return std::string::npos;
    if (!IsFootnoteAnchor(std::string_view(html).substr(at, end - at))) return at;
  }
  return std::string::npos;
}

// cmark's footnote ids ("fn-1", "fnref-1") made unique on the page with
// `prefix` (from AnchorIds), the back-links labelled in the site's
// language, and the notes given a heading of `level`, so that a screen
// reader can find them and their list is named.
void SetFootnotes(std::string* html, const std::string& prefix, int level, const Typography& typography) {
  size_t section = html->find("<section class=\"footnotes\"");
  if (section == std::string::npos) return;
  ReplaceAll(html, "href=\"#fnref-", "href=\"#" + prefix + "-ref-");
  ReplaceAll(html, "id=\"fnref-", "id=\"" + prefix + "-ref-");
  ReplaceAll(html, "href=\"#fn-", "href=\"#" + prefix + "-");
  ReplaceAll(html, "<li id=\"fn-", "<li id=\"" + prefix + "-");
  ReplaceAll(html, "aria-label=\"Back to reference ", "aria-label=\"" + EscapedText(typography.back_to_note) + " ");
  section = html->find("<section class=\"footnotes\"");
  size_t open_end = html->find('>', section);
  if (open_end == std::string::npos) return;
  std::string n = std::to_string(level);
  std::string heading_id = prefix + "-noter";
  html->replace(section, open_end + 1 - section,
                "<section class=\"footnotes\" aria-labelledby=\"" + heading_id + "\">\n<h" + n + " id=\"" +
                    heading_id + "\" class=\"footnotes-heading\">" + EscapedText(typography.notes_heading) +
                    "</h" + n + ">");
}

// Each link's href set to its published URL, or the link unwrapped to its text.
void SetLinks(std::string* html, const Body& body, const std::vector<cmark_node*>& links, const LinkBase& base) {
  size_t at = 0;
  for (cmark_node* link : links) {
    at = NextAuthorLink(*html, at);
    if (at == std::string::npos) return;
    size_t end = html->find('>', at);
    if (end == std::string::npos) return;
    const BodyLink* l = body.LinkAt(link);
    std::optional<std::string> url = l ? UrlFor(l->target, base) : std::nullopt;
    if (!url) {
      html->erase(at, end + 1 - at);
      size_t close = ClosingA(*html, at);
      if (close != std::string::npos) html->erase(close, 4);
      continue;
    }
    if (*url != l->target.url) {
      size_t value = at + 9;
      html->replace(value, html->find('"', value) - value, EscapedUrl(*url));
    }
    at += 9;
  }
}

// Each image's src set to its published URL, or the image replaced by its text.
void SetImages(std::string* html, const Body& body, const std::vector<cmark_node*>& images, const LinkBase& base) {
  size_t at = 0;
  for (cmark_node* image : images) {
    at = html->find("<img src=\"", at);
    if (at == std::string::npos) return;
    size_t end = html->find('>', at);
    if (end == std::string::npos) return;
    const BodyLink* l = body.LinkAt(image);
    std::optional<std::string> url = l ? UrlFor(l->target, base) : std::nullopt;
    if (!url) {
      std::string text = EscapedText(PlainText(image));
      html->replace(at, end + 1 - at, text);
      at += text.size();
      continue;
    }
    if (*url != l->target.url) {
      size_t value = at + 10;
      html->replace(value, html->find('"', value) - value, EscapedUrl(*url));
    }
    at += 10;
  }
}

// The name of the tag starting at `tag` ("p" for "<p>" and "</p>"), lower case.
std::string TagName(std::string_view tag) {
  size_t at = tag.starts_with("</") ? 2 : 1;
  std::string name;
  while (at < tag.size() && std::isalnum(static_cast<unsigned char>(tag[at])))
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[at++])));
  return name;
}

bool StartsBlock(const std::string& name) {
  static const std::set<std::string> kBlocks = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
                                                "blockquote", "ul", "ol", "pre", "div", "table", "tr",
                                                "section", "hr"};
  return kBlocks.count(name) > 0;
}

// Typographic quotes and dashes in the text of cmark's `html` (see
// markdown/typography.h), as the PDF prints them: not in tags, code or an
// autolink's text (its URL). In safe mode text holds no raw '<', and cmark
// writes a straight double quote in text as "&quot;".
void TypesetText(std::string* html, const Typography& quotes) {
  const std::string& in = *html;
  std::string out;
  out.reserve(in.size() + in.size() / 16);
  std::string recent;  // the end of the text printed since the block began
  int in_code = 0;
  size_t i = 0;
  while (i < in.size()) {
    if (in[i] == '<') {
      size_t end = in.find('>', i);
      if (end == std::string::npos) end = in.size() - 1;
      std::string_view tag(in.data() + i, end + 1 - i);
      std::string name = TagName(tag);
      bool closing = tag.starts_with("</");
      if (name == "code") in_code += closing ? -1 : 1;
      if (StartsBlock(name)) recent.clear();
      if (name == "a" && !closing) {
        // An autolink's text is its URL: copied as written.
        size_t href = tag.find("href=\"");
        size_t close = in.find("</a>", end);
        if (href != std::string_view::npos && close != std::string::npos) {
          std::string_view url = tag.substr(href + 6, tag.find('"', href + 6) - href - 6);
          std::string_view text(in.data() + end + 1, close - end - 1);
          if (text == url || "mailto:" + std::string(text) == url || "http://" + std::string(text) == url) {
            out.append(in, i, close + 4 - i);
            recent = "x";
            i = close + 4;
            continue;
          }
        }
      }
      out.append(tag);
      i = end + 1;
      continue;
    }
    size_t next = std::min(in.find('<', i), in.size());
    std::string text = in.substr(i, next - i);
    i = next;
    if (in_code > 0) {
      out += text;
      continue;
    }
    ReplaceAll(&text, "&quot;", "\"");
    ReplaceAll(&text, "&#39;", "'");
    std::string typeset = Typeset(text, recent, quotes);
    out += typeset;
    recent += typeset;
    if (recent.size() > 16) recent.erase(0, recent.size() - 16);
  }
  *html = std::move(out);
}

std::string FirstParagraphOf(cmark_node* root) {
  for (cmark_node* n = cmark_node_first_child(root); n; n = cmark_node_next(n))
    if (cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH) return PlainText(n);
  return "";
}

}  // namespace

MarkdownHtml RenderMarkdown(const MarkdownText& text, const LinkBase& base, AnchorIds* ids,
                            int top_level, const Typography& typography) {
  MarkdownHtml out;
  if (text.empty()) return out;
  std::shared_ptr<const Body> body = BodyOf(text, base.content_dir);
  Tagged tagged = TaggedNodes(body->root());
  out.first_paragraph = FirstParagraphOf(body->root());

  // Levels follow the nesting, not the author's numbers: the first heading
  // becomes <h`top_level`> and no level is skipped (the Nu Html Checker
  // rejects an h2 followed by an h4).
  std::vector<std::pair<int, std::string>> headings;  // published level and id
  std::vector<std::pair<int, int>> nesting;  // (author's level, published level)
  for (cmark_node* h : tagged.headings) {
    int authored = cmark_node_get_heading_level(h);
    while (!nesting.empty() && nesting.back().first >= authored) nesting.pop_back();
    int level = std::min(nesting.empty() ? top_level : nesting.back().second + 1, 6);
    nesting.emplace_back(authored, level);
    headings.emplace_back(level, ids->Take(PlainText(h)));
  }

  // Safe mode: no CMARK_OPT_UNSAFE. Style attributes instead of the obsolete
  // align="" on table cells, which the Nu Html Checker rejects.
  int options = CMARK_OPT_DEFAULT | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
  char* html = cmark_render_html(body->root(), options, body->extensions());
  out.html = html;
  std::free(html);
  SetHeadings(&out.html, headings);
  SetLinks(&out.html, *body, tagged.links, base);
  SetImages(&out.html, *body, tagged.images, base);
  if (out.html.find("<section class=\"footnotes\"") != std::string::npos)
    SetFootnotes(&out.html, ids->Take("fodnote"), top_level, typography);
  TypesetText(&out.html, typography);

  ReplaceAll(&out.html, "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ",
             "<span class=\"task-box checked\" aria-hidden=\"true\"></span>");
  ReplaceAll(&out.html, "<input type=\"checkbox\" disabled=\"\" /> ",
             "<span class=\"task-box\" aria-hidden=\"true\"></span>");
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
