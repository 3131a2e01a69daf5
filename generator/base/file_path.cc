#include "base/file_path.h"

#include <filesystem>

namespace klynge {

// std::filesystem's lexical operations, kept here so that no code outside
// base/, load/ and write/ needs <filesystem>.
namespace fs = std::filesystem;

std::string NormalPath(const std::string& path) {
  std::string normal = fs::path(path).lexically_normal().generic_string();
  if (normal.size() > 1 && normal.back() == '/') normal.pop_back();
  return normal == "." ? "" : normal;
}

std::string JoinPath(const std::string& a, const std::string& b) {
  if (a.empty() || a == ".") return fs::path(b).lexically_normal().generic_string();
  return (fs::path(a) / b).lexically_normal().generic_string();
}

std::string RelativePath(const std::string& path, const std::string& base) {
  return fs::path(path).lexically_relative(base).generic_string();
}

std::vector<std::string> PathParts(std::string_view path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    parts.emplace_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

std::string FileName(const std::string& path) { return fs::path(path).filename().string(); }

}  // namespace klynge
