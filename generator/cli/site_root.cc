#include "cli/site_root.h"

#include <filesystem>
#include <system_error>

namespace klynge {

namespace fs = std::filesystem;

std::optional<std::string> FindSiteRoot(const std::string& start) {
  std::error_code ec;
  fs::path at = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  at = at.lexically_normal();
  // "/a/b/." normalises to "/a/b/", whose parent_path() is "/a/b" again.
  if (!at.has_filename() && at.has_relative_path()) at = at.parent_path();
  // A content/ folder here without its site.yaml is still this site's root: the
  // build then says which file is missing, instead of looking further up.
  const bool content_here = fs::is_directory(at / "content", ec);
  std::string relative = ".";
  for (int up = 0;; ++up) {
    if (fs::is_regular_file(at / "content" / "site.yaml", ec)) return relative;
    if (!at.has_relative_path()) return content_here ? std::optional<std::string>(".") : std::nullopt;
    at = at.parent_path();
    relative = up == 0 ? ".." : relative + "/..";
  }
}

std::string NoSiteRootMessage(const std::string& command) {
  return "klynge " + command +
         ": no site root here or in any folder above (a site root holds content/site.yaml).\n"
         "  Run klynge in the site root, give it with --root DIR, or make a new site with `klynge new site DIR`.\n";
}

}  // namespace klynge
