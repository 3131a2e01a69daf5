#include "render/html/package_pages.h"

#include <algorithm>

#include "render/html/drejebog_page.h"
#include "render/html/html_templates.h"
#include "render/html/package_page.h"
#include "render/html/program_page.h"
#include "render/html/site_context.h"
#include "render/html/site_paths.h"

namespace klynge {

namespace {

PackageLink LinkTo(const Package& p) { return PackageLink{p.slug, p.title, p.question}; }

}  // namespace

PackagePagesInput PackagePagesInputOf(const Catalog& catalog, const Theme& theme, const Package& package,
                                      SlugSet published, std::vector<PublishedDocument> documents,
                                      const FreePageLinks& page_links) {
  auto is_published = [&](const std::string& slug) { return published->count(slug) > 0; };
  PackagePagesInput input{catalog.site, theme, package, published, std::move(documents), {}, {}, {}, {}, {}};
  const Package* parent = package.follow_up ? catalog.FindPackage(package.follows) : nullptr;
  if (parent && is_published(parent->slug)) input.follows = LinkTo(*parent);
  std::vector<const Package*> follow_ups = catalog.FollowUpsOf(package.slug);
  for (const Package* p : follow_ups)
    if (is_published(p->slug)) input.follow_ups.push_back(LinkTo(*p));
  // A related package that is also a follow-up is listed once, as the follow-up.
  for (const std::string& slug : package.related) {
    const Package* p = catalog.FindPackage(slug);
    if (p && is_published(p->slug) && std::find(follow_ups.begin(), follow_ups.end(), p) == follow_ups.end())
      input.related.push_back(LinkTo(*p));
  }
  input.stories = catalog.StoriesAbout(package.slug);
  input.page_links = page_links;
  return input;
}

std::vector<Page> PackagePages(const SiteContext& ctx, const PackagePagesInput& input) {
  const Package& p = input.package;
  std::vector<Page> pages;
  pages.push_back(PackagePage(ctx, input));
  if (p.program) pages.push_back(ProgramPage(ctx, p));
  if (p.drejebog) pages.push_back(DrejebogPage(ctx, p));
  for (const AudienceDrejebog& d : p.audience_drejebog) pages.push_back(AudienceDrejebogPage(ctx, p, d));
  for (Page& page : pages) page.draft = p.draft;  // only `serve --drafts` renders a draft's pages
  return pages;
}

Status RenderPackagePages(const PackagePagesInput& input, Output* out) {
  HtmlTemplates& templates = TemplatesFor(input.theme);
  if (Status s = templates.Check(); !s.ok()) return s;
  SiteContext ctx(input.site, input.theme, input.published, input.page_links);
  for (Page& page : PackagePages(ctx, input)) {
    std::string html = RenderPage(ctx, &templates, &page);
    out->Add(kSiteRoot + page.file, std::move(html));
  }
  const Package& p = input.package;
  for (const Asset& asset : p.assets) out->Add(kSiteRoot + PackageDir(p.slug) + asset.rel, asset.bytes);
  return Status::Ok();
}

}  // namespace klynge
