#include "render/html/search_index.h"

#include <nlohmann/json.hpp>

#include "base/parallel.h"
#include "markdown/parsed_markdown.h"
#include "render/html/package_page.h"
#include "render/html/site_paths.h"
#include "render/html/story_pages.h"

namespace klynge {

namespace {

// Body text is searched, but a long page need not make the index heavy.
constexpr size_t kMaxIndexedText = 4000;

struct IndexedText {
  std::string text;             // the body as plain text, cut short
  std::string first_paragraph;  // for the summary of a package without one
};

// One parse for both: parsing the bodies is most of the index's cost.
IndexedText BodyText(const MarkdownText& body) {
  IndexedText out;
  if (body.empty()) return out;
  ParsedMarkdown doc(body);
  bool found_paragraph = false;
  for (cmark_node* n = cmark_node_first_child(doc.root()); n; n = cmark_node_next(n)) {
    std::string plain = PlainText(n);
    if (!found_paragraph && cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH) {
      out.first_paragraph = plain;
      found_paragraph = true;
    }
    if (out.text.size() > kMaxIndexedText) {
      if (found_paragraph) break;
      continue;
    }
    if (!out.text.empty()) out.text += ' ';
    out.text += plain;
  }
  out.text = ShortText(out.text, kMaxIndexedText);
  return out;
}

}  // namespace

Page SearchPage(const SiteContext& ctx) {
  Page page = NewPage(kSearchDir, "search");
  page.title = ctx.Ui("search_title");
  page.description = ctx.Ui("search_page_label");
  page.nav_current = "search";
  page.in_sitemap = false;  // no content of its own
  // The index first: search.js reads the global it assigns.
  page.scripts = {kSearchIndexPath, std::string(kStaticDir) + "search.js"};
  SetBreadcrumbs(&page, {{ctx.catalog.site.title, ""}, {page.title, page.dir}});
  return page;
}

std::string SearchIndexScript(const SiteContext& ctx, unsigned threads) {
  // Parsing the bodies is the cost; it is done side by side.
  std::vector<std::string> text(ctx.published.size()), summary(ctx.published.size());
  ParallelFor(ctx.published.size(), threads, [&](size_t i) {
    const Package& p = *ctx.published[i];
    IndexedText body = BodyText(p.body);
    text[i] = std::move(body.text);
    summary[i] = ShortText(p.summary.empty() ? body.first_paragraph : p.summary, 300);
  });
  nlohmann::json entries = nlohmann::json::array();
  for (size_t i = 0; i < ctx.published.size(); ++i) {
    const Package* p = ctx.published[i];
    nlohmann::json tags = nlohmann::json::array();
    for (const std::string& tag : p->tags) tags.push_back(tag);
    entries.push_back({{"kind", "package"},
                       {"title", p->title},
                       {"url", PackageDir(p->slug) + "index.html"},
                       {"topic", p->topic},
                       {"question", p->question},
                       {"summary", std::move(summary[i])},
                       {"tags", tags},
                       {"text", std::move(text[i])}});
  }
  for (const Story& s : ctx.catalog.stories) {
    entries.push_back({{"kind", "story"},
                       {"title", s.title},
                       {"url", StoryDir(s.slug) + "index.html"},
                       {"topic", s.cluster},
                       {"question", ""},
                       {"summary", ShortText(StorySummary(s), 300)},
                       {"tags", nlohmann::json::array()},
                       {"text", BodyText(s.body).text}});
  }
  // A script that sets a global rather than a JSON file to fetch(): browsers
  // refuse fetch() and XHR on file:// pages, and the site must also work
  // opened straight from the output folder. '<' is escaped so the data can
  // never close a <script> element, should a theme ever inline it.
  std::string json = entries.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string safe;
  safe.reserve(json.size());
  for (char c : json) {
    if (c == '<') {
      safe += "\\u003c";
    } else {
      safe += c;
    }
  }
  return "// The search index of soeg/index.html, made by klynge.\n"
         "window.KLYNGE_SEARCH_INDEX = " + safe + ";\n";
}

}  // namespace klynge
