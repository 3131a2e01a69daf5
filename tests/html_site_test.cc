// The public site as a visitor reads it: the text on each page, what must not
// be published, and links that lead somewhere.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "pipeline/build_units.h"
#include "support/html_scan.h"
#include "support/site_catalog.h"

namespace klynge {
namespace {

using testing::DecodeHtmlEntities;
using testing::HtmlTag;
using testing::ScanHtmlTags;

class HtmlSiteTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    cmark_gfm_core_extensions_ensure_registered();
    catalog_ = new Catalog(testing::FullCatalog());
    theme_ = new Theme(testing::SourceTheme());
    site_ = new Output;
    PackageDocuments documents = testing::FullDocuments();
    Status s = RenderParts(*catalog_, *theme_, {}, {BuildPart::kSite}, 0, site_, &documents);
    ASSERT_TRUE(s.ok()) << s.message();
    // The PDF renderer writes the documents the package page lists.
    for (const auto& [slug, documents] : testing::FullDocuments())
      for (const PublishedDocument& doc : documents) site_->Add("site/" + doc.path, "%PDF-1.4");
  }
  static void TearDownTestSuite() {
    delete site_;
    delete theme_;
    delete catalog_;
  }

  static std::string Page(const std::string& path) {
    const std::string* bytes = site_->Get("site/" + path);
    EXPECT_NE(bytes, nullptr) << "no site/" << path;
    return bytes ? *bytes : "";
  }
  // The page's text without tags, entities decoded, white space collapsed.
  static std::string Text(const std::string& path) {
    std::string html = Page(path), out;
    bool in_tag = false;
    for (char c : html) {
      if (c == '<') in_tag = true;
      if (!in_tag) out += (c == '\n' || c == '\t') ? ' ' : c;
      if (c == '>') {
        in_tag = false;
        out += ' ';
      }
    }
    std::string text = DecodeHtmlEntities(out), collapsed;
    for (char c : text)
      if (c != ' ' || (!collapsed.empty() && collapsed.back() != ' ')) collapsed += c;
    return collapsed;
  }
  static bool Has(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
  }

  static Catalog* catalog_;
  static Theme* theme_;
  static Output* site_;
};

Catalog* HtmlSiteTest::catalog_ = nullptr;
Theme* HtmlSiteTest::theme_ = nullptr;
Output* HtmlSiteTest::site_ = nullptr;

TEST_F(HtmlSiteTest, WritesThePagesOfTheDecidedLayout) {
  for (const char* path :
       {"index.html", "pakker/smertebehandling/index.html", "pakker/smertebehandling/program/index.html",
        "pakker/smertebehandling/drejebog/index.html", "pakker/smertebehandling/assets/forloeb.png",
        "pakker/opfoelgning/index.html", "historier/index.html", "historier/aalborg/index.html",
        "soeg/index.html", "sitemap.xml", "404.html", "static/style.css", "static/search.js",
        "static/search-index.js"})
    EXPECT_TRUE(site_->Has(std::string("site/") + path)) << path;
  for (const auto& [path, bytes] : site_->files()) EXPECT_TRUE(path.starts_with("site/")) << path;
  // A package without program.yaml gets no program page.
  EXPECT_FALSE(site_->Has("site/pakker/opfoelgning/program/index.html"));
}

