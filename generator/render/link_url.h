#pragma once
// The URL a content link publishes, for the site's pages and the PDFs alike:
// a LinkTarget (markdown/link_target.h) as seen from where it is printed.

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "markdown/link_target.h"

namespace klynge {

// Where a Markdown text lives in content/ and where it is published.
struct LinkBase {
  std::string content_dir;  // "packages/smertebehandling/" or "stories/"
  std::string page_dir;     // site folder of the page: "pakker/smertebehandling/program/"
  // Packages that are published; links to others (drafts) are not. nullptr: all.
  // Also the stories and free pages left out as drafts (render/published_slugs.h).
  const std::set<std::string>* published_packages = nullptr;
  // For text read away from the site (an e-mail): the site's base URL; links
  // into the site become absolute ("https://…/pakker/b/") and anchors are dropped.
  std::string absolute_base = "";
};

// The URL to publish for `target` on a page in `from.page_dir` (or absolute
// from `from.absolute_base`), or nullopt when the link must not be published:
// a scheme other than http, https, mailto or tel, a draft package, a path
// that names nothing published.
//   from packages/a/ on pakker/a/:   "assets/x.png" → "assets/x.png"
//                                    "../b/"        → "../b/index.html"
//   from stories/ on historier/s/:   "../packages/b/#data" → "../../pakker/b/index.html#data"
std::optional<std::string> UrlFor(const LinkTarget& target, const LinkBase& from);

// UrlFor(ResolveLink(url, from.content_dir), from).
std::optional<std::string> RewriteContentUrl(std::string_view url, const LinkBase& from);

}  // namespace klynge
