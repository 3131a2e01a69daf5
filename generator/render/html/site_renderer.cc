#include "render/html/site_renderer.h"

#include <algorithm>
#include <map>

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

namespace {

// A package's own pages; the rest of the site's pages have no owner.
std::vector<Page> OwnPages(const SiteContext& ctx, const Package& p) {
  std::vector<Page> pages;
  pages.push_back(PackagePage(ctx, p));
  if (p.program) pages.push_back(ProgramPage(ctx, p));
  if (p.drejebog) pages.push_back(DrejebogPage(ctx, p));
  for (const AudienceDrejebog& d : p.audience_drejebog) pages.push_back(AudienceDrejebogPage(ctx, p, d));
  return pages;
}

// What the sitemap needs of a package's pages when they are not rendered: their folders.
std::vector<Page> OwnPageStubs(const Package& p) {
  std::vector<Page> pages;
  pages.push_back(NewPage(PackageDir(p.slug), "package"));
  if (p.program) pages.push_back(NewPage(ProgramDir(p.slug), "program"));
  if (p.drejebog) pages.push_back(NewPage(DrejebogDir(p.slug), "drejebog"));
  for (const AudienceDrejebog& d : p.audience_drejebog)
    pages.push_back(NewPage(AudienceDrejebogDir(p.slug, d.name), "drejebog"));
  return pages;
}

struct SitePages {
  std::vector<Page> pages;
  std::vector<const Package*> owner;  // per page: its package, or nullptr
  std::vector<bool> render;           // per page: false for a stub
};

SitePages CollectPages(const SiteContext& ctx, const PackageFilter& wanted, unsigned threads) {
  // A package's pages need nothing from another's: build them side by side.
  std::vector<std::vector<Page>> own(ctx.published.size());
  ParallelFor(ctx.published.size(), threads, [&](size_t i) {
    const Package& p = *ctx.published[i];
    own[i] = !wanted || wanted(p) ? OwnPages(ctx, p) : OwnPageStubs(p);
  });
  SitePages site;
  size_t total = 4 + ctx.catalog.stories.size();
  for (const std::vector<Page>& v : own) total += v.size();
  site.pages.reserve(total);  // template data copies deeply; moves only without reallocation
  auto add = [&](Page page, const Package* owner, bool render) {
    site.pages.push_back(std::move(page));
    site.owner.push_back(owner);
    site.render.push_back(render);
  };
  add(CatalogPage(ctx), nullptr, true);
  for (size_t i = 0; i < own.size(); ++i) {
    const Package* p = ctx.published[i];
    bool render = !wanted || wanted(*p);
    for (Page& page : own[i]) add(std::move(page), p, render);
  }
  add(StoryListPage(ctx), nullptr, true);
  for (const Story& s : ctx.catalog.stories) add(StoryPage(ctx, s), nullptr, true);
  add(SearchPage(ctx), nullptr, true);
  add(NotFoundPage(ctx), nullptr, true);
  return site;
}

}  // namespace

std::vector<Page> BuildPages(const SiteContext& ctx, unsigned threads) {
  return CollectPages(ctx, nullptr, threads).pages;
}

Status RenderSite(const Catalog& catalog, const Theme& theme, const PackageDocuments& documents,
                  const PackageFilter& wanted, const UnitSink& sink, unsigned threads) {
  HtmlTemplates templates(theme);
  if (Status s = templates.Check(); !s.ok()) return s;
  SiteContext ctx(catalog, theme, documents);
  SitePages site = CollectPages(ctx, wanted, threads);
  std::vector<Page>& pages = site.pages;
  // Rendering is not const in the template library: each slice of pages gets its own copy.
  std::vector<std::string> html(pages.size());
  size_t slices = std::min<size_t>(ResolveThreads(threads), pages.size());
  ParallelFor(slices, threads, [&](size_t slice) {
    HtmlTemplates own(theme);
    for (size_t i = slice; i < pages.size(); i += slices)
      if (site.render[i]) html[i] = RenderPage(ctx, &own, &pages[i]);
  });

  std::map<const Package*, Output> own;  // each rendered package's pages and assets
  Output shared;
  std::vector<const Page*> sitemap;
  for (size_t i = 0; i < pages.size(); ++i) {
    sitemap.push_back(&pages[i]);
    if (!site.render[i]) continue;
    Output& unit = site.owner[i] ? own[site.owner[i]] : shared;
    unit.Add(kSiteRoot + pages[i].file, std::move(html[i]));
  }
  for (const Package* p : ctx.published) {
    if (wanted && !wanted(*p)) continue;
    for (const Asset& asset : p->assets) own[p].Add(kSiteRoot + PackageDir(p->slug) + asset.rel, asset.bytes);
  }
  std::sort(sitemap.begin(), sitemap.end(),
            [](const Page* a, const Page* b) { return a->file < b->file; });
  shared.Add(std::string(kSiteRoot) + "sitemap.xml", Sitemap(catalog.site.base_url, sitemap));
  for (const auto& [rel, bytes] : theme.static_files)
    shared.Add(std::string(kSiteRoot) + kStaticDir + rel, bytes);
  shared.Add(std::string(kSiteRoot) + kSearchIndexPath, SearchIndexScript(ctx));

  for (const Package* p : ctx.published) {
    auto it = own.find(p);
    if (it == own.end()) continue;
    Status taken = sink("page:" + p->slug, std::move(it->second));
    if (!taken.ok()) return taken;
  }
  return sink("site", std::move(shared));
}

Status RenderSite(const Catalog& catalog, const Theme& theme, const PackageDocuments& documents,
                  Output* out, unsigned threads) {
  return RenderSite(
      catalog, theme, documents, nullptr,
      [&](const std::string&, Output files) {
        out->Merge(std::move(files));
        return Status::Ok();
      },
      threads);
}

}  // namespace klynge
