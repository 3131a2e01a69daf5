#pragma once
// stories/<slug>.md: a cluster's experience with one or more packages.

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "model/story.h"

namespace klynge {

// The story (every problem reported, links included), or nullopt when its
// front matter could not be read. `packages` must name package folders of
// `tree`.
std::optional<Story> ValidateStory(const StorySource& source, const ContentTree& tree,
                                   const std::vector<std::string>& package_slugs, Diagnostics* diags);

// Newest first, then by slug: the order of Catalog::stories.
void SortStories(std::vector<Story>* stories);

}  // namespace klynge
