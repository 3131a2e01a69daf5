#include "render/html/site_renderer.h"

#include <algorithm>

#include "base/parallel.h"

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

std::vector<Page> BuildPages(const SiteContext& ctx, unsigned threads) {
  // A package's pages need nothing from another's: build them side by side.
  std::vector<std::vector<Page>> own(ctx.published.size());
  ParallelFor(ctx.published.size(), threads, [&](size_t i) {
    const Package& p = *ctx.published[i];
    own[i].push_back(PackagePage(ctx, p));
    if (p.program) own[i].push_back(ProgramPage(ctx, p));
    if (p.drejebog) own[i].push_back(DrejebogPage(ctx, p));
  });
  std::vector<Page> pages;
  size_t total = 4 + ctx.catalog.stories.size();
  for (const std::vector<Page>& v : own) total += v.size();
  pages.reserve(total);  // template data copies deeply; moves only without reallocation
  pages.push_back(CatalogPage(ctx));
  for (std::vector<Page>& v : own)
    for (Page& page : v) pages.push_back(std::move(page));
  pages.push_back(StoryListPage(ctx));
  for (const Story& s : ctx.catalog.stories) pages.push_back(StoryPage(ctx, s));
  pages.push_back(SearchPage(ctx));
  pages.push_back(NotFoundPage(ctx));
  return pages;
}

Status RenderSite(const Catalog& catalog, const Theme& theme, const PackageDocuments& documents,
                  Output* out, unsigned threads) {
  HtmlTemplates templates(theme);
  if (Status s = templates.Check(); !s.ok()) return s;
  SiteContext ctx(catalog, theme, documents);
  std::vector<Page> pages = BuildPages(ctx, threads);
  // Rendering is not const in the template library: each slice of pages gets its own copy.
  std::vector<std::string> html(pages.size());
  size_t slices = std::min<size_t>(ResolveThreads(threads), pages.size());
  ParallelFor(slices, threads, [&](size_t slice) {
    HtmlTemplates own(theme);
    for (size_t i = slice; i < pages.size(); i += slices) html[i] = RenderPage(ctx, &own, &pages[i]);
  });
  std::vector<const Page*> sitemap;
  for (size_t i = 0; i < pages.size(); ++i) {
    out->Add(kSiteRoot + pages[i].file, std::move(html[i]));
    sitemap.push_back(&pages[i]);
  }
  std::sort(sitemap.begin(), sitemap.end(),
            [](const Page* a, const Page* b) { return a->file < b->file; });
  out->Add(std::string(kSiteRoot) + "sitemap.xml", Sitemap(catalog.site.base_url, sitemap));
  for (const auto& [rel, bytes] : theme.static_files)
    out->Add(std::string(kSiteRoot) + kStaticDir + rel, bytes);
  out->Add(std::string(kSiteRoot) + kSearchIndexPath, SearchIndexScript(ctx, threads));
  for (const Package* p : ctx.published)
    for (const Asset& asset : p->assets)
      out->Add(kSiteRoot + PackageDir(p->slug) + asset.rel, asset.bytes);
  return Status::Ok();
}

}  // namespace klynge
