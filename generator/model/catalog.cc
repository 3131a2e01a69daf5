#include "model/catalog.h"

#include <algorithm>

namespace klynge {

const Package* Catalog::FindPackage(const std::string& slug) const {
  for (const Package& p : packages)
    if (p.slug == slug) return &p;
  return nullptr;
}

std::vector<const Package*> Catalog::PublishedPackages() const {
  std::vector<const Package*> out;
  for (const Package& p : packages)
    if (Shows(p.draft)) out.push_back(&p);
  auto topic_rank = [this](const std::string& topic) {
    auto it = std::find(site.topics.begin(), site.topics.end(), topic);
    return static_cast<int>(it - site.topics.begin());
  };
  std::stable_sort(out.begin(), out.end(), [&](const Package* a, const Package* b) {
    int ra = topic_rank(a->topic), rb = topic_rank(b->topic);
    if (ra != rb) return ra < rb;
    if (a->topic != b->topic) return a->topic < b->topic;
    if (a->title != b->title) return a->title < b->title;
    return a->slug < b->slug;
  });
  return out;
}

std::vector<const Story*> Catalog::PublishedStories() const {
  std::vector<const Story*> out;
  for (const Story& s : stories)
    if (Shows(s.draft)) out.push_back(&s);
  return out;
}

std::vector<const FreePage*> Catalog::PublishedPages() const {
  std::vector<const FreePage*> out;
  for (const FreePage& p : pages)
    if (Shows(p.draft)) out.push_back(&p);
  return out;
}

std::vector<const Story*> Catalog::StoriesAbout(const std::string& slug) const {
  std::vector<const Story*> out;
  for (const Story& s : stories)
    if (Shows(s.draft) && std::find(s.packages.begin(), s.packages.end(), slug) != s.packages.end())
      out.push_back(&s);
  return out;
}

std::vector<const Package*> Catalog::FollowUpsOf(const std::string& slug) const {
  std::vector<const Package*> out;
  for (const Package& p : packages)
    if (p.follow_up && p.follows == slug && Shows(p.draft)) out.push_back(&p);
  return out;
}

}  // namespace klynge
