#include "validate/link_checker.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <vector>

#include "base/file_path.h"
#include "base/text.h"
#include "image/image_check.h"
#include "markdown/parsed_markdown.h"
#include "validate/markdown_position.h"
#include "validate/package_validator.h"

namespace klynge {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "https" for "https://x", "" when the link has no scheme.
std::string SchemeOf(std::string_view url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return "";
  for (size_t i = 1; i < url.size(); ++i) {
    char c = url[i];
    if (c == ':') return Lower(url.substr(0, i));
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return "";
  }
  return "";
}

// "figur%201.png" → "figur 1.png": authors and cmark may percent-encode names.
std::string PercentDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    uint64_t byte = 0;
    if (s[i] == '%' && i + 2 < s.size() && ParseHex(s.substr(i + 1, 2), &byte)) {
      out += static_cast<char>(byte);
      i += 2;
      continue;
    }
    out += s[i];
  }
  return out;
}

std::vector<std::string> Split(std::string_view s) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= s.size()) {
    size_t slash = s.find('/', start);
    if (slash == std::string_view::npos) slash = s.size();
    parts.emplace_back(s.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

std::string Join(const std::vector<std::string>& parts, size_t from = 0) {
  std::string out;
  for (size_t i = from; i < parts.size(); ++i) out += (i > from ? "/" : "") + parts[i];
  return out;
}

LinkTarget Bad(std::string problem) {
  LinkTarget t;
  t.kind = LinkKind::kBad;
  t.problem = std::move(problem);
  return t;
}

// What a relative link may name, said the way it is written from `base_dir`.
std::string WhereLinksGo(std::string_view base_dir) {
  if (base_dir == "stories")
    return "a relative link in a story may point to a package (../packages/smertebehandling/), "
           "a file in a package's assets/ folder or another story (aalborg-vest.md)";
  return "a relative link may point to a file in the package's assets/ folder, to a package "
         "folder (../smertebehandling/) or to a story (../../stories/aalborg-vest.md)";
}

LinkTarget ResolveRelative(std::string_view url, std::string_view base_dir) {
  LinkTarget t;
  size_t hash = url.find('#');
  if (hash != std::string_view::npos) {
    t.fragment = std::string(url.substr(hash + 1));
    url = url.substr(0, hash);
  }
  size_t query = url.find('?');
  if (query != std::string_view::npos) url = url.substr(0, query);
  std::string decoded = PercentDecode(url);
  if (decoded.find('\\') != std::string::npos)
    return Bad("uses '\\'; separate folders with '/'");

  std::vector<std::string> path = base_dir.empty() ? std::vector<std::string>() : Split(base_dir);
  for (const std::string& part : Split(decoded)) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (path.empty()) return Bad("leaves the content folder");
      path.pop_back();
      continue;
    }
    path.push_back(part);
  }
  if (path.empty()) return Bad("points to the content folder itself; " + WhereLinksGo(base_dir));
  if (path[0] == "clusters")
    return Bad("points into content/clusters/, which is private and never published");
  if (path.size() == 1 && (path[0] == "stories" || path[0] == "packages")) {
    t.kind = LinkKind::kIndex;
    t.path = path[0];
    return t;
  }
  if (path[0] == "stories") {
    if (path.size() == 2) {
      t.kind = LinkKind::kStory;
      t.slug = path[1].ends_with(".md") ? path[1].substr(0, path[1].size() - 3) : path[1];
      t.path = "stories/" + t.slug + ".md";
      return t;
    }
    return Bad("points to " + Join(path) + ", which is not a story; " + WhereLinksGo(base_dir));
  }
  if (path[0] == "packages" && path.size() >= 2) {
    t.slug = path[1];
    t.path = Join(path);
    if (path.size() == 2 || (path.size() == 3 && path[2] == "package.md")) {
      t.kind = LinkKind::kPackage;
      t.path = "packages/" + t.slug;
      return t;
    }
    if (path.size() == 3 && (path[2] == "program.yaml" || path[2] == "drejebog.yaml")) {
      t.kind = LinkKind::kPackage;
      t.page = path[2].substr(0, path[2].find('.'));
      return t;
    }
    if (path[2] == "assets" && path.size() >= 4) {
      t.kind = LinkKind::kAsset;
      return t;
    }
  }
  return Bad("points to " + Join(path) + ", which is not published; " + WhereLinksGo(base_dir));
}

// The link node's own position in the content file.
SourceLocation LinkLocation(const MarkdownText& text, const MarkdownLink& link, const ContentTree& tree) {
  if (link.block_position || link.line <= 0 || link.column <= 0)
    return MarkdownLocation(text, link.line, link.column);
  return MarkdownFileLocation(text, link.line, link.column, tree);
}

const PackageSource* FindPackageSource(const ContentTree& tree, const std::string& slug) {
  for (const PackageSource& p : tree.packages)
    if (p.slug == slug) return &p;
  return nullptr;
}

// "smertebehandling" for "packages/smertebehandling"; "" for other folders.
std::string PackageOf(std::string_view base_dir) {
  if (!base_dir.starts_with("packages/")) return "";
  return std::string(base_dir.substr(9, base_dir.find('/', 9) - 9));
}

std::string Hint(const std::string& suggestion) {
  return suggestion.empty() ? std::string() : " (did you mean `" + suggestion + "`?)";
}

// An image the site shows and the PDFs print must decode and be within the
// limits; its bytes were read by the loader.
bool CheckImageAsset(const Asset& asset, const std::string& quoted,
                     const std::function<SourceLocation()>& where, Diagnostics* diags) {
  ImageCheck check = CheckImageFile(asset.rel, asset.bytes);
  if (check.problem.empty()) return true;
  diags->Error(where(), quoted + check.problem);
  return false;
}

