#pragma once
// Checks a loaded content tree against the content format and builds the model.

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "model/catalog.h"

namespace klynge {

// Every rule of the content format; all problems go to `diags`. The catalog
// holds what was valid; it must not be published when diags has errors.
Catalog Validate(const ContentTree& tree, Diagnostics* diags);

}  // namespace klynge
