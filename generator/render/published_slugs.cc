#include "render/published_slugs.h"

namespace klynge {

SlugSet PublishedSlugs(const Catalog& catalog) {
  auto slugs = std::make_shared<std::set<std::string>>();
  for (const Package* p : catalog.PublishedPackages()) slugs->insert(p->slug);
  return slugs;
}

}  // namespace klynge
