#include "render/html/site_paths.h"

#include <vector>

namespace klynge {

std::string PackageDir(const std::string& slug) { return "pakker/" + slug + "/"; }
std::string ProgramDir(const std::string& slug) { return PackageDir(slug) + "program/"; }
std::string DrejebogDir(const std::string& slug) { return PackageDir(slug) + "drejebog/"; }
std::string AudienceDrejebogDir(const std::string& slug, const std::string& name) {
  return PackageDir(slug) + "drejebog-" + name + "/";
}
std::string StoryDir(const std::string& slug) { return std::string(kStoriesDir) + slug + "/"; }

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
