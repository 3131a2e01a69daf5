#include "validate/validator.h"

#include <optional>
#include <type_traits>
#include <vector>

#include "base/parallel.h"

#include "validate/cluster_validator.h"
#include "validate/free_page_validator.h"
#include "validate/package_validator.h"
#include "validate/placeholder_checker.h"
#include "validate/site_validator.h"
#include "validate/story_validator.h"

namespace klynge {

namespace {

// validate(source, diags) for each source, side by side on up to `threads`
// threads once there are more than `serial_below`; each on its own
// Diagnostics, appended in the sources' (slug) order, so that what is
// reported does not depend on the threads. The values it returned.
template <typename Source, typename Validate>
auto ValidateEach(const std::vector<Source>& sources, unsigned threads, size_t serial_below,
                  Diagnostics* diags, Validate validate) {
  using Value = typename std::invoke_result_t<Validate, const Source&, Diagnostics*>::value_type;
  std::vector<std::optional<Value>> values(sources.size());
  std::vector<Diagnostics> found(sources.size());
  ParallelFor(sources.size(), sources.size() > serial_below ? threads : 1,
              [&](size_t i) { values[i] = validate(sources[i], &found[i]); });
  std::vector<Value> out;
  for (size_t i = 0; i < values.size(); ++i) {
    diags->Append(found[i]);
    if (values[i]) out.push_back(std::move(*values[i]));
  }
  return out;
}

}  // namespace

Catalog Validate(const ContentTree& tree, Diagnostics* diags, ValidateOptions options) {
  Catalog catalog;
  catalog.show_drafts = options.show_drafts;
  if (tree.site) {
    if (std::optional<Site> site = ValidateSite(*tree.site, diags)) catalog.site = *site;
  }
  PackageContext context{&tree, catalog.site.topics, PackageSlugs(tree), options.markdown_cache};
  catalog.packages = ValidateEach(tree.packages, options.threads, 16, diags,
                                  [&](const PackageSource& source, Diagnostics* found) {
                                    return ValidatePackage(source, context, found);
                                  });
  for (const StorySource& source : tree.stories)
    if (std::optional<Story> story = ValidateStory(source, tree, context.package_slugs, diags))
      catalog.stories.push_back(std::move(*story));
  SortStories(&catalog.stories);
  for (const FreePageSource& source : tree.pages)
    if (std::optional<FreePage> page = ValidateFreePage(source, tree, diags)) catalog.pages.push_back(std::move(*page));
  // Clusters check their data against the validated packages' indicators.
  catalog.clusters = ValidateEach(tree.clusters, options.threads, 4, diags,
                                  [&](const ClusterSource& source, Diagnostics* found) {
                                    return ValidateCluster(source, tree, catalog.packages, found, options.today);
                                  });
  CheckPlaceholders(tree, catalog, diags);
  return catalog;
}

}  // namespace klynge
