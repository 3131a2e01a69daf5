// End-to-end: the sample site's free pages, topic and tag pages, the order
// action, the Atom feed, the sitemap's dates and the phone layout of a
// package page, as a visitor (or a feed reader, or a search engine) finds them
// in output/site/ after `klynge build`.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "support/run_klynge.h"
#include "support/temp_site.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

// Runs `command` in a shell; its standard output, and `ok` whether it exited 0.
std::string Shell(const std::string& command, bool* ok) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) {
    *ok = false;
    return out;
  }
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  *ok = pclose(pipe) == 0;
  return out;
}

// The href values of <a> elements inside the first element that starts with `open_tag`.
std::vector<std::string> HrefsIn(const std::string& html, const std::string& open_tag, const std::string& close_tag) {
  std::vector<std::string> out;
  size_t start = html.find(open_tag);
  if (start == std::string::npos) return out;
  size_t end = html.find(close_tag, start);
  std::string part = html.substr(start, end == std::string::npos ? std::string::npos : end - start);
  static const std::regex href("<a [^>]*href=\"([^\"]*)\"");
  for (std::sregex_iterator it(part.begin(), part.end(), href), stop; it != stop; ++it) out.push_back((*it)[1]);
  return out;
}

bool Has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

class SitePagesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new TempSite;
    site_ = new std::string(scratch_->root() + "/output/site");
    RunResult build = BuildSample(scratch_->root() + "/output");
    ASSERT_EQ(build.exit_code, 0) << build.err;
  }
  static void TearDownTestSuite() {
    delete site_;
    delete scratch_;
  }
  static std::string Page(const std::string& rel) {
    std::string path = *site_ + "/" + rel;
    EXPECT_TRUE(fs::is_regular_file(path)) << "no site/" << rel;
    return ReadFile(path);
  }

  static TempSite* scratch_;
  static std::string* site_;
};

TempSite* SitePagesTest::scratch_ = nullptr;
std::string* SitePagesTest::site_ = nullptr;

TEST_F(SitePagesTest, FreePagesArePublishedAndLinkedFromTheMenuOrTheFooter) {
  std::string statement = Page("tilgaengelighedserklaering/index.html");
  EXPECT_NE(statement.find("<h1>Tilgængelighedserklæring</h1>"), std::string::npos);
  EXPECT_NE(statement.find("WCAG 2.1"), std::string::npos);
  EXPECT_NE(Page("om-klyngepakkerne/index.html").find("<h1>Om klyngepakkerne</h1>"), std::string::npos);
  // menu: 1 and 2 are in the main navigation, in that order, on every kind of page;
  // the statement has no menu and is in the footer.
  for (const std::string& rel : {std::string("index.html"), std::string("pakker/smertebehandling/index.html"),
                                 std::string("historier/index.html"), std::string("emner/medicin/index.html")}) {
    std::string html = Page(rel);
    std::string up = rel == "index.html" ? "" : rel.starts_with("historier") ? "../" : "../../";
    std::vector<std::string> nav = HrefsIn(html, "<nav class=\"site-nav\"", "</nav>");
    std::vector<std::string> footer = HrefsIn(html, "<nav class=\"footer-nav\"", "</nav>");
    auto at = [&](const std::string& href) { return std::find(nav.begin(), nav.end(), href) - nav.begin(); };
    EXPECT_TRUE(Has(nav, up + "om-klyngepakkerne/index.html")) << rel;
    EXPECT_LT(at(up + "om-klyngepakkerne/index.html"), at(up + "saadan-bestiller-du/index.html")) << rel;
    EXPECT_FALSE(Has(nav, up + "tilgaengelighedserklaering/index.html")) << rel;
    EXPECT_TRUE(Has(footer, up + "tilgaengelighedserklaering/index.html")) << rel;
    EXPECT_TRUE(Has(footer, up + "feed.xml")) << rel;
  }
  // A link between free pages resolves to the other page's folder.
  EXPECT_NE(Page("om-klyngepakkerne/index.html").find("href=\"../saadan-bestiller-du/index.html\""),
            std::string::npos);
}

