#include "render/link_url.h"

#include <cctype>
#include <cstring>

#include "render/html/site_paths.h"
#include "render/published_slugs.h"

namespace klynge {

namespace {

// A decoded file name back in a URL: what cmark's HTML renderer would
// escape in an href is escaped here, and so are '%', '?' and '#', which in
// a name are letters, not URL syntax.
std::string EncodePath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || (c != 0 && std::strchr("-_.+!*'(),@=;:/&$~", c))) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

bool Published(const std::string& slug, const LinkBase& from) {
  return !from.published_packages || from.published_packages->count(slug);
}

// False for a story or free page ("stories/<slug>") left out as a draft.
bool TextPublished(const std::string& path, const LinkBase& from) {
  return !from.published_packages || !from.published_packages->count(HiddenDraftKey(path));
}

// The site path (a folder ends in '/') that `target` names, or nullopt.
std::optional<std::string> SitePath(const LinkTarget& target, const LinkBase& from) {
  switch (target.kind) {
    case LinkKind::kIndex:
      return target.path == "stories" ? std::string(kStoriesDir) : std::string();  // "": the catalog
    case LinkKind::kPackage:
      if (!Published(target.slug, from)) return std::nullopt;
      if (target.page == "program") return ProgramDir(target.slug);
      if (target.page == "drejebog") return DrejebogDir(target.slug);
      if (target.page.starts_with("drejebog-")) return AudienceDrejebogDir(target.slug, target.page.substr(9));
      return PackageDir(target.slug);
    case LinkKind::kAsset:
      if (!Published(target.slug, from)) return std::nullopt;
      return PackageDir(target.slug) + EncodePath(target.path.substr(("packages/" + target.slug + "/").size()));
    case LinkKind::kStory:
      if (!TextPublished("stories/" + target.slug, from)) return std::nullopt;
      return StoryDir(target.slug);
    case LinkKind::kStoryAsset:
      if (!TextPublished("stories/" + target.slug, from)) return std::nullopt;
      return StoryDir(target.slug) + EncodePath(target.path.substr(("stories/" + target.slug + "/").size()));
    case LinkKind::kPage:
      if (!TextPublished("pages/" + target.slug, from)) return std::nullopt;
      return FreePageDir(target.slug);
    default:
      return std::nullopt;
  }
}

}  // namespace

std::optional<std::string> UrlFor(const LinkTarget& target, const LinkBase& from) {
  if (target.kind == LinkKind::kWeb) return target.url;
  if (target.kind == LinkKind::kAnchor)
    return from.absolute_base.empty() ? std::optional<std::string>(target.url) : std::nullopt;
  std::optional<std::string> site = SitePath(target, from);
  if (!site) return std::nullopt;
  if (!from.absolute_base.empty()) return AbsoluteUrl(from.absolute_base, *site) + target.tail;
  return RelativeUrl(from.page_dir, *site) + target.tail;
}

std::optional<std::string> RewriteContentUrl(std::string_view url, const LinkBase& from) {
  return UrlFor(ResolveLink(url, from.content_dir), from);
}

}  // namespace klynge
