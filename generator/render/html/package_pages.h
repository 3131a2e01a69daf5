#pragma once
// A published package's own pages (package, program, drejebog and each
// drejebog-<name>) and its assets: one unit of the build, from one input.

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "base/status.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/html/page.h"
#include "render/html/site_context.h"
#include "render/output.h"
#include "render/published_document.h"
#include "render/published_slugs.h"

namespace klynge {

// What a package page shows of another published package: a link and its question.
struct PackageLink {
  std::string slug;
  std::string title;
  std::string question;

  auto Fields() const { return std::tie(slug, title, question); }
};

// Everything a package's pages may read. Fields() lists every member: the
// build cache keys the pages on exactly these.
struct PackagePagesInput {
  const Site& site;
  const Theme& theme;
  const Package& package;
  SlugSet published;                          // which links to packages resolve
  std::vector<PublishedDocument> documents;   // its PDFs, with their sizes (0: not built)
  std::optional<PackageLink> follows;         // the published package it follows up
  std::vector<PackageLink> follow_ups;        // published follow-ups of it
  std::vector<PackageLink> related;           // published related packages, not follow-ups
  std::vector<const Story*> stories;          // the stories about it
  FreePageLinks page_links;                   // the free pages the navigation and footer link

  auto Fields() const {
    return std::tie(site, theme, package, published, documents, follows, follow_ups, related, stories,
                    page_links);
  }
};

// The input of `package`'s pages, taken from the catalog. `documents`: its PDFs as listed;
// `page_links`: FreePageLinksOf(catalog), worked out once for every package.
PackagePagesInput PackagePagesInputOf(const Catalog& catalog, const Theme& theme, const Package& package,
                                      SlugSet published, std::vector<PublishedDocument> documents,
                                      const FreePageLinks& page_links);

// The pages before rendering (for the theme check), in the order they are listed.
std::vector<Page> PackagePages(const SiteContext& ctx, const PackagePagesInput& input);

// The pages and the package's assets into `out` under "site/". Fails only
// when the theme lacks a page template.
Status RenderPackagePages(const PackagePagesInput& input, Output* out);

}  // namespace klynge
