#include "validate/validator.h"

#include "validate/site_validator.h"

namespace klynge {

Catalog Validate(const ContentTree& tree, Diagnostics* diags) {
  Catalog catalog;
  if (tree.site) {
    if (std::optional<Site> site = ValidateSite(*tree.site, diags)) catalog.site = *site;
  }
  return catalog;
}

}  // namespace klynge
