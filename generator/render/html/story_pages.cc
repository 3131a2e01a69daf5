#include "render/html/story_pages.h"

#include "render/html/markdown_html.h"
#include "render/html/site_paths.h"

namespace klynge {

std::string StorySummary(const Story& story) {
  return story.summary.empty() ? FirstParagraph(story.body) : story.summary;
}

TemplateData StoryItem(const SiteContext& ctx, const Page& page, const Story& story) {
  TemplateData item = NewObject();
  item.set("title", story.title);
  item.set("draft", story.draft);
  item.set("url", page.Url(StoryDir(story.slug)));
  item.set("date", FormatDate(story.date, ctx.lang));
  item.set("date_iso", story.date.Iso());
  SetOptional(&item, "cluster", story.cluster);
  SetOptional(&item, "summary", ShortText(StorySummary(story), 300));
  return item;
}

Page StoryListPage(const IndexContext& ctx) {
  Page page = NewPage(kStoriesDir, "stories");
  page.title = ctx.Ui("stories");
  page.description = ctx.Ui("stories_lead");
  page.nav_current = "stories";
  SetBreadcrumbs(&page, {{ctx.site.title, ""}, {page.title, kStoriesDir}});
  TemplateData stories = NewList();
  for (const Story* s : ctx.stories) stories << StoryItem(ctx, page, *s);
  page.data.set("has_stories", !stories.is_empty_list());
  page.data.set("stories", stories);
  return page;
}

Page StoryPage(const IndexContext& ctx, const Story& story) {
  Page page = NewPage(StoryDir(story.slug), "story");
  page.title = story.title;
  page.draft = story.draft;
  page.nav_current = "stories";
  SetBreadcrumbs(&page, {{ctx.site.title, ""},
                         {ctx.Ui("stories"), kStoriesDir},
                         {story.title, page.dir}});
  AnchorIds ids;
  for (const char* reserved : {"indhold", "header-q", "pakker-i-historien"}) ids.Reserve(reserved);
  LinkBase base{story.content_dir + "/", page.dir, &ctx.published_slugs};
  MarkdownHtml body = RenderMarkdown(story.body, base, &ids, 2, ctx.typography);
  page.description = ShortText(story.summary.empty() ? body.first_paragraph : story.summary);
  TemplateData& d = page.data;
  d.set("title", story.title);
  d.set("date", FormatDate(story.date, ctx.lang));
  d.set("date_iso", story.date.Iso());
  SetOptional(&d, "cluster", story.cluster);
  SetOptional(&d, "summary", story.summary);
  d.set("body_html", body.html);
  TemplateData packages = NewList();
  for (const std::string& slug : story.packages) {
    const Package* p = ctx.catalog.FindPackage(slug);
    if (!p || !ctx.IsPublished(slug)) continue;
    TemplateData link = LinkData(p->title, page.Url(PackageDir(slug)));
    SetOptional(&link, "question", p->question);
    packages << link;
  }
  d.set("has_packages", !packages.is_empty_list());
  d.set("packages", packages);
  return page;
}

}  // namespace klynge
