#include "render/html/search_index.h"

#include "markdown/markdown_facts.h"
#include "render/html/json_text.h"
#include "render/html/package_page.h"
#include "render/html/page.h"
#include "render/html/site_paths.h"
#include "render/html/story_pages.h"

namespace klynge {

namespace {

struct IndexedText {
  std::string text;             // the body as plain text, cut short
  std::string first_paragraph;  // for the summary of a package without one
};

// The loader read every .md body's text once (MarkdownFacts); a body made
// in a test without it is read here.
IndexedText BodyText(const MarkdownText& body) {
  IndexedText out;
  if (body.empty()) return out;
  std::shared_ptr<const MarkdownFacts> facts = FactsOf(body);
  // Body text is searched, but a long page need not make the index heavy.
  out.text = ShortText(facts->index_text, kMaxIndexedText);
  out.first_paragraph = facts->first_paragraph;
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
  SetBreadcrumbs(&page, {{ctx.site.title, ""}, {page.title, page.dir}});
  return page;
}

std::string SearchIndexScript(const IndexContext& ctx) {
  // Keys in the order nlohmann::json's sorted objects wrote them.
  std::string json = "[";
  auto entry = [&](std::string_view kind, const std::string& question, const std::string& summary,
                   const std::vector<std::string>& tags, const std::string& body, const std::string& title,
                   const std::string& topic, const std::string& url) {
    if (json.size() > 1) json += ',';
    json += "{\"kind\":";
    AppendJsonString(&json, kind);
    json += ",\"question\":";
    AppendJsonString(&json, question);
    json += ",\"summary\":";
    AppendJsonString(&json, summary);
    json += ",\"tags\":[";
    for (size_t t = 0; t < tags.size(); ++t) {
      if (t) json += ',';
      AppendJsonString(&json, tags[t]);
    }
    json += "],\"text\":";
    AppendJsonString(&json, body);
    json += ",\"title\":";
    AppendJsonString(&json, title);
    json += ",\"topic\":";
    AppendJsonString(&json, topic);
    json += ",\"url\":";
    AppendJsonString(&json, url);
    json += '}';
  };
  for (const Package* p : ctx.published) {
    IndexedText body = BodyText(p->body);
    entry("package", p->question, ShortText(p->summary.empty() ? body.first_paragraph : p->summary, 300),
          p->tags, body.text, Marked(ctx, p->title, p->draft), p->topic, PackageDir(p->slug) + "index.html");
  }
  for (const Story* s : ctx.stories)
    entry("story", "", ShortText(StorySummary(*s), 300), {}, BodyText(s->body).text, Marked(ctx, s->title, s->draft),
          s->cluster, StoryDir(s->slug) + "index.html");
  // A free page ("Sådan bestiller du", the accessibility statement) is found as a package is.
  for (const FreePage* p : ctx.catalog.PublishedPages()) {
    IndexedText body = BodyText(p->body);
    entry("page", "", ShortText(p->summary.empty() ? body.first_paragraph : p->summary, 300), {}, body.text,
          Marked(ctx, p->title, p->draft), "", FreePageDir(p->slug) + "index.html");
  }
  json += ']';
  // A script that sets a global rather than a JSON file to fetch(): browsers
  // refuse fetch() and XHR on file:// pages, and the site must also work
  // opened straight from the output folder. '<' is escaped so the data can
  // never close a <script> element, should a theme ever inline it.
  std::string safe = std::move(json);
  return "// The search index of soeg/index.html, made by klynge.\n"
         "window.KLYNGE_SEARCH_INDEX = " + safe + ";\n";
}

}  // namespace klynge
