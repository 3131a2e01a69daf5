#include "validate/validator.h"

#include "validate/package_validator.h"
#include "validate/site_validator.h"

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
  return catalog;
}

}  // namespace klynge
