#include "render/html/site_renderer.h"

#include <algorithm>

#include "render/html/catalog_page.h"
#include "render/html/drejebog_page.h"
#include "render/html/html_templates.h"
#include "render/html/not_found_page.h"
#include "render/html/package_page.h"
#include "render/html/program_page.h"
#include "render/html/search_index.h"
#include "render/html/site_paths.h"
#include "render/html/sitemap.h"
#include "render/html/story_pages.h"

namespace klynge {

namespace {

constexpr const char* kSiteRoot = "site/";

}  // namespace

std::vector<Page> BuildPages(const SiteContext& ctx) {
  std::vector<Page> pages;
  pages.push_back(CatalogPage(ctx));
  for (const Package* p : ctx.published) {
    pages.push_back(PackagePage(ctx, *p));
    if (p->program) pages.push_back(ProgramPage(ctx, *p));
    if (p->drejebog) pages.push_back(DrejebogPage(ctx, *p));
  }
  pages.push_back(StoryListPage(ctx));
  for (const Story& s : ctx.catalog.stories) pages.push_back(StoryPage(ctx, s));
  pages.push_back(SearchPage(ctx));
  pages.push_back(NotFoundPage(ctx));
  return pages;
}

Status RenderSite(const Catalog& catalog, const Theme& theme, const PackageDocuments& documents,
                  Output* out) {
  HtmlTemplates templates(theme);
  if (Status s = templates.Check(); !s.ok()) return s;
  SiteContext ctx(catalog, theme, documents);
  std::vector<Page> pages = BuildPages(ctx);
  std::vector<const Page*> sitemap;
  for (Page& page : pages) {
    out->Add(kSiteRoot + page.file, RenderPage(ctx, &templates, &page));
    sitemap.push_back(&page);
  }
  std::sort(sitemap.begin(), sitemap.end(),
            [](const Page* a, const Page* b) { return a->file < b->file; });
  out->Add(std::string(kSiteRoot) + "sitemap.xml", Sitemap(catalog.site.base_url, sitemap));
  for (const auto& [rel, bytes] : theme.static_files)
    out->Add(std::string(kSiteRoot) + kStaticDir + rel, bytes);
  out->Add(std::string(kSiteRoot) + kSearchIndexPath, SearchIndexScript(ctx));
  for (const Package* p : ctx.published)
    for (const Asset& asset : p->assets)
      out->Add(kSiteRoot + PackageDir(p->slug) + asset.rel, asset.bytes);
  return Status::Ok();
}

}  // namespace klynge
