#include "support/site_links.h"

#include <cctype>
#include <filesystem>

#include "support/file_tree.h"
#include "support/temp_site.h"

namespace klynge::testing {

namespace fs = std::filesystem;

std::vector<SitePage> LoadSitePages(const std::string& site) {
  std::vector<SitePage> pages;
  for (const std::string& rel : ListFiles(site)) {
    if (fs::path(rel).extension() != ".html") continue;
    SitePage page;
    page.path = rel;
    page.tags = ScanHtmlTags(ReadFile(site + "/" + rel));
    for (const HtmlTag& tag : page.tags) {
      if (const std::string* id = tag.Get("id")) page.ids.insert(*id);
      if (tag.name == "a")
        if (const std::string* name = tag.Get("name")) page.ids.insert(*name);
    }
    pages.push_back(std::move(page));
  }
  return pages;
}

std::vector<PageUrl> UrlsOf(const SitePage& page) {
  std::vector<PageUrl> urls;
  for (const HtmlTag& tag : page.tags) {
    for (const auto& [name, value] : tag.attributes) {
      if (name == "href" || name == "src" || name == "poster" || name == "action" ||
          (name == "data" && tag.name == "object")) {
        urls.push_back({value, name, tag.line});
      } else if (name == "srcset") {
        // "a.png 1x, b.png 2x": the URL is each candidate's first word.
        size_t start = 0;
        while (start < value.size()) {
          size_t comma = value.find(',', start);
          std::string candidate =
              value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
          size_t b = candidate.find_first_not_of(" \t\n");
          if (b != std::string::npos) {
            size_t e = candidate.find_first_of(" \t\n", b);
            urls.push_back({candidate.substr(b, e == std::string::npos ? std::string::npos : e - b),
                            name, tag.line});
          }
          if (comma == std::string::npos) break;
          start = comma + 1;
        }
      }
    }
  }
  return urls;
}

namespace {

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\n\r\f");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\n\r\f");
  return s.substr(b, e - b + 1);
}

// "https:", "mailto:" …: the scheme, lower case, or "" for a relative URL.
std::string SchemeOf(const std::string& url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return "";
  for (size_t i = 1; i < url.size(); ++i) {
    char c = url[i];
    if (c == ':') {
      std::string scheme = url.substr(0, i);
      for (char& s : scheme) s = static_cast<char>(std::tolower(static_cast<unsigned char>(s)));
      return scheme;
    }
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return "";
  }
  return "";
}

LinkTarget Broken(std::string why) {
  LinkTarget t;
  t.kind = LinkTarget::kBroken;
  t.problem = std::move(why);
  return t;
}

}  // namespace

LinkTarget ResolveLink(const std::string& site, const std::string& page_path,
                       const std::string& raw_url, const std::string& base_url) {
  std::string url = Trim(raw_url);
  std::string fragment;
  size_t hash = url.find('#');
  if (hash != std::string::npos) {
    fragment = PercentDecode(url.substr(hash + 1));
    url.resize(hash);
  }
  size_t query = url.find('?');
  if (query != std::string::npos) url.resize(query);

  fs::path from_dir = fs::path(page_path).parent_path();
  std::string scheme = SchemeOf(url);
  if (!scheme.empty()) {
    if (!base_url.empty() && url.starts_with(base_url)) {
      url = url.substr(base_url.size());
      from_dir = "";
    } else if (scheme == "javascript" || scheme == "vbscript" || scheme == "file") {
      return Broken(scheme + ": URL");
    } else {
      LinkTarget t;
      t.kind = LinkTarget::kExternal;
      return t;
    }
  } else if (url.starts_with("//")) {
    return Broken("protocol-relative URL");
  } else if (url.starts_with("/")) {
    return Broken("root-relative URL: breaks file:// browsing and a site under a sub-path");
  }

  fs::path target =
      url.empty() ? fs::path(page_path) : (from_dir / PercentDecode(url)).lexically_normal();
  std::string rel = target.generic_string();
  if (rel == ".." || rel.starts_with("../")) return Broken("leaves the site folder");
  std::error_code ec;
  if (rel.empty() || rel == "." || rel.back() == '/' || fs::is_directory(fs::path(site) / rel, ec))
    target = (target / "index.html").lexically_normal();
  rel = target.generic_string();
  if (!fs::is_regular_file(fs::path(site) / rel, ec)) return Broken("no such file: " + rel);
  LinkTarget t;
  t.kind = LinkTarget::kInternal;
  t.file = rel;
  t.fragment = fragment;
  return t;
}

}  // namespace klynge::testing
