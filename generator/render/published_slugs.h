#pragma once
// Which packages are published: the one thing every renderer knows of the
// whole catalog, since a link to a package resolves only when it is.

#include <memory>
#include <set>
#include <string>

#include "model/catalog.h"

namespace klynge {

// The slugs of the published packages, shared by the inputs of one build;
// besides them, "draft:stories/<slug>" and "draft:pages/<slug>" for each
// story and free page left out as a draft, so that links to it are left out
// too (a slug never holds ':', so neither kind is taken for the other). A
// build without such drafts has only package slugs here: adding a story
// does not change the key of every unit that resolves links.
using SlugSet = std::shared_ptr<const std::set<std::string>>;

SlugSet PublishedSlugs(const Catalog& catalog);

// The entry of SlugSet that marks the story or free page `path`
// ("stories/<slug>", "pages/<slug>") as an unpublished draft.
std::string HiddenDraftKey(const std::string& path);

}  // namespace klynge
