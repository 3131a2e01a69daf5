#include "render/html/catalog_page.h"

#include <algorithm>

#include "render/html/anchor_ids.h"
#include "render/html/site_paths.h"
#include "render/html/story_pages.h"

namespace klynge {

namespace {

constexpr size_t kLatestStories = 3;

// The site's topics in listing order, each with its ids handed out once, so
// two topics that slugify alike still get different anchors.
std::vector<std::pair<std::string, std::string>> TopicAnchors(const std::vector<std::string>& topics) {
  std::vector<std::pair<std::string, std::string>> out;
  AnchorIds ids;
  for (const char* reserved : {"indhold", "header-q", "seneste-historier"}) ids.Reserve(reserved);
  for (const std::string& topic : topics) out.emplace_back(topic, ids.Take("emne " + topic));
  return out;
}

// The published packages of `topic`, each follow-up right after the package it
// follows when both are in the topic.
std::vector<const Package*> TopicPackages(const IndexContext& ctx, const std::string& topic) {
  std::vector<const Package*> in_topic;
  for (const Package* p : ctx.published)
    if (p->topic == topic) in_topic.push_back(p);
  auto in_group = [&](const std::string& slug) {
    return std::any_of(in_topic.begin(), in_topic.end(),
                       [&](const Package* p) { return p->slug == slug; });
  };
  std::vector<const Package*> out;
  for (const Package* p : in_topic) {
    if (p->follow_up && in_group(p->follows)) continue;
    out.push_back(p);
    for (const Package* f : in_topic)
      if (f->follow_up && f->follows == p->slug) out.push_back(f);
  }
  return out;
}

}  // namespace

std::vector<std::string> PublishedTopics(const std::vector<const Package*>& published) {
  std::vector<std::string> topics;
  for (const Package* p : published)
    if (std::find(topics.begin(), topics.end(), p->topic) == topics.end()) topics.push_back(p->topic);
  return topics;
}

std::string TopicAnchor(const std::vector<std::string>& topics, const std::string& topic) {
  for (const auto& [name, anchor] : TopicAnchors(topics))
    if (name == topic) return anchor;
  return "";
}

TemplateData PackageCard(const IndexContext& ctx, const Page& page, const Package& package) {
  TemplateData card = NewObject();
  card.set("title", package.title);
  card.set("draft", package.draft);
  card.set("url", page.Url(PackageDir(package.slug)));
  SetOptional(&card, "question", package.question);
  card.set("topic", package.topic);
  card.set("topic_url", page.Url(TopicDir(package.topic)));
  TemplateData tags = NewList();
  for (const std::string& tag : package.tags) tags << LinkData(tag, page.Url(TagDir(tag)));
  card.set("has_tags", !tags.is_empty_list());
  card.set("tags", tags);
  card.set("duration", KeepUnitsTogether(FormatDuration(package.duration_minutes, ctx.lang)));
  card.set("provider", package.provider);
  const Package* parent = package.follow_up ? ctx.catalog.FindPackage(package.follows) : nullptr;
  if (parent && ctx.IsPublished(parent->slug)) {
    card.set("follows", LinkData(parent->title, page.Url(PackageDir(parent->slug))));
  } else {
    card.set("follows", false);
  }
  TemplateData follow_ups = NewList();
  for (const Package* f : ctx.catalog.FollowUpsOf(package.slug))
    follow_ups << LinkData(f->title, page.Url(PackageDir(f->slug)));
  card.set("has_follow_ups", !follow_ups.is_empty_list());
  card.set("follow_ups", follow_ups);
  // The implementation plan in every printed size, straight from the catalog.
  TemplateData plans = NewList();
  auto docs = ctx.documents.find(package.slug);
  if (docs != ctx.documents.end())
    for (const PublishedDocument& doc : docs->second)
      if (!doc.paper.empty()) plans << LinkData(doc.paper, page.Url(doc.path));
  card.set("has_plans", !plans.is_empty_list());
  card.set("plan_title", package.plan.title);
  card.set("plans", plans);
  return card;
}

Page CatalogPage(const IndexContext& ctx) {
  Page page = NewPage("", "catalog");
  page.nav_current = "catalog";
  page.description = ShortText(ctx.Ui("catalog_lead"));
  TemplateData topics = NewList();
  for (const auto& [topic, anchor] : TopicAnchors(PublishedTopics(ctx.published))) {
    TemplateData group = NewObject();
    group.set("topic", topic);
    group.set("topic_id", anchor);
    group.set("topic_url", page.Url(TopicDir(topic)));
    TemplateData cards = NewList();
    std::vector<const Package*> packages = TopicPackages(ctx, topic);
    for (const Package* p : packages) AppendMoved(&cards, PackageCard(ctx, page, *p));
    group.set("count", FormatInteger(static_cast<int64_t>(packages.size()), ctx.lang));
    SetMoved(&group, "packages", std::move(cards));
    AppendMoved(&topics, std::move(group));
  }
  SetMoved(&page.data, "topics", std::move(topics));
  TemplateData stories = NewList();
  for (size_t i = 0; i < ctx.stories.size() && i < kLatestStories; ++i)
    stories << StoryItem(ctx, page, *ctx.stories[i]);
  page.data.set("has_latest_stories", !stories.is_empty_list());
  page.data.set("latest_stories", stories);
  return page;
}

}  // namespace klynge
