#pragma once
// Which packages are published: the one thing every renderer knows of the
// whole catalog, since a link to a package resolves only when it is.

#include <memory>
#include <set>
#include <string>

#include "model/catalog.h"

namespace klynge {

// The slugs of the published packages, shared by the inputs of one build.
using SlugSet = std::shared_ptr<const std::set<std::string>>;

SlugSet PublishedSlugs(const Catalog& catalog);

}  // namespace klynge
