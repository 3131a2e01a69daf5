#pragma once
// Skeleton text left in what will be published: `klynge new` writes phrases
// such as "Beskriv målepunktet" where the author's words belong.

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "model/catalog.h"

namespace klynge {

// A warning at file:line:col for every skeleton placeholder in a published
// package's files, story or free page (drafts are not published yet).
void CheckPlaceholders(const ContentTree& tree, const Catalog& catalog, Diagnostics* diags);

}  // namespace klynge
