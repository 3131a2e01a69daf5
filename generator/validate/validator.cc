#include "validate/validator.h"

#include <vector>

#include "base/parallel.h"

#include "validate/cluster_validator.h"
#include "validate/package_validator.h"
#include "validate/site_validator.h"
#include "validate/story_validator.h"

namespace klynge {

Catalog Validate(const ContentTree& tree, Diagnostics* diags, ValidateOptions options) {
  Catalog catalog;
  if (tree.site) {
    if (std::optional<Site> site = ValidateSite(*tree.site, diags)) catalog.site = *site;
  }
  PackageContext context{&tree, catalog.site.topics, PackageSlugs(tree), options.markdown_cache};
  // Each package on its own Diagnostics, appended in slug order, so that
  // what is reported does not depend on the threads.
  std::vector<std::optional<Package>> packages(tree.packages.size());
  std::vector<Diagnostics> found(tree.packages.size());
  ParallelFor(tree.packages.size(), tree.packages.size() > 16 ? options.threads : 1, [&](size_t i) {
    packages[i] = ValidatePackage(tree.packages[i], context, &found[i]);
  });
  for (size_t i = 0; i < packages.size(); ++i) {  // already sorted by slug
    diags->Append(found[i]);
    if (packages[i]) catalog.packages.push_back(std::move(*packages[i]));
  }
  for (const StorySource& source : tree.stories)
    if (std::optional<Story> story = ValidateStory(source, tree, context.package_slugs, diags))
      catalog.stories.push_back(std::move(*story));
  SortStories(&catalog.stories);
  // Clusters check their data against the validated packages' indicators.
  std::vector<std::optional<ClusterEdition>> clusters(tree.clusters.size());
  std::vector<Diagnostics> cluster_found(tree.clusters.size());
  ParallelFor(tree.clusters.size(), tree.clusters.size() > 4 ? options.threads : 1, [&](size_t i) {
    clusters[i] = ValidateCluster(tree.clusters[i], tree, catalog.packages, &cluster_found[i]);
  });
  for (size_t i = 0; i < clusters.size(); ++i) {  // already sorted by slug
    diags->Append(cluster_found[i]);
    if (clusters[i]) catalog.clusters.push_back(std::move(*clusters[i]));
  }
  return catalog;
}

}  // namespace klynge
