// End-to-end: builds the sample content with the real binary, then looks at
// output/site/ as a visitor and a search engine would: every link and anchor
// resolves, every page has a title and a language, every package and story is
// reachable from the front page, and nothing from content/clusters/ is in any
// public file.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <map>

#include "load/yaml_reader.h"
#include "support/file_tree.h"
#include "support/run_klynge.h"
#include "support/site_links.h"
#include "support/temp_site.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

std::string Content() { return SampleRoot() + "/content"; }

// A YAML file or text, parsed with klynge's reader (no tree when it cannot be read).
std::shared_ptr<const YamlTree> Yaml(const std::string& text) { return ReadYaml(text).tree; }

// The value at `key` of a mapping, or nullptr.
const YamlNode* Get(const YamlNode* node, const std::string& key) {
  return node && node->IsMapping() ? node->Find(key) : nullptr;
}

// The YAML front matter of a Markdown file, parsed (no tree when there is none).
std::shared_ptr<const YamlTree> FrontMatter(const std::string& path) {
  std::string text = ReadFile(path);
  if (!text.starts_with("---\n")) return nullptr;
  size_t end = text.find("\n---", 3);
  if (end == std::string::npos) return nullptr;
  return Yaml(text.substr(4, end - 3));
}

bool IsDraft(const std::string& markdown_path) {
  std::shared_ptr<const YamlTree> front = FrontMatter(markdown_path);
  const YamlNode* draft = front ? Get(front->root(), "draft") : nullptr;
  return draft && draft->AsBool().value_or(false);
}

std::vector<std::string> Subfolders(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// Text pdftotext extracts, whitespace runs folded to one space; `ok` false
// when pdftotext cannot read the file (a broken PDF is a failure too).
std::string PdfText(const std::string& path, bool* ok) {
  std::string command = "pdftotext -q -enc UTF-8 " + ShellQuote(path) + " - 2>/dev/null";
  std::string text;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) {
    *ok = false;
    return text;
  }
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) text.append(buf, n);
  *ok = pclose(pipe) == 0;
  std::string folded;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && !folded.empty() && folded.back() == ' ') continue;
    folded += space ? ' ' : c;
  }
  return folded;
}

bool AllDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// Whether `needle` occurs in `hay`. A number (a ydernummer) must stand alone,
// not inside a longer run of letters or digits: PDF cross-reference tables
// and hashes are full of digits.
bool Contains(const std::string& hay, const std::string& needle) {
  bool whole_word = AllDigits(needle);
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
    if (!whole_word) return true;
    bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(hay[at - 1]));
    size_t end = at + needle.size();
    bool right = end == hay.size() || !std::isalnum(static_cast<unsigned char>(hay[end]));
    if (left && right) return true;
  }
  return false;
}

std::string HtmlEscaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string FoldSpaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return out;
}

// What content/clusters/<slug>/cluster.yaml says that must stay private:
// the slug, the cluster's name, coordinator and meeting place, and every
// clinic's id and name.
struct PrivateStrings {
  std::string cluster;  // the slug
  std::vector<std::string> strings;
};

std::vector<PrivateStrings> ReadPrivateStrings() {
  std::vector<PrivateStrings> all;
  for (const std::string& slug : Subfolders(Content() + "/clusters")) {
    PrivateStrings p;
    p.cluster = slug;
    p.strings.push_back(slug);
    std::shared_ptr<const YamlTree> tree = Yaml(ReadFile(Content() + "/clusters/" + slug + "/cluster.yaml"));
    EXPECT_TRUE(tree) << slug << "/cluster.yaml does not parse";
    const YamlNode* yaml = tree ? tree->root() : nullptr;
    auto add = [&](const YamlNode* n) {
      if (n && n->IsScalar() && !n->text().empty()) p.strings.push_back(n->text());
    };
    add(Get(yaml, "name"));
    add(Get(yaml, "coordinator"));
    add(Get(Get(yaml, "meeting"), "place"));
    if (const YamlNode* practices = Get(yaml, "practices")) {
      for (const YamlNode* practice : practices->items()) {
        add(Get(practice, "id"));
        add(Get(practice, "name"));
      }
    }
    all.push_back(std::move(p));
  }
  return all;
}

