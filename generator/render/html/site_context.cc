#include "render/html/site_context.h"

#include "render/html/page.h"

namespace klynge {

SiteContext::SiteContext(const Catalog& catalog, const Theme& theme,
                         const PackageDocuments& documents)
    : catalog(catalog),
      theme(theme),
      documents(documents),
      lang(LanguageFromCode(catalog.site.language)),
      published(catalog.PublishedPackages()),
      strings(NewObject()),
      shared(NewObject()) {
  for (const Package* p : published) published_slugs.insert(p->slug);
  for (const auto& [key, value] : theme.strings) strings.set(key, value);
  const Site& site = catalog.site;
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
      "search_page_label", "not_found_title",     "not_found_text",      "catalog_lead"};
  return keys;
}

}  // namespace klynge
