#pragma once
// The one grammar of links in content. A link as an author writes it
// (relative to the file: `assets/x.png`, `../dosisdispensering/`,
// `https://…`) is read once into a typed LinkTarget; validation checks the
// target, and UrlFor (render/link_url.h) turns it into the URL a page or a
// PDF publishes.

#include <string>
#include <string_view>

namespace klynge {

enum class LinkKind {
  kWeb,      // http, https, mailto or tel: published as written
  kAnchor,   // "#section" on the same page
  kPackage,  // a package's page (or its program or drejebog page: program/ or program.yaml)
  kAsset,    // a file in a package's assets/ folder
  kStory,    // stories/<slug>.md (or stories/<slug>, stories/<slug>/story.md)
  kStoryAsset,  // a file in a story folder's assets/ (stories/<slug>/assets/…)
  kPage,     // pages/<slug>.md (or pages/<slug>): a free page
  kIndex,    // the catalog (packages/) or the story list (stories/)
  kDropped,  // javascript:, data: and other schemes: not published
  kBad,      // malformed, outside the content tree, private or not a published page
};

struct LinkTarget {
  LinkKind kind = LinkKind::kBad;
  std::string url;       // as written
  std::string path;      // kPackage, kAsset, kStory, kPage, kIndex: percent-decoded, normalised, relative to content/
  std::string slug;      // kPackage, kAsset: the package; kStory, kStoryAsset: the story; kPage: the page
  std::string page;      // kPackage: "" (the package page), "program" or "drejebog"
  std::string fragment;  // the part after '#', without it
  std::string tail;      // relative links: "?query#fragment" as written, kept on the published URL
  std::string problem;   // kBad, kDropped: what is wrong, to follow "link \"url\" "
};

// Reads `url` as written in a file in folder `content_dir` (relative to
// content/: "packages/smertebehandling", "stories", "clusters/vest"; a
// trailing '/' is allowed), from its text alone.
LinkTarget ResolveLink(std::string_view url, std::string_view content_dir);

// True for a complete http://, https:// or mailto: address, or a tel: number
// ("tel:+4512345678").
bool IsWebUrl(std::string_view url);

// What to say about `url` that is no web address, after "found \"url\"": a
// hint for a bare "www." address, else "".
std::string WebUrlHint(std::string_view url);

// True for the schemes a published link may use (http, https, mailto, tel).
bool IsPublishableScheme(std::string_view url);

// "figur%201.png" → "figur 1.png": authors and cmark may percent-encode names.
std::string PercentDecode(std::string_view s);

}  // namespace klynge
