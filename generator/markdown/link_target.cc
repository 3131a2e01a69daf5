#include "markdown/link_target.h"

#include <cctype>
#include <cstring>
#include <vector>

#include "base/file_path.h"
#include "base/text.h"

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

// What a relative link may name, said the way it is written from `content_dir`.
std::string WhereLinksGo(std::string_view content_dir) {
  if (content_dir.starts_with("stories/"))
    return "a relative link in a story folder may point to a file in its assets/ folder, to a package "
           "(../../packages/smertebehandling/) or another story (../aalborg-vest.md)";
  if (content_dir == "pages")
    return "a relative link in a page may point to a package (../packages/smertebehandling/), "
           "a story (../stories/aalborg-vest.md) or another page (om-klyngepakkerne.md)";
  if (content_dir == "stories")
    return "a relative link in a story may point to a package (../packages/smertebehandling/), "
           "a file in a package's assets/ folder or another story (aalborg-vest.md)";
  return "a relative link may point to a file in the package's assets/ folder, to a package "
         "folder (../smertebehandling/), to a package's program/ or drejebog/ or to a story "
         "(../../stories/aalborg-vest.md)";
}

// "program", "drejebog", "drejebog-<name>", each with or without ".yaml".
bool IsPackagePage(std::string_view name) {
  if (name.ends_with(".yaml")) name.remove_suffix(5);
  if (name == "program" || name == "drejebog") return true;
  return name.starts_with("drejebog-") && name.size() > 9 && name.find('.') == std::string_view::npos;
}

// A web address written without its scheme: "www.sundhed.dk/x".
bool LooksLikeBareWebAddress(std::string_view url) {
  return url.size() > 4 && (url.starts_with("www.") || url.starts_with("WWW."));
}

// "+45 12 34 56 78" after "tel:": digits with the separators a number is written with.
bool IsPhoneNumber(std::string_view number) {
  int digits = 0;
  for (char c : number) {
    if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
    else if (!std::strchr("+-.()", c)) return false;
  }
  return digits >= 3 && number.find('+', 1) == std::string_view::npos;
}

LinkTarget ResolveRelative(std::string_view url, std::string_view content_dir) {
  LinkTarget t;
  size_t cut = url.find_first_of("?#");
  if (cut != std::string_view::npos) t.tail = std::string(url.substr(cut));
  size_t hash = url.find('#');
  if (hash != std::string_view::npos) t.fragment = std::string(url.substr(hash + 1));
  std::string decoded = PercentDecode(url.substr(0, cut));
  if (decoded.find('\\') != std::string::npos) return Bad("uses '\\'; separate folders with '/'");

  std::vector<std::string> path;
  for (std::string& part : PathParts(content_dir))
    if (!part.empty()) path.push_back(std::move(part));
  for (const std::string& part : PathParts(decoded)) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (path.empty()) return Bad("leaves the content folder");
      path.pop_back();
      continue;
    }
    path.push_back(part);
  }
  if (path.empty()) return Bad("points to the content folder itself; " + WhereLinksGo(content_dir));
  if (path[0] == "clusters")
    return Bad("points into content/clusters/, which is private and never published");
  if (path.size() == 1 && (path[0] == "stories" || path[0] == "packages")) {
    t.kind = LinkKind::kIndex;
    t.path = path[0];
    return t;
  }
  if (path[0] == "stories") {
    if (path.size() >= 4 && path[2] == "assets") {
      t.kind = LinkKind::kStoryAsset;
      t.slug = path[1];
      t.path = Join(path);
      return t;
    }
    if (path.size() == 2 && path[1].find('.') != std::string::npos && !path[1].ends_with(".md"))
      return Bad("points to " + Join(path) + ", which is not a story; a story's pictures go in a story "
                 "folder: stories/<slug>/story.md with the picture in stories/<slug>/assets/, linked as "
                 "assets/" + path[1]);
    if (path.size() == 2 || (path.size() == 3 && path[2] == "story.md")) {
      t.kind = LinkKind::kStory;
      t.slug = path[1].ends_with(".md") ? path[1].substr(0, path[1].size() - 3) : path[1];
      t.path = "stories/" + t.slug + ".md";
      return t;
    }
    return Bad("points to " + Join(path) + ", which is not a story; " + WhereLinksGo(content_dir));
  }
  if (path[0] == "pages" && path.size() == 2) {
    t.kind = LinkKind::kPage;
    t.slug = path[1].ends_with(".md") ? path[1].substr(0, path[1].size() - 3) : path[1];
    t.path = "pages/" + t.slug + ".md";
    return t;
  }
  if (path[0] == "packages" && path.size() >= 2) {
    t.slug = path[1];
    t.path = Join(path);
    if (path.size() == 2 || (path.size() == 3 && path[2] == "package.md")) {
      t.kind = LinkKind::kPackage;
      t.path = "packages/" + t.slug;
      return t;
    }
    // A page of the package, named by its file (program.yaml) or as the
    // site shows it (program/, the folder the page is published in).
    if (path.size() == 3 && IsPackagePage(path[2])) {
      t.kind = LinkKind::kPackage;
      t.page = path[2].substr(0, path[2].find('.'));
      t.path = "packages/" + t.slug + "/" + t.page + ".yaml";
      return t;
    }
    if (path[2] == "assets" && path.size() >= 4) {
      t.kind = LinkKind::kAsset;
      return t;
    }
  }
  return Bad("points to " + Join(path) + ", which is not published; " + WhereLinksGo(content_dir));
}

}  // namespace

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
  if (scheme == "tel") return IsPhoneNumber(url.substr(4));
  return false;
}

std::string WebUrlHint(std::string_view url) {
  if (!LooksLikeBareWebAddress(url)) return "";
  return "; add https:// in front: https://" + std::string(url);
}

bool IsPublishableScheme(std::string_view url) {
  std::string scheme = SchemeOf(url);
  return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

LinkTarget ResolveLink(std::string_view url, std::string_view content_dir) {
  LinkTarget t = [&] {
    LinkTarget t;
    if (Trim(url).empty()) return Bad("is empty: give the link a target");
    if (url[0] == '#') {
      t.kind = LinkKind::kAnchor;
      t.fragment = std::string(url.substr(1));
      return t;
    }
    std::string scheme = SchemeOf(url);
    if (scheme == "tel" && !IsWebUrl(url))
      return Bad("is not a telephone number; write it as tel:+4512345678, without spaces");
    if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") {
      if (!IsWebUrl(url)) return Bad("is not a complete " + scheme + " address");
      t.kind = LinkKind::kWeb;
      return t;
    }
    if (!scheme.empty()) {
      t.kind = LinkKind::kDropped;
      t.problem = "is dropped: only http, https, mailto and tel links are published, not " + scheme + ":";
      return t;
    }
    if (LooksLikeBareWebAddress(url)) return Bad("has no scheme" + WebUrlHint(url));
    if (url.starts_with("//")) return Bad("has no scheme; write it in full, starting with https:");
    if (url[0] == '/')
      return Bad("starts with '/'; write it relative to this file (assets/figur.png, "
                 "../smertebehandling/) or as a full https:// address");
    return ResolveRelative(url, content_dir);
  }();
  t.url = std::string(url);
  return t;
}

}  // namespace klynge
