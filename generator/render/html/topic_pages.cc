#include "render/html/topic_pages.h"

#include <algorithm>
#include <map>

#include "render/html/catalog_page.h"
#include "render/html/site_paths.h"

namespace klynge {

namespace {

// One listing: its folder, the name shown (the first spelling met), its packages in catalog order.
struct Listing {
  std::string dir;
  std::string name;
  std::vector<const Package*> packages;
};

void AddTo(std::vector<Listing>* listings, const std::string& dir, const std::string& name, const Package* p) {
  auto it = std::find_if(listings->begin(), listings->end(), [&](const Listing& l) { return l.dir == dir; });
  if (it == listings->end()) {
    listings->push_back({dir, name, {}});
    it = listings->end() - 1;
  }
  if (std::find(it->packages.begin(), it->packages.end(), p) == it->packages.end()) it->packages.push_back(p);
}

Page ListingPage(const IndexContext& ctx, const Listing& listing, const std::string& kind) {
  Page page = NewPage(listing.dir, "topic");
  page.title = listing.name;
  page.nav_current = "catalog";
  page.lastmod = NewestRevision(listing.packages);
  std::string count = FormatInteger(static_cast<int64_t>(listing.packages.size()), ctx.lang);
  page.description = ShortText(ctx.Ui(kind + "_lead") + " " + listing.name + ": " + count + " " +
                               ctx.Ui(listing.packages.size() == 1 ? "package_one" : "package_many") + ".");
  SetBreadcrumbs(&page, {{ctx.site.title, ""}, {listing.name, page.dir}});
  TemplateData& d = page.data;
  d.set("title", listing.name);
  d.set("kind_label", ctx.Ui(kind));
  d.set("count", count);
  d.set("count_label", ctx.Ui(listing.packages.size() == 1 ? "package_one" : "package_many"));
  TemplateData cards = NewList();
  for (const Package* p : listing.packages) AppendMoved(&cards, PackageCard(ctx, page, *p));
  SetMoved(&d, "packages", std::move(cards));
  return page;
}

}  // namespace

std::string NewestRevision(const std::vector<const Package*>& packages) {
  std::optional<Date> newest;
  for (const Package* p : packages)
    if (p->revised && (!newest || *p->revised > *newest)) newest = p->revised;
  return newest ? newest->Iso() : "";
}

std::vector<Page> TopicAndTagPages(const IndexContext& ctx) {
  std::vector<Listing> topics, tags;
  for (const Package* p : ctx.published) {
    AddTo(&topics, TopicDir(p->topic), p->topic, p);
    for (const std::string& tag : p->tags) AddTo(&tags, TagDir(tag), tag, p);
  }
  std::stable_sort(tags.begin(), tags.end(), [](const Listing& a, const Listing& b) { return a.dir < b.dir; });
  std::vector<Page> pages;
  pages.reserve(topics.size() + tags.size());
  for (const Listing& l : topics) pages.push_back(ListingPage(ctx, l, "topic"));
  for (const Listing& l : tags) pages.push_back(ListingPage(ctx, l, "tag"));
  return pages;
}

}  // namespace klynge
