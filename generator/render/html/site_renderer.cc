#include "render/html/site_renderer.h"

#include <algorithm>

#include "render/html/catalog_page.h"
#include "render/html/feed.h"
#include "render/html/free_page.h"
#include "render/html/html_templates.h"
#include "render/html/not_found_page.h"
#include "render/html/search_index.h"
#include "render/html/site_context.h"
#include "render/html/site_paths.h"
#include "render/html/sitemap.h"
#include "render/html/story_pages.h"
#include "render/html/topic_pages.h"

namespace klynge {

namespace {

// What the sitemap needs of a package's pages, which another unit renders: their folders.
// Their <lastmod> is the package's `revised`: every page of it is made from its folder.
std::vector<Page> OwnPageStubs(const Package& p) {
  std::vector<Page> pages;
  pages.push_back(NewPage(PackageDir(p.slug), "package"));
  if (p.program) pages.push_back(NewPage(ProgramDir(p.slug), "program"));
  if (p.drejebog) pages.push_back(NewPage(DrejebogDir(p.slug), "drejebog"));
  for (const AudienceDrejebog& d : p.audience_drejebog)
    pages.push_back(NewPage(AudienceDrejebogDir(p.slug, d.name), "drejebog"));
  for (Page& page : pages) page.lastmod = p.revised ? p.revised->Iso() : "";
  return pages;
}

// The newer of two ISO dates ("" is older than any).
std::string Newer(const std::string& a, const std::string& b) { return a < b ? b : a; }

// The pages no package owns, in listing order.
std::vector<Page> IndexPages(const IndexContext& ctx) {
  std::vector<Page> topics = TopicAndTagPages(ctx);
  std::vector<const FreePage*> free_pages = ctx.catalog.PublishedPages();
  std::vector<Page> pages;
  // Template data copies deeply; moves only without reallocation.
  pages.reserve(4 + ctx.stories.size() + free_pages.size() + topics.size());
  std::string newest_story = ctx.stories.empty() ? "" : ctx.stories.front()->date.Iso();
  pages.push_back(CatalogPage(ctx));
  pages.back().lastmod = Newer(NewestRevision(ctx.published), newest_story);
  pages.push_back(StoryListPage(ctx));
  pages.back().lastmod = newest_story;
  for (const Story* s : ctx.stories) {
    pages.push_back(StoryPage(ctx, *s));
    pages.back().lastmod = s->date.Iso();
  }
  for (Page& page : topics) pages.push_back(std::move(page));
  for (const FreePage* free : free_pages) pages.push_back(FreePagePage(ctx, *free));
  pages.push_back(SearchPage(ctx));
  pages.push_back(NotFoundPage(ctx));
  return pages;
}

}  // namespace

Status RenderSiteIndex(const SiteIndexInput& input, Output* out) {
  HtmlTemplates& templates = TemplatesFor(input.theme);
  if (Status s = templates.Check(); !s.ok()) return s;
  IndexContext ctx(input.catalog, input.theme, input.documents, input.published);
  std::vector<Page> pages = IndexPages(ctx);
  for (Page& page : pages) out->Add(kSiteRoot + page.file, RenderPage(ctx, &templates, &page));
  // A story folder's pictures beside its page, where its assets/ links point.
  for (const Story* s : ctx.stories)
    for (const Asset& asset : s->assets) out->Add(kSiteRoot + StoryDir(s->slug) + asset.rel, asset.bytes);

  std::vector<Page> stubs;
  for (const Package* p : ctx.published)
    for (Page& page : OwnPageStubs(*p)) stubs.push_back(std::move(page));
  std::vector<const Page*> sitemap;
  for (const Page& page : pages) sitemap.push_back(&page);
  for (const Page& page : stubs) sitemap.push_back(&page);
  std::sort(sitemap.begin(), sitemap.end(), [](const Page* a, const Page* b) { return a->file < b->file; });
  out->Add(std::string(kSiteRoot) + "sitemap.xml", Sitemap(input.catalog.site.base_url, sitemap));
  out->Add(std::string(kSiteRoot) + kFeedPath, AtomFeed(ctx));
  for (const auto& [rel, bytes] : input.theme.static_files)
    out->Add(std::string(kSiteRoot) + kStaticDir + rel, bytes);
  out->Add(std::string(kSiteRoot) + kSearchIndexPath, SearchIndexScript(ctx));
  return Status::Ok();
}

std::vector<Page> BuildPages(const SiteIndexInput& index, const std::vector<PackagePagesInput>& packages) {
  IndexContext ctx(index.catalog, index.theme, index.documents, index.published);
  std::vector<Page> pages = IndexPages(ctx);
  for (const PackagePagesInput& input : packages)
    for (Page& page : PackagePages(ctx, input)) pages.push_back(std::move(page));
  return pages;
}

}  // namespace klynge
