#include "render/html/site_context.h"

#include <algorithm>

#include "render/html/page.h"

namespace klynge {

FreePageLinks FreePageLinksOf(const Catalog& catalog) {
  std::vector<const FreePage*> menu, footer;
  for (const FreePage* p : catalog.PublishedPages()) (p->menu ? menu : footer).push_back(p);
  std::stable_sort(menu.begin(), menu.end(), [](const FreePage* a, const FreePage* b) {
    if (*a->menu != *b->menu) return *a->menu < *b->menu;
    return a->title < b->title;
  });
  std::stable_sort(footer.begin(), footer.end(), [](const FreePage* a, const FreePage* b) { return a->title < b->title; });
  FreePageLinks links;
  for (const FreePage* p : menu) links.menu.push_back({p->slug, p->title});
  for (const FreePage* p : footer) links.footer.push_back({p->slug, p->title});
  return links;
}

SiteContext::SiteContext(const Site& site, const Theme& theme, SlugSet published, FreePageLinks page_links)
    : site(site),
      theme(theme),
      lang(LanguageFromCode(site.language)),
      published_set(std::move(published)),
      published_slugs(*published_set),
      page_links(std::move(page_links)),
      strings(NewObject()),
      typography(TypographyFor(site.language, theme.strings)),
      shared(NewObject()) {
  for (const auto& [key, value] : theme.strings) strings.set(key, value);
  shared.set("lang", site.language);
  shared.set("t", strings);
  shared.set("site_title", site.title);
  shared.set("site_organisation", site.organisation);
  if (site.contact) {
    shared.set("site_contact", ContactData(*site.contact));
  } else {
    shared.set("site_contact", false);
  }
}

IndexContext::IndexContext(const Catalog& catalog, const Theme& theme, const PackageDocuments& documents,
                           SlugSet published)
    : SiteContext(catalog.site, theme, std::move(published), FreePageLinksOf(catalog)),
      catalog(catalog),
      documents(documents),
      published(catalog.PublishedPackages()),
      stories(catalog.PublishedStories()) {}

std::string SiteContext::Ui(const std::string& key) const {
  auto it = theme.strings.find(key);
  return it == theme.strings.end() ? key : it->second;
}

const std::vector<std::string>& UiKeysUsedByCode() {
  static const std::vector<std::string> keys = {
      "nav_catalog",       "nav_stories",         "nav_search",          "order_before",
      "better_lower",      "better_higher",       "material_slides",     "material_video",
      "material_podcast",  "material_handout",    "material_questionnaire", "material_other",
      "program_breadcrumb", "program_description", "seating_mixed",      "seating_practice",
      "drejebog_title",    "drejebog_description", "drejebog_audience", "drejebog_lead", "phase_before",       "phase_during",
      "phase_after",       "stories",             "stories_lead",        "search_title",
      "search_page_label", "not_found_title",     "not_found_text",      "catalog_lead",
      "feed_subtitle",     "order_subject",       "topic_lead",          "tag_lead",
      "topic",             "tag",                 "package_one",         "package_many",
      "draft_mark"};
  return keys;
}

}  // namespace klynge
