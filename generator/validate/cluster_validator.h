#pragma once
// clusters/<slug>/: cluster.yaml and its CSV data files against the content format.

#include <optional>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "model/cluster.h"
#include "model/package.h"

namespace klynge {

// One cluster's edition, or nullopt when it has errors (all of them reported).
// `packages` are the validated packages; a package folder that exists in
// `tree` but failed validation is not reported again. A meeting before
// `today` (the build's date, when known) is a warning.
std::optional<ClusterEdition> ValidateCluster(const ClusterSource& source, const ContentTree& tree,
                                              const std::vector<Package>& packages,
                                              Diagnostics* diags, std::optional<Date> today = std::nullopt);

}  // namespace klynge