// Every needle found in the files under `root` (raw bytes, and the text of
// PDFs), as "file: needle" lines. File paths are searched too.
std::vector<std::string> FindStrings(const std::string& root,
                                     const std::vector<std::string>& needles) {
  std::vector<std::string> found;
  for (const std::string& rel : ListFiles(root)) {
    std::string bytes = ReadFile(root + "/" + rel);
    std::string text;
    if (fs::path(rel).extension() == ".pdf") {
      bool ok = true;
      text = PdfText(root + "/" + rel, &ok);
      if (!ok) found.push_back(rel + ": pdftotext cannot read it");
    }
    for (const std::string& needle : needles) {
      std::string folded = FoldSpaces(needle);
      if (Contains(rel, needle) || Contains(bytes, needle) ||
          Contains(bytes, HtmlEscaped(needle)) || Contains(text, folded))
        found.push_back(rel + ": \"" + needle + "\"");
    }
  }
  return found;
}

std::string JoinLines(const std::vector<std::string>& lines, size_t limit = 40) {
  std::string out;
  for (size_t i = 0; i < lines.size() && i < limit; ++i) out += "  " + lines[i] + "\n";
  if (lines.size() > limit) out += "  … and " + std::to_string(lines.size() - limit) + " more\n";
  return out;
}

class SiteCrawlTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempSite();
    output_ = new std::string(scratch_->root() + "/output");
    site_ = new std::string(*output_ + "/site");
    build_ = new RunResult(BuildSample(*output_));
    pages_ = new std::vector<SitePage>(LoadSitePages(*site_));
    std::shared_ptr<const YamlTree> site_yaml = Yaml(ReadFile(Content() + "/site.yaml"));
    const YamlNode* base_url = site_yaml ? Get(site_yaml->root(), "base_url") : nullptr;
    base_url_ = new std::string(base_url ? base_url->text() : "");
  }
  static void TearDownTestSuite() {
    delete pages_;
    delete build_;
    delete base_url_;
    delete site_;
    delete output_;
    delete scratch_;
  }
  void SetUp() override {
    ASSERT_EQ(build_->exit_code, 0) << "klynge build of the sample content failed:\n"
                                    << build_->err;
    ASSERT_TRUE(fs::is_regular_file(*site_ + "/index.html")) << "no site/index.html";
  }

  const SitePage* Page(const std::string& path) const {
    for (const SitePage& page : *pages_)
      if (page.path == path) return &page;
    return nullptr;
  }

  // Pages reachable from the front page by following internal links.
  std::set<std::string> Reachable() const {
    std::set<std::string> seen{"index.html"};
    std::deque<std::string> queue{"index.html"};
    while (!queue.empty()) {
      const SitePage* page = Page(queue.front());
      queue.pop_front();
      if (!page) continue;
      for (const PageUrl& u : UrlsOf(*page)) {
        LinkTarget t = ResolveLink(*site_, page->path, u.url, *base_url_);
        if (t.kind == LinkTarget::kInternal && fs::path(t.file).extension() == ".html" &&
            seen.insert(t.file).second)
          queue.push_back(t.file);
      }
    }
    return seen;
  }

  static TempSite* scratch_;
  static std::string* output_;
  static std::string* site_;
  static std::string* base_url_;
  static RunResult* build_;
  static std::vector<SitePage>* pages_;
};