bool CheckTarget(const LinkTarget& t, std::string_view url, std::string_view base_dir,
                 const std::function<SourceLocation()>& where, const ContentTree& tree,
                 Diagnostics* diags, std::string_view noun) {
  std::string quoted = std::string(noun) + " \"" + std::string(url) + "\" ";
  switch (t.kind) {
    case LinkKind::kWeb:
    case LinkKind::kAnchor:
    case LinkKind::kIndex:
      return true;
    case LinkKind::kDropped:
      diags->Warning(where(), quoted + t.problem);
      return false;
    case LinkKind::kBad:
      diags->Error(where(), quoted + t.problem);
      return false;
    case LinkKind::kPackage: {
      std::vector<std::string> slugs = PackageSlugs(tree);
      if (std::find(slugs.begin(), slugs.end(), t.slug) == slugs.end()) {
        diags->Error(where(), quoted + "names a package that does not exist: there is no "
                                       "packages/" + t.slug + "/package.md" + Hint(NearestWord(t.slug, slugs)));
        return false;
      }
      if (!t.page.empty() && !tree.paths.count(t.path)) {
        diags->Error(where(), quoted + "names a file that does not exist: " + t.path);
        return false;
      }
      if (IsDraftPackage(tree, t.slug) && !IsDraftPackage(tree, PackageOf(base_dir))) {
        diags->Warning(where(), quoted + "points to " + t.slug +
                                    ", a draft package: the link is left out until it is published");
        return false;
      }
      return true;
    }
    case LinkKind::kAsset: {
      const PackageSource* pkg = FindPackageSource(tree, t.slug);
      std::string rel = t.path.substr(std::string("packages/" + t.slug + "/").size());
      std::vector<std::string> assets;
      if (pkg) {
        for (const Asset& a : pkg->assets) {
          if (a.rel == rel) return noun != "image" || CheckImageAsset(a, quoted, where, diags);
          assets.push_back(a.rel);
        }
      }
      if (tree.folders.count(t.path)) {
        diags->Error(where(), quoted + "names a folder; link to a file in it");
        return false;
      }
      if (tree.paths.count(t.path)) {
        // It exists but is no asset: hidden (the loader leaves those out), or
        // unreadable or a refused link, which the loader has reported already.
        bool hidden = false;
        for (const std::string& part : Split(rel)) hidden = hidden || part.starts_with(".");
        if (hidden)
          diags->Error(where(), quoted + "names a hidden file (a name in its path starts with '.'), "
                                         "which is never published; rename it");
        return false;
      }
      std::string hint = NearestWord(rel, assets);
      if (!hint.empty()) {
        std::string target = "packages/" + t.slug + "/" + hint;
        hint = RelativePath(target, std::string(base_dir));
      }
      diags->Error(where(), quoted + "names a file that does not exist: " + t.path + Hint(hint));
      return false;
    }
    case LinkKind::kStory: {
      if (tree.paths.count(t.path)) return true;
      std::vector<std::string> stories;
      for (const StorySource& s : tree.stories) stories.push_back(s.slug);
      std::string hint = NearestWord(t.slug, stories);
      diags->Error(where(), quoted + "names a story that does not exist: " + t.path +
                                Hint(hint.empty() ? "" : hint + ".md"));
      return false;
    }
  }
  return false;
}

}  // namespace

bool IsWebUrl(std::string_view url) {
  std::string scheme = SchemeOf(url);
  if (url.find_first_of(" \t\n\"<>") != std::string_view::npos) return false;
  if (scheme == "http" || scheme == "https") {
    size_t host = scheme.size() + 3;
    if (url.substr(scheme.size(), 3) != "://" || host >= url.size()) return false;
    char first = url[host];
    return first != '/' && first != '?' && first != '#';
  }
  if (scheme == "mailto") return url.find('@') != std::string_view::npos && url.size() > 9;
  return false;
}

LinkTarget ResolveLink(std::string_view url, std::string_view base_dir) {
  LinkTarget t;
  if (Trim(url).empty()) return Bad("is empty: give the link a target");
  if (url[0] == '#') {
    t.kind = LinkKind::kAnchor;
    t.fragment = std::string(url.substr(1));
    return t;
  }
  std::string scheme = SchemeOf(url);
  if (scheme == "http" || scheme == "https" || scheme == "mailto") {
    if (!IsWebUrl(url)) return Bad("is not a complete " + scheme + " address");
    t.kind = LinkKind::kWeb;
    return t;
  }
  if (scheme == "tel") {
    t.kind = LinkKind::kWeb;
    return t;
  }
  if (!scheme.empty()) {
    t.kind = LinkKind::kDropped;
    t.problem = "is dropped: only http, https, mailto and tel links are published, not " + scheme + ":";
    return t;
  }
  if (url.starts_with("//")) return Bad("has no scheme; write it in full, starting with https:");
  if (url[0] == '/')
    return Bad("starts with '/'; write it relative to this file (assets/figur.png, "
               "../smertebehandling/) or as a full https:// address");
  return ResolveRelative(url, base_dir);
}

bool CheckLink(std::string_view url, std::string_view base_dir, const SourceLocation& at,
               const ContentTree& tree, Diagnostics* diags, std::string_view noun) {
  return CheckTarget(ResolveLink(url, base_dir), url, base_dir, [&] { return at; }, tree, diags, noun);
}

void CheckMarkdownLinks(const MarkdownText& text, const std::vector<MarkdownLink>& links,
                        std::string_view base_dir, const ContentTree& tree, Diagnostics* diags) {
  for (const MarkdownLink& link : links)
    CheckTarget(ResolveLink(link.url, base_dir), link.url, base_dir,
                [&] { return LinkLocation(text, link, tree); }, tree, diags, link.image ? "image" : "link");
}

}  // namespace klynge
