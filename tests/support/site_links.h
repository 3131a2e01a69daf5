#pragma once
// Where a URL in a built page leads, for tests that crawl output/site/.

#include <set>
#include <string>
#include <vector>

#include "support/html_scan.h"

namespace klynge::testing {

// One HTML page of a built site.
struct SitePage {
  std::string path;  // relative to the site folder: "pakker/x/index.html"
  std::vector<HtmlTag> tags;
  std::set<std::string> ids;  // every id="" (and <a name="">) on the page
};

// Reads and scans every .html file under `site`.
std::vector<SitePage> LoadSitePages(const std::string& site);

// The URLs a page refers to: href, src, srcset, poster, action and data
// attributes, with the line they are on.
struct PageUrl {
  std::string url;
  std::string attribute;
  int line = 0;
};
std::vector<PageUrl> UrlsOf(const SitePage& page);

struct LinkTarget {
  enum Kind { kExternal, kInternal, kBroken } kind = kExternal;
  std::string file;      // kInternal: the file it resolves to, relative to the site folder
  std::string fragment;  // percent-decoded, without '#'
  std::string problem;   // kBroken: why
};

// Resolves `url`, found on the page at `page_path`, against the built site in
// `site`. Relative URLs (query stripped, %XX decoded) must name a file in the
// site; a folder URL means its index.html. Absolute URLs under `base_url` (the
// canonical links) are internal too. Root-relative ("/x") and
// protocol-relative ("//x") URLs, and javascript:/file: URLs, are broken: the
// site must work from file:// and under any base path.
LinkTarget ResolveLink(const std::string& site, const std::string& page_path,
                       const std::string& url, const std::string& base_url);

}  // namespace klynge::testing