TempSite* SiteCrawlTest::scratch_ = nullptr;
std::string* SiteCrawlTest::output_ = nullptr;
std::string* SiteCrawlTest::site_ = nullptr;
std::string* SiteCrawlTest::base_url_ = nullptr;
RunResult* SiteCrawlTest::build_ = nullptr;
std::vector<SitePage>* SiteCrawlTest::pages_ = nullptr;

TEST_F(SiteCrawlTest, EveryInternalLinkResolvesToAFile) {
  std::vector<std::string> broken;
  size_t internal = 0;
  for (const SitePage& page : *pages_) {
    for (const PageUrl& u : UrlsOf(page)) {
      LinkTarget t = ResolveLink(*site_, page.path, u.url, *base_url_);
      if (t.kind == LinkTarget::kInternal) ++internal;
      if (t.kind == LinkTarget::kBroken)
        broken.push_back(page.path + ":" + std::to_string(u.line) + ": " + u.attribute + "=\"" +
                         u.url + "\": " + t.problem);
    }
  }
  EXPECT_TRUE(broken.empty()) << broken.size() << " broken link(s):\n" << JoinLines(broken);
  EXPECT_GT(internal, pages_->size()) << "the pages hardly link to each other";
}

TEST_F(SiteCrawlTest, EveryAnchorExistsInItsTargetPage) {
  std::vector<std::string> missing;
  size_t anchors = 0;
  for (const SitePage& page : *pages_) {
    for (const PageUrl& u : UrlsOf(page)) {
      LinkTarget t = ResolveLink(*site_, page.path, u.url, *base_url_);
      if (t.kind != LinkTarget::kInternal || t.fragment.empty()) continue;
      if (fs::path(t.file).extension() != ".html") continue;
      ++anchors;
      const SitePage* target = Page(t.file);
      if (!target || !target->ids.count(t.fragment))
        missing.push_back(page.path + ":" + std::to_string(u.line) + ": \"" + u.url +
                          "\": no id \"" + t.fragment + "\" in " + t.file);
    }
  }
  EXPECT_TRUE(missing.empty()) << missing.size() << " anchor(s) missing:\n" << JoinLines(missing);
  RecordProperty("anchors", static_cast<int>(anchors));
}

TEST_F(SiteCrawlTest, EveryPageHasATitleAndALanguage) {
  std::vector<std::string> problems;
  for (const SitePage& page : *pages_) {
    bool has_html = false, has_title = false;
    for (const HtmlTag& tag : page.tags) {
      if (tag.name == "html") {
        has_html = true;
        const std::string* lang = tag.Get("lang");
        if (!lang || lang->empty()) problems.push_back(page.path + ": <html> without lang");
      }
      if (tag.name == "title") {
        has_title = true;
        if (tag.text.find_first_not_of(" \t\r\n") == std::string::npos)
          problems.push_back(page.path + ": empty <title>");
      }
    }
    if (!has_html) problems.push_back(page.path + ": no <html> tag");
    if (!has_title) problems.push_back(page.path + ": no <title>");
  }
  EXPECT_TRUE(problems.empty()) << JoinLines(problems);
}

TEST_F(SiteCrawlTest, EveryPackageAndStoryIsReachableFromTheFrontPage) {
  std::set<std::string> reachable = Reachable();
  std::vector<std::string> problems;
  std::vector<std::string> packages = Subfolders(Content() + "/packages");
  ASSERT_FALSE(packages.empty()) << "the sample content has no packages";
  for (const std::string& slug : packages) {
    std::string dir = Content() + "/packages/" + slug;
    std::string page = "pakker/" + slug + "/index.html";
    if (IsDraft(dir + "/package.md")) {
      if (fs::exists(*site_ + "/pakker/" + slug))
        problems.push_back("draft package published: " + page);
      continue;
    }
    if (!reachable.count(page)) problems.push_back("not reachable: " + page);
    if (fs::exists(dir + "/program.yaml") &&
        !reachable.count("pakker/" + slug + "/program/index.html"))
      problems.push_back("not reachable: pakker/" + slug + "/program/index.html");
    if (fs::exists(dir + "/drejebog.yaml") &&
        !reachable.count("pakker/" + slug + "/drejebog/index.html"))
      problems.push_back("not reachable: pakker/" + slug + "/drejebog/index.html");
  }
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(Content() + "/stories", ec)) {
    if (entry.path().extension() != ".md") continue;
    std::string page = "historier/" + entry.path().stem().string() + "/index.html";
    if (IsDraft(entry.path().string())) continue;
    if (!reachable.count(page)) problems.push_back("not reachable: " + page);
  }
  EXPECT_TRUE(problems.empty()) << JoinLines(problems);
}

