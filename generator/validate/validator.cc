#include "validate/validator.h"

#include "validate/cluster_validator.h"
#include "validate/package_validator.h"
#include "validate/site_validator.h"
#include "validate/story_validator.h"

namespace klynge {

Catalog Validate(const ContentTree& tree, Diagnostics* diags) {
  Catalog catalog;
  if (tree.site) {
    if (std::optional<Site> site = ValidateSite(*tree.site, diags)) catalog.site = *site;
  }
  PackageContext context{&tree, catalog.site.topics, PackageSlugs(tree)};
  for (const PackageSource& source : tree.packages)  // already sorted by slug
    if (std::optional<Package> pkg = ValidatePackage(source, context, diags))
      catalog.packages.push_back(std::move(*pkg));
  for (const StorySource& source : tree.stories)
    if (std::optional<Story> story = ValidateStory(source, tree, context.package_slugs, diags))
      catalog.stories.push_back(std::move(*story));
  SortStories(&catalog.stories);
  // Clusters check their data against the validated packages' indicators.
  for (const ClusterSource& source : tree.clusters)  // already sorted by slug
    if (std::optional<ClusterEdition> cluster = ValidateCluster(source, tree, catalog.packages, diags))
      catalog.clusters.push_back(std::move(*cluster));
  return catalog;
}

}  // namespace klynge
