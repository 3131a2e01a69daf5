#include "render/html/content_links.h"

#include <cctype>
#include <vector>

#include "render/html/site_paths.h"

namespace klynge {

namespace {

// The scheme of an absolute URL in lower case ("https"), or "" for a relative one.
std::string Scheme(const std::string& url) {
  size_t i = 0;
  while (i < url.size() && (std::isalnum(static_cast<unsigned char>(url[i])) || url[i] == '+' ||
                            url[i] == '-' || url[i] == '.'))
    ++i;
  if (i == 0 || i >= url.size() || url[i] != ':' || !std::isalpha(static_cast<unsigned char>(url[0])))
    return "";
  std::string scheme = url.substr(0, i);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme;
}

// Resolves `rel` against the folder `dir` ("packages/a/"); false when it
// climbs out of the content folder.
bool Resolve(const std::string& dir, const std::string& rel, std::vector<std::string>* out) {
  std::string joined = dir + rel;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string seg = joined.substr(start, slash - start);
    if (seg == "..") {
      if (out->empty()) return false;
      out->pop_back();
    } else if (!seg.empty() && seg != ".") {
      out->push_back(seg);
    }
    start = slash + 1;
  }
  return true;
}

// The site path for a content path, or nullopt when nothing is published there.
std::optional<std::string> SitePath(const std::vector<std::string>& p, const LinkBase& base) {
  if (p.empty()) return std::nullopt;
  if (p[0] == "packages") {
    if (p.size() == 1) return std::string();  // the catalog
    const std::string& slug = p[1];
    if (base.published_packages && !base.published_packages->count(slug)) return std::nullopt;
    if (p.size() == 2 || (p.size() == 3 && p[2] == "package.md")) return PackageDir(slug);
    if (p.size() == 3 && p[2] == "program.yaml") return ProgramDir(slug);
    if (p.size() == 3 && p[2] == "drejebog.yaml") return DrejebogDir(slug);
    if (p.size() >= 4 && p[2] == "assets") {
      std::string path = PackageDir(slug) + "assets";
      for (size_t i = 3; i < p.size(); ++i) path += "/" + p[i];
      return path;
    }
    return std::nullopt;
  }
  if (p[0] == "stories") {
    if (p.size() == 1) return std::string(kStoriesDir);
    if (p.size() != 2) return std::nullopt;
    std::string slug = p[1];
    if (slug.size() > 3 && slug.ends_with(".md")) slug.resize(slug.size() - 3);
    return StoryDir(slug);
  }
  return std::nullopt;
}

}  // namespace

bool IsPublishableScheme(const std::string& url) {
  std::string scheme = Scheme(url);
  return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

std::optional<std::string> RewriteContentUrl(const std::string& url, const LinkBase& base) {
  if (url.empty()) return std::nullopt;
  if (!Scheme(url).empty()) {
    if (IsPublishableScheme(url)) return url;
    return std::nullopt;
  }
  if (url[0] == '#') return base.absolute_base.empty() ? std::optional<std::string>(url) : std::nullopt;
  if (url[0] == '/' || url[0] == '\\') return std::nullopt;  // leaves the content tree
  size_t cut = url.find_first_of("?#");
  std::string path = url.substr(0, cut);
  std::string tail = cut == std::string::npos ? "" : url.substr(cut);
  std::vector<std::string> segments;
  if (!Resolve(base.content_dir, path, &segments)) return std::nullopt;
  std::optional<std::string> target = SitePath(segments, base);
  if (!target) return std::nullopt;
  if (!base.absolute_base.empty()) return AbsoluteUrl(base.absolute_base, *target) + tail;
  return RelativeUrl(base.page_dir, *target) + tail;
}

}  // namespace klynge
