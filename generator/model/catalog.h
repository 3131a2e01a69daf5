#pragma once
// The whole validated content: what every renderer takes as input.

#include <functional>
#include <string>
#include <vector>

#include "model/cluster.h"
#include "model/free_page.h"
#include "model/package.h"
#include "model/site.h"
#include "model/story.h"

namespace klynge {

struct Catalog {
  Site site;
  std::vector<Package> packages;  // sorted by slug; drafts included
  std::vector<Story> stories;     // newest first, then by slug
  std::vector<FreePage> pages;    // pages/<slug>.md, sorted by slug
  std::vector<ClusterEdition> clusters;  // private; sorted by slug

  const Package* FindPackage(const std::string& slug) const;
  // Published (non-draft) packages in catalog order: topic order, then title.
  std::vector<const Package*> PublishedPackages() const;
  // Stories that name `slug`, in story order.
  std::vector<const Story*> StoriesAbout(const std::string& slug) const;
  // Follow-up packages whose `follows` is `slug`.
  std::vector<const Package*> FollowUpsOf(const std::string& slug) const;
};

}  // namespace klynge