TEST_F(HtmlSiteTest, PackagePageShowsTheFactsAsDanishReadersWriteThem) {
  std::string text = Text("pakker/smertebehandling/index.html");
  for (const char* expected :
       {"Smertebehandling", "Kan forbruget af opioider i din klinik blive mindre?", "Udbyder",
        "KAP-H’s medicinteam", "Pris Gratis", "Varighed 2\u00a0timer og 30\u00a0min.",
        "Bestil klyngepakken Bestil senest 8\u00a0uger før mødet", "kap-h@regionh.dk", "38 66 52 99",
        "Ny retningslinje for langvarige smerter", "Sidst revideret 21. juni 2023",
        "Målepunkter", "Patienter 25+ år med opioid i 3 mdr. eller mere", "pr. 1.000 tilmeldte",
        "En lavere værdi er bedre", "En højere værdi er bedre", "Powerpoint til klyngemødet",
        "Kan med fordel suppleres med", "Dosisdispensering", "Opfølgningspakker",
        "Opfølgning på smertestillende medicin", "Aalborg Klynge Vest fulgte op",
        "Detaljeret program til mødeleder", "Drejebog før, under og efter mødet",
        "Implementeringsplan (A3)", "(PDF, 124\u00a0kB)", "(PDF, 1.235\u00a0kB)"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n" << text;
  std::string html = Page("pakker/smertebehandling/index.html");
  EXPECT_TRUE(Has(html, "href=\"program/index.html\""));
  EXPECT_TRUE(Has(html, "href=\"drejebog/index.html\""));
  EXPECT_TRUE(Has(html, "href=\"pdf/program.pdf\""));
  EXPECT_TRUE(Has(html, "href=\"mailto:kap-h@regionh.dk\""));
  EXPECT_TRUE(Has(html, "href=\"tel:38665299\""));
  EXPECT_FALSE(Has(html, "javascript:")) << "the facts panel published a javascript: link";
  EXPECT_TRUE(Has(html, "<meta name=\"description\" content=\"Ordinationsmønstret for patienter"));
}

TEST_F(HtmlSiteTest, APackageWithoutContactShowsTheSiteContact) {
  std::string text = Text("pakker/dosisdispensering/index.html");
  EXPECT_TRUE(Has(text, "Kontakt klynger@example.dk")) << text;
  // No description in the front matter: the body's first paragraph.
  EXPECT_TRUE(Has(Page("pakker/dosisdispensering/index.html"),
                  "<meta name=\"description\" content=\"Første afsnit om Dosisdispensering.\">"));
}

TEST_F(HtmlSiteTest, FollowUpsAreShownWithThePackageTheyFollow) {
  std::string front = Text("index.html");
  EXPECT_TRUE(Has(front, "Opfølgningspakke til Smertebehandling")) << front;
  EXPECT_TRUE(Has(front, "Opfølgning: Opfølgning på smertestillende medicin")) << front;
  EXPECT_TRUE(Has(Text("pakker/opfoelgning/index.html"), "Opfølgningspakke til Smertebehandling"));
  // The follow-up's card comes right after the card of the package it follows.
  size_t parent = front.find("Smertebehandling Kan forbruget");
  size_t child = front.find("Opfølgning på smertestillende medicin Opfølgningspakke til");
  ASSERT_NE(parent, std::string::npos) << front;
  ASSERT_NE(child, std::string::npos) << front;
  EXPECT_LT(parent, child);
}

TEST_F(HtmlSiteTest, FrontPageGroupsCardsByTopicInTheSitesOrder) {
  std::string html = Page("index.html");
  size_t medicin = html.find("<h2 id=\"emne-medicin\"><a href=\"emner/medicin/index.html\">Medicin</a></h2>");
  size_t infektioner =
      html.find("<h2 id=\"emne-infektioner\"><a href=\"emner/infektioner/index.html\">Infektioner</a></h2>");
  size_t samarbejde =
      html.find("<h2 id=\"emne-samarbejde\"><a href=\"emner/samarbejde/index.html\">Samarbejde</a></h2>");
  ASSERT_NE(medicin, std::string::npos) << html;
  ASSERT_NE(infektioner, std::string::npos);
  ASSERT_NE(samarbejde, std::string::npos);
  EXPECT_LT(medicin, infektioner);
  EXPECT_LT(infektioner, samarbejde);
  // The topic navigation is plain links to the topic pages: it works without JavaScript.
  EXPECT_TRUE(Has(html, "<a href=\"emner/medicin/index.html\">Medicin <span class=\"count\">(2)</span></a>"));
  std::string text = Text("index.html");
  EXPECT_TRUE(Has(text, "Varighed 2\u00a0timer og 30\u00a0min.")) << text;
  EXPECT_TRUE(Has(text, "Udbyder KAP-H’s medicinteam")) << text;
  EXPECT_TRUE(Has(text, "Emne Samarbejde")) << text;
}

TEST_F(HtmlSiteTest, YamlValuesAreEscaped) {
  std::string front = Page("index.html");
  EXPECT_FALSE(Has(front, "<script>alert")) << "a YAML title reached the page unescaped";
  EXPECT_TRUE(Has(front, "Antibiotika &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
  EXPECT_TRUE(Has(front, "Udbyder &amp; co &lt;b&gt;fed&lt;/b&gt;"));
  std::string page = Page("pakker/antibiotika/index.html");
  EXPECT_FALSE(Has(page, "<script>alert"));
  EXPECT_FALSE(Has(page, "<b>fed"));
  EXPECT_TRUE(Has(page, "<h1>Antibiotika &lt;script&gt;"));
  EXPECT_TRUE(Has(page, "<title>Antibiotika &lt;script&gt;"));
}

TEST_F(HtmlSiteTest, RawHtmlAndScriptLinksInMarkdownAreNotPublished) {
  std::string page = Page("pakker/antibiotika/index.html");
  for (const char* bad : {"onerror", "<iframe", "javascript:", "<img src=\"x\""})
    EXPECT_FALSE(Has(page, bad)) << bad;
  std::string text = Text("pakker/antibiotika/index.html");
  EXPECT_TRUE(Has(text, "Klik")) << "the link's text should stay";
  for (const auto& [path, bytes] : site_->files())
    if (path.ends_with(".html"))
      for (const HtmlTag& tag : ScanHtmlTags(bytes))
        if (tag.name == "script")
          EXPECT_TRUE(tag.Get("src") != nullptr) << path << ":" << tag.line << ": inline script";
}

TEST_F(HtmlSiteTest, BodyHeadingsGetUniqueAnchorsAndLinksPointAtPublishedPages) {
  std::string html = Page("pakker/smertebehandling/index.html");
  EXPECT_TRUE(Has(html, "<h2 id=\"hvorfor-er-dette-vigtigt\">Hvorfor er dette vigtigt?</h2>"));
  EXPECT_TRUE(Has(html, "<h2 id=\"hvorfor-er-dette-vigtigt-2\">Hvorfor er dette vigtigt?</h2>"));
  // "####" right after "##" becomes <h3>: no skipped levels.
  EXPECT_TRUE(Has(html, "<h3 id=\"foer-moedet\">Før mødet</h3>")) << html;
  EXPECT_TRUE(Has(html, "<img src=\"assets/forloeb.png\" alt=\"forløbet\">"));
  EXPECT_TRUE(Has(html, "<a href=\"../dosisdispensering/index.html\">dosispakken</a>"));
  EXPECT_FALSE(Has(html, "hemmelig")) << "a link to a draft was published";
  std::string story = Page("historier/aalborg/index.html");
  EXPECT_TRUE(Has(story, "<a href=\"../../pakker/smertebehandling/index.html\">pakken</a>"));
  EXPECT_TRUE(Has(story, "<a href=\"../roskilde/index.html\">Roskilde</a>"));
  std::string drejebog = Page("pakker/smertebehandling/drejebog/index.html");
  EXPECT_TRUE(Has(drejebog, "<a href=\"../program/index.html\">programmet</a>")) << drejebog;
  EXPECT_TRUE(Has(drejebog, "<a href=\"../../opfoelgning/index.html\">opfølgningspakken</a>"));
}

TEST_F(HtmlSiteTest, ProgramPageRunsAClockAndShowsBreaksAndSeating) {
  std::string text = Text("pakker/smertebehandling/program/index.html");
  // Tid, minutes, text, slides: the clock runs from the meeting's start.
  for (const char* row : {"0:00 15 Introducér mødets emne. Slides: 2 2",
                          "0:15 5 Vis videoen.", "0:20 10 Gennemgå klyngens data.",
                          "0:30 Sæt gang i samtalerne.", "0:30 45 Plenum.", "1:15 15 Pause",
                          "1:30 60 Udfyld implementeringsplanen.", "2:30 150 I alt: 2 timer og 30 min."})
    EXPECT_TRUE(Has(text, row)) << row << "\n" << text;
  EXPECT_TRUE(Has(text, "Blok 1: Simple kroniske smerter (1 time)")) << text;
  EXPECT_TRUE(Has(text, "Bland deltagerne: sid ikke med kolleger fra egen klinik"));
  EXPECT_TRUE(Has(text, "Kolleger fra samme klinik sidder sammen"));
  EXPECT_TRUE(Has(text, "Målepunkt: Patienter 25+ år med opioid i 3 mdr. eller mere"));
  EXPECT_TRUE(Has(text, "Smertebehandling (2 timer og 30 min.)"));
  std::string html = Page("pakker/smertebehandling/program/index.html");
  EXPECT_TRUE(Has(html, "<tbody class=\"break\">")) << "the break is not styled apart";
  EXPECT_TRUE(Has(html, "<th scope=\"col\" class=\"col-clock\">Tid</th>"));
  EXPECT_TRUE(Has(html, "href=\"../index.html#maalepunkt-opioid-3m\""));
}

TEST_F(HtmlSiteTest, DrejebogPageShowsPhasesTimingRolesAndChecklists) {
  std::string text = Text("pakker/smertebehandling/drejebog/index.html");
  for (const char* expected :
       {"Før klyngemødet", "Under klyngemødet", "Efter klyngemødet", "Bestil klyngepakken",
        "8 uger før mødet", "Ansvarlig: Klyngekoordinator", "På mødedagen",
        "6 måneder efter mødet", "Lokale til alle Projektor med lyd Flipover"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n" << text;
  EXPECT_LT(text.find("Før klyngemødet Bestil"), text.find("Under klyngemødet Brug"));
  std::string html = Page("pakker/smertebehandling/drejebog/index.html");
  EXPECT_FALSE(Has(html, "checkbox")) << "checklists are drawn by CSS, not form controls";
  EXPECT_TRUE(Has(html, "<ul class=\"checklist\" aria-label=\"Tjekliste\">"));
}

TEST_F(HtmlSiteTest, ADrejebogForAnotherAudienceHasItsOwnPageLinkedFromThePackage) {
  std::string text = Text("pakker/dosisdispensering/drejebog-kommune/index.html");
  for (const char* expected :
       {"Drejebog til kommunen", "Målgruppe: Kommunen", "Før klyngemødet", "Formøde med klyngen",
        "3 uger før mødet", "Ansvarlig: Kommunens kontaktperson", "Under klyngemødet",
        "Oplæg fra kommunen i blok 2"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n" << text;
  EXPECT_FALSE(Has(text, "Efter klyngemødet")) << "no tasks after: no section";
  std::string html = Page("pakker/dosisdispensering/drejebog-kommune/index.html");
  EXPECT_TRUE(Has(html, "<title>Drejebog til kommunen: Dosisdispensering")) << html;
  EXPECT_TRUE(Has(html, "<a href=\"../index.html\">Dosisdispensering</a>")) << html;
  std::string package = Page("pakker/dosisdispensering/index.html");
  EXPECT_TRUE(Has(package, "<li><a href=\"drejebog-kommune/index.html\">Drejebog til kommunen</a></li>")) << package;
  EXPECT_FALSE(Has(package, "href=\"drejebog/index.html\"")) << "dosisdispensering has no drejebog.yaml here";
  // The main drejebog keeps its own lead.
  EXPECT_TRUE(Has(Text("pakker/smertebehandling/drejebog/index.html"),
                  "Det vigtigste, der skal ske før, under og efter klyngemødet"));
  EXPECT_TRUE(Has(Page("sitemap.xml"), "https://klyngepakker.example.dk/pakker/dosisdispensering/drejebog-kommune/</loc>"));
}

TEST_F(HtmlSiteTest, StoriesShowDanishDatesAndTheirPackages) {
  std::string list = Text("historier/index.html");
  EXPECT_TRUE(Has(list, "Aalborg Klynge Vest fulgte op 21. juni 2023 · Aalborg Klynge Vest")) << list;
  EXPECT_LT(list.find("Aalborg"), list.find("Roskilde")) << "newest first";
  EXPECT_TRUE(Has(list, "Første afsnit af historien.")) << "summary falls back to the first paragraph";
  std::string story = Text("historier/aalborg/index.html");
  EXPECT_TRUE(Has(story, "21. juni 2023")) << story;
  EXPECT_TRUE(Has(story, "Klyngepakker i historien Smertebehandling")) << story;
  EXPECT_FALSE(Has(story, "Hemmelig")) << "a draft package was named";
  EXPECT_TRUE(Has(Page("historier/aalborg/index.html"), "<time datetime=\"2023-06-21\">"));
}

TEST_F(HtmlSiteTest, DraftsAreNowhereInTheSite) {
  for (const auto& [path, bytes] : site_->files()) {
    EXPECT_FALSE(Has(bytes, "Hemmelig kladde")) << path;
    EXPECT_FALSE(Has(path, "hemmelig")) << path;
  }
}

TEST_F(HtmlSiteTest, EveryPageHasLanguageTitleCanonicalAndDescription) {
  for (const auto& [path, bytes] : site_->files()) {
    if (!path.ends_with(".html")) continue;
    EXPECT_TRUE(Has(bytes, "<html lang=\"da\">")) << path;
    bool title = false, canonical = false, description = false;
    for (const HtmlTag& tag : ScanHtmlTags(bytes)) {
      if (tag.name == "title" && !tag.text.empty()) title = true;
      const std::string* rel = tag.Get("rel");
      if (tag.name == "link" && rel && *rel == "canonical") {
        canonical = true;
        EXPECT_TRUE(tag.Get("href")->starts_with("https://klyngepakker.example.dk/")) << path;
      }
      const std::string* name = tag.Get("name");
      if (tag.name == "meta" && name && *name == "description" && !tag.Get("content")->empty())
        description = true;
    }
    EXPECT_TRUE(title) << path;
    EXPECT_TRUE(canonical) << path;
    EXPECT_TRUE(description) << path;
  }
  EXPECT_TRUE(Has(Page("pakker/smertebehandling/index.html"),
                  "<link rel=\"canonical\" href=\"https://klyngepakker.example.dk/pakker/smertebehandling/\">"));
}

TEST_F(HtmlSiteTest, IdsAreUniqueOnEveryPage) {
  for (const auto& [path, bytes] : site_->files()) {
    std::set<std::string> ids;
    for (const HtmlTag& tag : ScanHtmlTags(bytes))
      if (const std::string* id = tag.Get("id")) EXPECT_TRUE(ids.insert(*id).second) << path << ": #" << *id;
  }
}

// Every relative href and src resolves to a file in the output, and every
// fragment to an id in its page; so the folder works opened from disk.
TEST_F(HtmlSiteTest, RelativeLinksResolveInsideTheSite) {
  namespace fs = std::filesystem;
  std::map<std::string, std::set<std::string>> ids;
  for (const auto& [path, bytes] : site_->files())
    for (const HtmlTag& tag : ScanHtmlTags(bytes))
      if (const std::string* id = tag.Get("id")) ids[path].insert(*id);
  int checked = 0;
  for (const auto& [path, bytes] : site_->files()) {
    if (!path.ends_with(".html") || path == "site/404.html")
      continue;
    for (const HtmlTag& tag : ScanHtmlTags(bytes)) {
      for (const char* attr : {"href", "src", "action"}) {
        const std::string* url = tag.Get(attr);
        if (!url || url->empty() || url->find(':') != std::string::npos) continue;
        std::string target = *url, fragment;
        if (size_t hash = target.find('#'); hash != std::string::npos) {
          fragment = target.substr(hash + 1);
          target = target.substr(0, hash);
        }
        std::string resolved = target.empty() ? path
            : (fs::path(path).parent_path() / target).lexically_normal().generic_string();
        EXPECT_TRUE(site_->Has(resolved)) << path << ":" << tag.line << ": " << *url;
        if (!fragment.empty())
          EXPECT_TRUE(ids[resolved].count(fragment)) << path << ":" << tag.line << ": " << *url;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 100);
}

TEST_F(HtmlSiteTest, NotFoundPageWorksAtAnyDepth) {
  std::string html = Page("404.html");
  EXPECT_TRUE(Has(html, "href=\"https://klyngepakker.example.dk/static/style.css\""));
  EXPECT_TRUE(Has(html, "href=\"https://klyngepakker.example.dk/\""));
  EXPECT_TRUE(Has(Text("404.html"), "Siden findes ikke"));
  for (const HtmlTag& tag : ScanHtmlTags(html))
    if (const std::string* href = tag.Get("href"))
      EXPECT_TRUE(href->starts_with("https://") || href->starts_with("mailto:") ||
                  href->starts_with("tel:") || (*href)[0] == '#')
          << *href;
}

TEST_F(HtmlSiteTest, SitemapListsThePublicPagesWithAbsoluteUrls) {
  std::string xml = Page("sitemap.xml");
  for (const char* url :
       {"https://klyngepakker.example.dk/</loc>", "https://klyngepakker.example.dk/pakker/smertebehandling/</loc>",
        "https://klyngepakker.example.dk/pakker/smertebehandling/program/</loc>",
        "https://klyngepakker.example.dk/pakker/smertebehandling/drejebog/</loc>",
        "https://klyngepakker.example.dk/historier/</loc>",
        "https://klyngepakker.example.dk/historier/aalborg/</loc>"})
    EXPECT_TRUE(Has(xml, url)) << url << "\n" << xml;
  EXPECT_FALSE(Has(xml, "404"));
  EXPECT_FALSE(Has(xml, "soeg"));
  EXPECT_FALSE(Has(xml, "hemmelig"));
  EXPECT_TRUE(Has(xml, "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
}

TEST_F(HtmlSiteTest, SearchIndexIsAScriptWithPackagesAndStories) {
  std::string js = Page("static/search-index.js");
  const std::string prefix = "window.KLYNGE_SEARCH_INDEX = ";
  size_t start = js.find(prefix);
  ASSERT_NE(start, std::string::npos) << js;
  std::string json = js.substr(start + prefix.size());
  json = json.substr(0, json.rfind(';'));
  nlohmann::json index = nlohmann::json::parse(json);
  ASSERT_TRUE(index.is_array());
  std::map<std::string, nlohmann::json> by_title;
  for (const auto& entry : index) by_title[entry["title"]] = entry;
  ASSERT_TRUE(by_title.count("Smertebehandling"));
  EXPECT_EQ(by_title["Smertebehandling"]["url"], "pakker/smertebehandling/index.html");
  EXPECT_EQ(by_title["Smertebehandling"]["kind"], "package");
  EXPECT_EQ(by_title["Smertebehandling"]["topic"], "Medicin");
  EXPECT_NE(by_title["Smertebehandling"]["text"].get<std::string>().find("ordinationsmønstret"),
            std::string::npos);
  ASSERT_TRUE(by_title.count("Aalborg Klynge Vest fulgte op"));
  EXPECT_EQ(by_title["Aalborg Klynge Vest fulgte op"]["kind"], "story");
  EXPECT_EQ(by_title["Aalborg Klynge Vest fulgte op"]["url"], "historier/aalborg/index.html");
  ASSERT_TRUE(by_title.count("Tilgængelighedserklæring"));
  EXPECT_EQ(by_title["Tilgængelighedserklæring"]["kind"], "page");
  EXPECT_EQ(by_title["Tilgængelighedserklæring"]["url"], "tilgaengelighedserklaering/index.html");
  EXPECT_NE(by_title["Tilgængelighedserklæring"]["text"].get<std::string>().find("WCAG 2.1 AA"), std::string::npos);
  EXPECT_EQ(by_title["Om klyngepakkerne"]["summary"], "Hvad en klyngepakke er.");
  for (const char* draft : {"Hemmelig kladde", "Historie i kladde", "Side i kladde"}) EXPECT_FALSE(by_title.count(draft));
  EXPECT_EQ(index.size(), 8u);  // four published packages, two stories, two free pages
  EXPECT_FALSE(Has(js, "<script>")) << "'<' must be escaped in the index";
  std::string search = Page("soeg/index.html");
  EXPECT_TRUE(Has(search, "<noscript>"));
  EXPECT_TRUE(Has(search, "<script src=\"../static/search-index.js\"></script>"));
  EXPECT_TRUE(Has(search, "<script src=\"../static/search.js\"></script>"));
  EXPECT_LT(search.find("search-index.js"), search.find("search.js\""));
  // Every page has the search box in its header.
  EXPECT_TRUE(Has(Page("pakker/smertebehandling/program/index.html"),
                  "action=\"../../../soeg/index.html\""));
}

TEST_F(HtmlSiteTest, RenderingTwiceGivesTheSameBytes) {
  Output first, again;
  PackageDocuments documents = testing::FullDocuments();
  ASSERT_TRUE(RenderParts(*catalog_, *theme_, {}, {BuildPart::kSite}, 0, &first, &documents).ok());
  ASSERT_TRUE(RenderParts(*catalog_, *theme_, {}, {BuildPart::kSite}, 0, &again, &documents).ok());
  ASSERT_EQ(first.size(), again.size());
  for (const auto& [path, bytes] : first.files()) {
    const std::string* other = again.Get(path);
    ASSERT_NE(other, nullptr) << path;
    EXPECT_TRUE(*other == bytes) << path << " differs between two renderings";
  }
}

TEST_F(HtmlSiteTest, EnglishSitesGetEnglishUiStrings) {
  Catalog catalog = testing::FullCatalog();
  catalog.site.language = "en";
  Output out;
  PackageDocuments none;
  ASSERT_TRUE(RenderParts(catalog, testing::SourceTheme("en"), {}, {BuildPart::kSite}, 0, &out, &none).ok());
  const std::string& page = *out.Get("site/pakker/smertebehandling/index.html");
  EXPECT_TRUE(Has(page, "<html lang=\"en\">"));
  EXPECT_TRUE(Has(page, "2\u00a0hours 30\u00a0min."));
  EXPECT_TRUE(Has(page, "Order at the latest 8\u00a0weeks before the meeting"));
  EXPECT_TRUE(Has(page, "Last revised <time datetime=\"2023-06-21\">21 June 2023</time>"));
  EXPECT_FALSE(Has(page, "Udbyder"));
}

}  // namespace
}  // namespace klynge
