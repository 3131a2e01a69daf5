#pragma once
// Links as authors write them in content (relative to the Markdown file)
// turned into URLs of the published site (relative to the page).

#include <optional>
#include <set>
#include <string>

namespace klynge {

// Where a Markdown text lives in content/ and where its HTML is published.
struct LinkBase {
  std::string content_dir;  // "packages/smertebehandling/" or "stories/"
  std::string page_dir;     // site folder of the page: "pakker/smertebehandling/program/"
  // Packages that are published; links to others (drafts) are not. nullptr: all.
  const std::set<std::string>* published_packages = nullptr;
  // For text read away from the site (an e-mail): the site's base URL; links
  // into the site become absolute ("https://…/pakker/b/") and anchors are dropped.
  std::string absolute_base = "";
};

// The URL to publish for `url` as written in content, or nullopt when the
// link must not be published: a scheme other than http, https, mailto or tel
// (javascript:, data:, file:), a draft package, or a path outside the content.
//   from packages/a/ on pakker/a/:   "assets/x.png" → "assets/x.png"
//                                    "../b/"        → "../b/index.html"
//   from stories/ on historier/s/:   "../packages/b/#data" → "../../pakker/b/index.html#data"
std::optional<std::string> RewriteContentUrl(const std::string& url, const LinkBase& base);

// True for the schemes a published link may use (http, https, mailto, tel).
bool IsPublishableScheme(const std::string& url);

}  // namespace klynge