TEST_F(SitePagesTest, TheSearchFindsTheFreePages) {
  // static/search-index.js assigns the index that soeg/'s search.js filters.
  std::string js = Page("static/search-index.js");
  const std::string prefix = "window.KLYNGE_SEARCH_INDEX = ";
  size_t start = js.find(prefix);
  ASSERT_NE(start, std::string::npos) << js.substr(0, 200);
  nlohmann::json index = nlohmann::json::parse(js.substr(start + prefix.size(), js.rfind(';') - start - prefix.size()));
  const nlohmann::json* statement = nullptr;
  for (const nlohmann::json& entry : index)
    if (entry["title"] == "Tilgængelighedserklæring") statement = &entry;
  ASSERT_NE(statement, nullptr) << "the sample's Tilgængelighedserklæring is not in the search index";
  EXPECT_EQ((*statement)["kind"], "page");
  EXPECT_EQ((*statement)["url"], "tilgaengelighedserklaering/index.html");
  EXPECT_TRUE(fs::is_regular_file(*site_ + "/" + (*statement)["url"].get<std::string>()));
  EXPECT_NE((*statement)["text"].get<std::string>().find("WCAG"), std::string::npos) << (*statement)["text"];
  // The results name a page's kind in the site's words.
  EXPECT_NE(Page("soeg/index.html").find("data-page=\"Side\""), std::string::npos);
}

TEST_F(SitePagesTest, EveryPackagePageHasTheOrderActionFromSiteYaml) {
  for (const std::string& slug : {"smertebehandling", "dosisdispensering", "nedre-luftvejsinfektioner"}) {
    std::string html = Page("pakker/" + slug + "/index.html");
    EXPECT_NE(html.find("href=\"https://www.example.dk/bestil?pakke=" + slug + "\">Bestil klyngepakken</a>"),
              std::string::npos)
        << slug;
    EXPECT_NE(html.find("href=\"mailto:klynger@example.dk?subject=Bestilling%20af%20klyngepakken%20"),
              std::string::npos)
        << slug;
  }
  // order_weeks_before stands beside the action.
  std::string html = Page("pakker/dosisdispensering/index.html");
  size_t action = html.find("class=\"order-action\"");
  ASSERT_NE(action, std::string::npos);
  EXPECT_NE(html.substr(action, 400).find("Bestil senest 8\u00a0uger før mødet"), std::string::npos)
      << html.substr(action, 400);
}

TEST(SiteOrderTest, WithoutOrderInSiteYamlThereIsNoOrderAction) {
  TempSite site;
  site.Write("site.yaml", kSiteYaml);
  site.Write("packages/smertebehandling/package.md", kPackageMd);
  std::string err;
  ASSERT_EQ(site.Run("build --only site", &err), 0) << err;
  std::string html = ReadFile(site.root() + "/output/site/pakker/smertebehandling/index.html");
  ASSERT_NE(html.find("<h1>Smertebehandling</h1>"), std::string::npos);
  EXPECT_EQ(html.find("Bestil klyngepakken"), std::string::npos);
  EXPECT_EQ(html.find("order-action"), std::string::npos);

  site.Write("site.yaml", std::string(kSiteYaml) + "order: {email: bestil@example.dk}\n");
  ASSERT_EQ(site.Run("build --only site", &err), 0) << err;
  html = ReadFile(site.root() + "/output/site/pakker/smertebehandling/index.html");
  EXPECT_NE(html.find("href=\"mailto:bestil@example.dk?subject=Bestilling%20af%20klyngepakken%20Smertebehandling\">"
                      "Bestil klyngepakken</a>"),
            std::string::npos);
}

TEST(SiteOrderTest, AnOrderThatIsNeitherAUrlNorAnEmailIsAnErrorAtItsLine) {
  TempSite site;
  site.Write("site.yaml", std::string(kSiteYaml) + "order:\n  url: www.example.dk/bestil\n  phone: 12\nlanguage: en\n");
  site.Write("packages/smertebehandling/package.md", kPackageMd);
  std::string err;
  EXPECT_EQ(site.Run("check", &err), 1);
  EXPECT_NE(err.find("site.yaml:5:8: error: `url` must be an absolute http(s) URL"), std::string::npos) << err;
  EXPECT_NE(err.find("site.yaml:6:3: warning: unknown key `phone`"), std::string::npos) << err;
}

