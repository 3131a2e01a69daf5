#pragma once
// What every page builder needs: the site's settings, the theme's strings,
// the language for dates and numbers, and which packages are published. The
// site-wide pages (catalog, stories, search) read the whole catalog besides:
// IndexContext.

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "markdown/typography.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/format.h"
#include "render/html/html_templates.h"
#include "render/published_document.h"
#include "render/published_slugs.h"

namespace klynge {

// A free page as every page's navigation or footer links it.
struct FreePageLink {
  std::string slug;
  std::string title;

  auto Fields() const { return std::tie(slug, title); }
};

// The free pages every page links: those with `menu` in the main navigation
// (by menu, then title), the rest in the footer (by title).
struct FreePageLinks {
  std::vector<FreePageLink> menu;
  std::vector<FreePageLink> footer;

  auto Fields() const { return std::tie(menu, footer); }
};

FreePageLinks FreePageLinksOf(const Catalog& catalog);

struct SiteContext {
  SiteContext(const Site& site, const Theme& theme, SlugSet published, FreePageLinks page_links = {});

  const Site& site;
  const Theme& theme;
  Language lang;
  SlugSet published_set;
  const std::set<std::string>& published_slugs;  // *published_set
  FreePageLinks page_links;
  TemplateData strings;  // the theme's UI strings, as {{t.key}}
  Typography typography;  // how quotes and footnotes in content print
  // What every page shows alike ({{t.key}}, the site's name, contact, lang):
  // made once and looked up beneath each page's own data, not copied into it.
  TemplateData shared;

  // The UI string `key`, or the key itself when the theme lacks it (a test
  // checks that both languages have every key the code asks for).
  std::string Ui(const std::string& key) const;
  bool IsPublished(const std::string& slug) const { return published_slugs.count(slug) > 0; }
};

// The site-wide pages' context: every package, story and listed PDF.
struct IndexContext : SiteContext {
  IndexContext(const Catalog& catalog, const Theme& theme, const PackageDocuments& documents, SlugSet published);

  const Catalog& catalog;
  const PackageDocuments& documents;
  std::vector<const Package*> published;  // catalog order
  std::vector<const Story*> stories;      // the published ones, newest first
};

// The UI string keys the C++ code asks for (not the templates), for that test.
const std::vector<std::string>& UiKeysUsedByCode();

}  // namespace klynge
