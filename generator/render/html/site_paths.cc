#include "render/html/site_paths.h"

#include <vector>

#include "render/html/anchor_ids.h"

namespace klynge {

std::string PackageDir(const std::string& slug) { return "pakker/" + slug + "/"; }
std::string ProgramDir(const std::string& slug) { return PackageDir(slug) + "program/"; }
std::string DrejebogDir(const std::string& slug) { return PackageDir(slug) + "drejebog/"; }
std::string AudienceDrejebogDir(const std::string& slug, const std::string& name) {
  return PackageDir(slug) + "drejebog-" + name + "/";
}
std::string StoryDir(const std::string& slug) { return std::string(kStoriesDir) + slug + "/"; }
std::string FreePageDir(const std::string& slug) { return slug + "/"; }

namespace {

// A folder name for a topic or tag: its slug, or, for a name with no letters
// or digits at all, its bytes in hex, so that every name has a page.
std::string NameSlug(const std::string& name) {
  std::string slug = Slugify(name);
  if (!slug.empty()) return slug;
  static const char kHex[] = "0123456789abcdef";
  for (unsigned char c : name) slug += std::string{kHex[c >> 4], kHex[c & 15]};
  return slug.empty() ? "-" : slug;
}

}  // namespace

std::string TopicDir(const std::string& topic) { return "emner/" + NameSlug(topic) + "/"; }
std::string TagDir(const std::string& tag) { return "emneord/" + NameSlug(tag) + "/"; }

namespace {

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    if (slash > start) out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

}  // namespace

std::string RelativeUrl(const std::string& from_dir, const std::string& target) {
  std::string file = target;
  if (file.empty() || file.back() == '/') file += "index.html";
  std::vector<std::string> from = Segments(from_dir), to = Segments(file);
  size_t common = 0;
  // The last segment of `to` is the file name, never a shared folder.
  while (common < from.size() && common + 1 < to.size() && from[common] == to[common]) ++common;
  std::string url;
  for (size_t i = common; i < from.size(); ++i) url += "../";
  for (size_t i = common; i < to.size(); ++i) {
    url += to[i];
    if (i + 1 < to.size()) url += '/';
  }
  return url;
}

std::string AbsoluteUrl(const std::string& base_url, const std::string& dir) {
  return base_url + dir;
}

}  // namespace klynge