TEST(SiteFreePageTest, AFreePageWithoutTitleOrWithASiteFolderNameIsAnError) {
  TempSite site;
  site.Write("site.yaml", kSiteYaml);
  site.Write("packages/smertebehandling/package.md", kPackageMd);
  site.Write("pages/om.md", "---\nsummary: Om os\nmenu: første\n---\nTekst.\n");
  site.Write("pages/pakker.md", "---\ntitle: Pakker\n---\nTekst.\n");
  std::string err;
  EXPECT_EQ(site.Run("check", &err), 1);
  EXPECT_NE(err.find("pages/om.md:2:1: error:"), std::string::npos) << err;
  EXPECT_NE(err.find("title"), std::string::npos) << err;
  EXPECT_NE(err.find("pages/om.md:3:7: error:"), std::string::npos) << err;
  EXPECT_NE(err.find("pages/pakker.md: error: the page name \"pakker\" is taken"), std::string::npos) << err;
}

TEST_F(SitePagesTest, TopicAndTagPagesListTheirPackagesAndCardsAndPackagesLinkThem) {
  std::string medicin = Page("emner/medicin/index.html");
  EXPECT_NE(medicin.find("<h1>Medicin</h1>"), std::string::npos);
  EXPECT_NE(medicin.find("href=\"../../pakker/smertebehandling/index.html\""), std::string::npos);
  EXPECT_NE(medicin.find("href=\"../../pakker/opfoelgning-smertestillende/index.html\""), std::string::npos);
  EXPECT_EQ(medicin.find("pakker/dosisdispensering/"), std::string::npos);
  EXPECT_EQ(medicin.find("pakker/nedre-luftvejsinfektioner/"), std::string::npos);
  std::string opioider = Page("emneord/opioider/index.html");
  EXPECT_NE(opioider.find("href=\"../../pakker/smertebehandling/index.html\""), std::string::npos);
  EXPECT_NE(opioider.find("href=\"../../pakker/opfoelgning-smertestillende/index.html\""), std::string::npos);
  EXPECT_EQ(opioider.find("pakker/dosisdispensering/"), std::string::npos);
  // "opfølgning" and "ordiprax+" have pages under a plain folder name.
  Page("emneord/opfoelgning/index.html");
  Page("emneord/ordiprax/index.html");

  std::string package = Page("pakker/smertebehandling/index.html");
  EXPECT_NE(package.find("href=\"../../emner/medicin/index.html\""), std::string::npos);
  EXPECT_NE(package.find("href=\"../../emneord/opioider/index.html\""), std::string::npos);
  EXPECT_NE(package.find("href=\"../../emneord/tramadol/index.html\""), std::string::npos);
  std::string front = Page("index.html");
  EXPECT_NE(front.find("<dd><a href=\"emner/medicin/index.html\">Medicin</a></dd>"), std::string::npos);
  EXPECT_NE(front.find("href=\"emneord/kommunen/index.html\""), std::string::npos);
}

TEST_F(SitePagesTest, TheCatalogNarrowsByTopicWithPlainLinksToTheTopicPages) {
  std::string front = Page("index.html");
  std::vector<std::string> topics = HrefsIn(front, "<nav class=\"topic-nav\"", "</nav>");
  EXPECT_EQ(topics, (std::vector<std::string>{"emner/medicin/index.html", "emner/infektioner/index.html",
                                               "emner/samarbejde/index.html"}));
  for (const std::string& href : topics) EXPECT_TRUE(fs::is_regular_file(*site_ + "/" + href)) << href;
}

