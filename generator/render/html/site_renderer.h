#pragma once
// The public site's pages that no package owns (catalog, stories, topic and
// tag pages, free pages, search, sitemap.xml, feed.xml, 404.html and the
// theme's static files): one unit of the build.
// Each package's own pages are render/html/package_pages.h.

#include <tuple>
#include <vector>

#include "base/status.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/html/package_pages.h"
#include "render/html/page.h"
#include "render/output.h"
#include "render/published_document.h"
#include "render/published_slugs.h"

namespace klynge {

// Everything the site-wide pages may read: they list every package, story
// and PDF. Fields() lists every member: the build cache keys them on exactly these.
struct SiteIndexInput {
  const Catalog& catalog;
  const Theme& theme;
  const PackageDocuments& documents;  // what the catalog lists of each package's PDFs
  SlugSet published;

  auto Fields() const { return std::tie(catalog, theme, documents, published); }
};

// The catalog, story and search pages, the search index, sitemap.xml (which
// lists every package's pages too), 404.html and the theme's static files
// into `out` under "site/". Fails only when the theme lacks a page template.
Status RenderSiteIndex(const SiteIndexInput& input, Output* out);

// Every page of the site with its data, before rendering: the site-wide ones
// and each of `packages`' own; for the checks of templates against the data.
std::vector<Page> BuildPages(const SiteIndexInput& index, const std::vector<PackagePagesInput>& packages);

}  // namespace klynge