TEST_F(SiteCrawlTest, TheSitemapListsPagesThatExist) {
  std::string sitemap = ReadFile(*site_ + "/sitemap.xml");
  ASSERT_FALSE(sitemap.empty()) << "no site/sitemap.xml";
  std::set<std::string> listed;
  std::vector<std::string> problems;
  for (size_t at = sitemap.find("<loc>"); at != std::string::npos;
       at = sitemap.find("<loc>", at + 5)) {
    size_t end = sitemap.find("</loc>", at);
    ASSERT_NE(end, std::string::npos) << "unterminated <loc> in sitemap.xml";
    std::string loc = DecodeHtmlEntities(sitemap.substr(at + 5, end - at - 5));
    if (!loc.starts_with(*base_url_)) {
      problems.push_back(loc + ": not under base_url " + *base_url_);
      continue;
    }
    LinkTarget t = ResolveLink(*site_, "index.html", loc, *base_url_);
    if (t.kind != LinkTarget::kInternal) {
      problems.push_back(loc + ": " + t.problem);
      continue;
    }
    listed.insert(t.file);
  }
  EXPECT_TRUE(problems.empty()) << JoinLines(problems);
  EXPECT_TRUE(listed.count("index.html")) << "the sitemap does not list the front page";
  for (const std::string& slug : Subfolders(Content() + "/packages")) {
    if (IsDraft(Content() + "/packages/" + slug + "/package.md")) continue;
    EXPECT_TRUE(listed.count("pakker/" + slug + "/index.html"))
        << "the sitemap does not list " << slug;
  }
}

TEST_F(SiteCrawlTest, NothingFromTheClustersIsInAnyPublicFile) {
  std::vector<PrivateStrings> clusters = ReadPrivateStrings();
  ASSERT_FALSE(clusters.empty())
      << "the sample content has no cluster: this test would prove nothing";
  std::vector<std::string> needles;
  for (const PrivateStrings& c : clusters)
    needles.insert(needles.end(), c.strings.begin(), c.strings.end());
  ASSERT_GT(needles.size(), clusters.size()) << "the sample clusters name no clinics";
  std::vector<std::string> leaks = FindStrings(*site_, needles);
  EXPECT_TRUE(leaks.empty()) << leaks.size() << " private string(s) in the public site:\n"
                             << JoinLines(leaks);
}

// The search above only means something if it finds these strings where they
// belong: in the private cluster packs, PDFs included.
TEST_F(SiteCrawlTest, TheClusterPacksCarryTheirClusterName) {
  std::vector<PrivateStrings> clusters = ReadPrivateStrings();
  ASSERT_FALSE(clusters.empty());
  for (const PrivateStrings& c : clusters) {
    std::string pack = *output_ + "/clusters/" + c.cluster;
    ASSERT_TRUE(fs::is_directory(pack)) << "no private pack at output/clusters/" << c.cluster;
    ASSERT_GE(c.strings.size(), 2u);
    std::vector<std::string> found = FindStrings(pack, {c.strings[1]});  // the cluster's name
    EXPECT_FALSE(found.empty()) << "output/clusters/" << c.cluster << " never names \""
                                << c.strings[1] << "\"";
  }
}

}  // namespace
}  // namespace klynge::testing