TEST_F(SitePagesTest, TheFeedIsAtomWithADatedEntryPerStoryAndRevisedPackage) {
  ASSERT_TRUE(fs::is_regular_file(*site_ + "/feed.xml"));
  bool ok = false;
  std::string entries = Shell(
      "/usr/bin/python3 -c '"
      "import sys, xml.etree.ElementTree as E\n"
      "a = \"{http://www.w3.org/2005/Atom}\"\n"
      "f = E.parse(sys.argv[1]).getroot()\n"
      "assert f.tag == a + \"feed\"\n"
      "print(\"feed\", f.find(a + \"updated\").text)\n"
      "for e in f.findall(a + \"entry\"):\n"
      "  print(e.find(a + \"id\").text, e.find(a + \"updated\").text, e.find(a + \"link\").get(\"href\"))\n"
      "' " + ShellQuote(*site_ + "/feed.xml"),
      &ok);
  ASSERT_TRUE(ok) << "feed.xml is not well-formed Atom:\n" << entries;
  EXPECT_NE(entries.find("https://klyngepakker.example.dk/pakker/smertebehandling/ 2023-06-21T00:00:00Z"),
            std::string::npos)
      << entries;
  EXPECT_NE(entries.find("https://klyngepakker.example.dk/historier/aalborg-klynge-vest/ "), std::string::npos)
      << entries;
  // The feed's own date is its newest entry's: the content's, not the clock's.
  std::smatch newest;
  std::regex first("feed (\\S+)\n\\S+ (\\S+) ");
  ASSERT_TRUE(std::regex_search(entries, newest, first)) << entries;
  EXPECT_EQ(newest[1], newest[2]);
  // Each HTML page names the feed for feed readers.
  EXPECT_NE(Page("index.html").find("<link rel=\"alternate\" type=\"application/atom+xml\""), std::string::npos);
}

TEST_F(SitePagesTest, TheSitemapDatesPagesFromTheirContent) {
  std::string sitemap = Page("sitemap.xml");
  EXPECT_NE(sitemap.find("<loc>https://klyngepakker.example.dk/pakker/smertebehandling/</loc>"
                         "<lastmod>2023-06-21</lastmod>"),
            std::string::npos)
      << sitemap;
  EXPECT_NE(sitemap.find("<loc>https://klyngepakker.example.dk/emner/medicin/</loc><lastmod>2023-06-21</lastmod>"),
            std::string::npos);
  EXPECT_NE(sitemap.find("<loc>https://klyngepakker.example.dk/historier/aalborg-klynge-vest/</loc><lastmod>"),
            std::string::npos);
  EXPECT_NE(sitemap.find("<loc>https://klyngepakker.example.dk/tilgaengelighedserklaering/</loc>"), std::string::npos);
  bool ok = false;
  std::string out = Shell("/usr/bin/python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' " +
                              ShellQuote(*site_ + "/sitemap.xml") + " 2>&1",
                          &ok);
  EXPECT_TRUE(ok) << out;
}

TEST_F(SitePagesTest, OnAPhoneTheFactsPanelFollowsTheTitleAndUnitsStayWithTheirNumbers) {
  std::string html = Page("pakker/smertebehandling/index.html");
  size_t title = html.find("<h1>"), facts = html.find("id=\"praktisk\""), body = html.find("class=\"prose\""),
         stories = html.find("id=\"historier\"");
  ASSERT_NE(facts, std::string::npos);
  ASSERT_NE(stories, std::string::npos);
  // The narrow layout is one column in source order: title, facts, then the text and stories.
  EXPECT_LT(title, facts);
  EXPECT_LT(facts, body);
  EXPECT_LT(facts, stories);
  // A PDF's size and the duration never break between number and unit.
  static const std::regex broken("[0-9] (kB|timer|min\\.|uger)");
  EXPECT_FALSE(std::regex_search(html, broken));
  EXPECT_NE(html.find("\u00a0kB)"), std::string::npos);
  EXPECT_NE(html.find("2\u00a0timer og 30\u00a0min."), std::string::npos);
  EXPECT_EQ(std::regex_search(Page("index.html"), broken), false);
}

}  // namespace
}  // namespace klynge::testing
