#include "render/published_slugs.h"

namespace klynge {

SlugSet PublishedSlugs(const Catalog& catalog) {
  auto slugs = std::make_shared<std::set<std::string>>();
  for (const Package* p : catalog.PublishedPackages()) slugs->insert(p->slug);
  for (const Story& s : catalog.stories)
    if (!catalog.Shows(s.draft)) slugs->insert(HiddenDraftKey("stories/" + s.slug));
  for (const FreePage& p : catalog.pages)
    if (!catalog.Shows(p.draft)) slugs->insert(HiddenDraftKey("pages/" + p.slug));
  return slugs;
}

std::string HiddenDraftKey(const std::string& path) { return "draft:" + path; }

}  // namespace klynge
