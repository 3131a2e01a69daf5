#pragma once
// One HTML page of the site: which template, where, and its data; and the
// data every page shares (header, footer, canonical link, UI strings).

#include <string>
#include <utility>
#include <vector>

#include "model/site.h"
#include "render/html/html_templates.h"
#include "render/html/site_context.h"

namespace klynge {

struct Page {
  std::string file;           // site path of the HTML file: "pakker/x/index.html"
  std::string dir;            // site folder relative URLs start from: "pakker/x/"
  std::string template_name;  // "package"
  std::string title;          // the page's own title; "" on the front page
  std::string description;    // meta description
  std::string nav_current;    // "catalog", "stories", "search", "page:<slug>" or ""
  std::string lastmod;        // sitemap.xml's <lastmod>: the content's newest date (ISO), "" when it has none
  bool in_sitemap = true;
  bool draft = false;  // a draft's page, shown by `serve --drafts`: the layout puts a banner on it
  // Set on pages served at any depth (404.html): URLs are made absolute from it.
  std::string absolute_base;
  std::vector<std::string> scripts;  // site paths
  TemplateData data = NewObject();

  // The URL of the site path `target` as written on this page.
  std::string Url(const std::string& target) const;
};

// A page published as <dir>index.html.
Page NewPage(const std::string& dir, const std::string& template_name);

// Adds the breadcrumb trail: (label, site path) pairs; the last is the page itself.
void SetBreadcrumbs(Page* page, const std::vector<std::pair<std::string, std::string>>& trail);

// Adds the page's own keys that the layout and every page template use
// (the site-wide ones are SiteContext::shared).
void AddCommonData(const SiteContext& ctx, Page* page);

// The page's HTML file: its template rendered into the layout.
std::string RenderPage(const SiteContext& ctx, HtmlTemplates* templates, Page* page);

// `title` after the theme's "Kladde: " when `draft` (a draft that `serve
// --drafts` lists), else as it is: for the search index and the feed.
std::string Marked(const SiteContext& ctx, const std::string& title, bool draft);

// Contact details as template data ({email, email_url, phone, phone_url}).
TemplateData ContactData(const Contact& contact);

// `text` with each space after a digit made a no-break space (U+00A0), so a
// number never parts from its unit at a line break: "35 kB", "2 timer og 30 min.".
std::string KeepUnitsTogether(const std::string& text);

// `text` cut at a word boundary to about `limit` bytes, with "…" when cut.
std::string ShortText(const std::string& text, size_t limit = 200);

}  // namespace klynge
