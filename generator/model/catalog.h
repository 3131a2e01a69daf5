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
  std::vector<Story> stories;     // newest first, then by slug; drafts included
  std::vector<FreePage> pages;    // pages/<slug>.md, sorted by slug; drafts included
  std::vector<ClusterEdition> clusters;  // private; sorted by slug
  // `klynge serve --drafts`: drafts are published too, each marked as one.
  // Never set by `build`, so a draft never reaches the public site.
  bool show_drafts = false;

  const Package* FindPackage(const std::string& slug) const;
  // Whether a package, story or page with this `draft` flag is published in this build.
  bool Shows(bool draft) const { return !draft || show_drafts; }
  // Published packages in catalog order: topic order, then title.
  std::vector<const Package*> PublishedPackages() const;
  // Published stories, newest first; published free pages, by slug.
  std::vector<const Story*> PublishedStories() const;
  std::vector<const FreePage*> PublishedPages() const;
  // Published stories that name `slug`, in story order.
  std::vector<const Story*> StoriesAbout(const std::string& slug) const;
  // Published follow-up packages whose `follows` is `slug`.
  std::vector<const Package*> FollowUpsOf(const std::string& slug) const;
};

}  // namespace klynge
