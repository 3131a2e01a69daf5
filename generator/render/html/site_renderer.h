#pragma once
// The public site as files: Catalog + Theme in, Output under "site/" out.

#include <vector>

#include "base/status.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/html/page.h"
#include "render/output.h"
#include "render/published_document.h"

namespace klynge {

// Renders every public page of `catalog` (drafts and clusters left out), the
// theme's static files, the search index, sitemap.xml, 404.html and the
// packages' assets into `out`, all under "site/". `documents` are the PDFs the
// package pages list. Pages are made on up to `threads` threads (0: one per
// core); the bytes do not depend on it. Fails only when the theme lacks a page template.
Status RenderSite(const Catalog& catalog, const Theme& theme, const PackageDocuments& documents,
                  Output* out, unsigned threads = 0);

// The same, handing each package's own pages and assets (package, program
// and drejebog pages) to `sink` as the unit "page:<slug>", only for the
// packages `wanted` accepts (all when null), and the rest of the site
// (catalog, stories, search, sitemap, 404, static files) as the unit "site".
Status RenderSite(const Catalog& catalog, const Theme& theme, const PackageDocuments& documents,
                  const PackageFilter& wanted, const UnitSink& sink, unsigned threads = 0);

// Every page of the site with its data, before rendering; for tests that
// check templates against the data.
std::vector<Page> BuildPages(const SiteContext& ctx, unsigned threads = 1);

}  // namespace klynge
