#include "render/html/free_page.h"

#include "render/html/markdown_html.h"
#include "render/html/site_paths.h"

namespace klynge {

Page FreePagePage(const SiteContext& ctx, const FreePage& free) {
  Page page = NewPage(FreePageDir(free.slug), "page");
  page.title = free.title;
  page.draft = free.draft;
  page.nav_current = "page:" + free.slug;
  SetBreadcrumbs(&page, {{ctx.site.title, ""}, {free.title, page.dir}});
  AnchorIds ids;
  for (const char* reserved : {"indhold", "header-q"}) ids.Reserve(reserved);
  LinkBase base{"pages/", page.dir, &ctx.published_slugs};
  MarkdownHtml body = RenderMarkdown(free.body, base, &ids);
  page.description = ShortText(free.summary.empty() ? body.first_paragraph : free.summary);
  page.data.set("title", free.title);
  SetOptional(&page.data, "summary", free.summary);
  page.data.set("body_html", body.html);
  return page;
}

}  // namespace klynge
