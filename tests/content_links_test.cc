// Issue 13, items 3 and 5, from the outside: the links authors write
// naturally resolve to pages the built site has (HTML, PDF); a story folder
// shows its own picture; tel: and a bare www. address in `links`; GFM
// footnotes and typographic quotes and dashes in the HTML and the PDF.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/pdf_tools.h"
#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;

// The sample's packages (smertebehandling with program.yaml and drejebog.yaml,
// nedre-luftvejsinfektioner with a drejebog only), without the clusters.
class ContentLinksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string sample = testing::SourceDir() + "/content/";
    fs::create_directories(site_.content() + "/packages");
    fs::copy_file(sample + "site.yaml", site_.content() + "/site.yaml");
    for (const char* p : {"smertebehandling", "nedre-luftvejsinfektioner", "dosisdispensering",
                          "opfoelgning-smertestillende"})
      fs::copy(sample + "packages/" + p, site_.content() + "/packages/" + p, fs::copy_options::recursive);
  }

  // Adds `text` to the end of the package's body.
  void AppendToBody(const std::string& slug, const std::string& text) {
    std::string rel = "packages/" + slug + "/package.md";
    site_.Write(rel, ReadFile(site_.content() + "/" + rel) + "\n" + text);
  }

  // Adds `yaml` (a front-matter key) right after the opening "---".
  void AddFrontMatter(const std::string& slug, const std::string& yaml) {
    std::string rel = "packages/" + slug + "/package.md";
    std::string text = ReadFile(site_.content() + "/" + rel);
    site_.Write(rel, "---\n" + yaml + text.substr(4));
  }

  int Build(std::string* err) { return site_.Run("build", err); }
  std::string Out(const std::string& rel) const { return ReadFile(site_.root() + "/output/site/" + rel); }
  bool Exists(const std::string& rel) const { return fs::exists(site_.root() + "/output/site/" + rel); }

  testing::TempSite site_;
};

TEST_F(ContentLinksTest, APackageBodyLinksToItsOwnAndAnotherPackagesPagesAsTheSiteShowsThem) {
  AppendToBody("smertebehandling",
               "Se [programmet](program/), [drejebogen](drejebog/), [den anden drejebog]"
               "(../nedre-luftvejsinfektioner/drejebog/) og [programfilen](program.yaml).\n");
  std::string err;
  ASSERT_EQ(Build(&err), 0) << err;
  std::string page = Out("pakker/smertebehandling/index.html");
  for (const char* href : {"program/index.html", "drejebog/index.html",
                           "../nedre-luftvejsinfektioner/drejebog/index.html"}) {
    std::string a = std::string("<a href=\"") + href + "\">";
    EXPECT_NE(page.find(a), std::string::npos) << a;
  }
  // Each resolves to a page the build wrote.
  EXPECT_TRUE(Exists("pakker/smertebehandling/program/index.html"));
  EXPECT_TRUE(Exists("pakker/smertebehandling/drejebog/index.html"));
  EXPECT_TRUE(Exists("pakker/nedre-luftvejsinfektioner/drejebog/index.html"));
  // The PDF links the same pages, absolute.
  std::vector<std::string> links =
      testing::PdfLinks(Out("pakker/smertebehandling/pdf/klyngepakke.pdf"));
  std::string joined;
  for (const std::string& l : links) joined += l + "\n";
  EXPECT_NE(joined.find("https://klyngepakker.example.dk/pakker/smertebehandling/program/"), std::string::npos)
      << joined;
  EXPECT_NE(joined.find("https://klyngepakker.example.dk/pakker/nedre-luftvejsinfektioner/drejebog/"),
            std::string::npos)
      << joined;
}

TEST_F(ContentLinksTest, APageThePackageDoesNotHaveIsRefusedAndAClusterStaysPrivate) {
  AppendToBody("nedre-luftvejsinfektioner", "Se [programmet](program/).\n");
  std::string err;
  EXPECT_NE(Build(&err), 0);
  EXPECT_NE(err.find("names a file that does not exist: packages/nedre-luftvejsinfektioner/program.yaml"),
            std::string::npos)
      << err;
  AppendToBody("smertebehandling", "Se [klyngen](../../clusters/vest/).\n");
  EXPECT_NE(Build(&err), 0);
  EXPECT_NE(err.find("private and never published"), std::string::npos) << err;
}

TEST_F(ContentLinksTest, AStoryFolderShowsItsOwnPicture) {
  site_.Write("stories/mette-hansen/story.md",
              "---\ntitle: Mettes klynge\ndate: 2024-05-01\n---\n![Mette Hansen](assets/mette.png)\n\n"
              "Se også [smertebehandling](../../packages/smertebehandling/).\n");
  site_.Write("stories/mette-hansen/assets/mette.png", testing::MakeTestPng(40, 30));
  std::string err;
  ASSERT_EQ(Build(&err), 0) << err;
  std::string page = Out("historier/mette-hansen/index.html");
  EXPECT_NE(page.find("<img src=\"assets/mette.png\" alt=\"Mette Hansen\""), std::string::npos) << page;
  EXPECT_NE(page.find("<a href=\"../../pakker/smertebehandling/index.html\">"), std::string::npos) << page;
  EXPECT_EQ(Out("historier/mette-hansen/assets/mette.png"), testing::MakeTestPng(40, 30));
}

TEST_F(ContentLinksTest, AStoryFileLinkingAPictureIsToldToBecomeAFolder) {
  site_.Write("stories/mette.md", "---\ntitle: Mette\ndate: 2024-05-01\n---\n![Mette Hansen](mette.jpg)\n");
  std::string err;
  EXPECT_NE(Build(&err), 0);
  EXPECT_NE(err.find("content/stories/mette.md:5:1: error: image \"mette.jpg\" points to stories/mette.jpg, "
                     "which is not a story; a story's pictures go in a story folder"),
            std::string::npos)
      << err;
  // Both forms of one slug is an error (in Danish: the sample site names no language).
  site_.Write("stories/mette/story.md", "---\ntitle: Mette\ndate: 2024-05-01\n---\nTekst.\n");
  EXPECT_NE(Build(&err), 0);
  EXPECT_NE(err.find("findes både som stories/mette.md og som mappen stories/mette/"), std::string::npos) << err;
}

TEST_F(ContentLinksTest, TelWorksInLinksAndABareWwwAddressGetsAHint) {
  AddFrontMatter("nedre-luftvejsinfektioner", "links:\n  - title: Ring til KiAP\n    url: tel:+4570000000\n");
  std::string err;
  ASSERT_EQ(Build(&err), 0) << err;
  EXPECT_NE(Out("pakker/nedre-luftvejsinfektioner/index.html").find("href=\"tel:+4570000000\""), std::string::npos);

  AddFrontMatter("opfoelgning-smertestillende", "links:\n  - title: Sundhed\n    url: www.sundhed.dk\n");
  AppendToBody("smertebehandling", "Se [sundhed.dk](www.sundhed.dk/borger).\n");
  EXPECT_NE(Build(&err), 0);
  EXPECT_NE(err.find("content/packages/opfoelgning-smertestillende/package.md:4:10: error: `url` must be a full "
                     "address starting with https://, http://, mailto: or tel:, found \"www.sundhed.dk\"; add "
                     "https:// in front: https://www.sundhed.dk"),
            std::string::npos)
      << err;
  EXPECT_NE(err.find("error: link \"www.sundhed.dk/borger\" has no scheme; add https:// in front: "
                     "https://www.sundhed.dk/borger"),
            std::string::npos)
      << err;
}

TEST_F(ContentLinksTest, FootnotesInTheHtmlAndThePdf) {
  AppendToBody("smertebehandling",
               "Forbruget faldt[^1] og faldt igen[^2].\n\n"
               "[^1]: Sundhedsdatastyrelsen, 2023.\n"
               "[^2]: Egne tal fra klyngen.\n");
  std::string err;
  ASSERT_EQ(Build(&err), 0) << err;
  std::string page = Out("pakker/smertebehandling/index.html");
  // A named section with a heading; references and back-links with ids of their own.
  EXPECT_NE(page.find("<section class=\"footnotes\" aria-labelledby=\"fodnote-noter\">"), std::string::npos) << page;
  EXPECT_NE(page.find("id=\"fodnote-noter\" class=\"footnotes-heading\">Noter</h"), std::string::npos) << page;
  EXPECT_NE(page.find("<a href=\"#fodnote-1\" id=\"fodnote-ref-1\""), std::string::npos) << page;
  EXPECT_NE(page.find("<li id=\"fodnote-1\">"), std::string::npos) << page;
  EXPECT_NE(page.find("href=\"#fodnote-ref-1\""), std::string::npos) << page;
  EXPECT_EQ(page.find("[^1]"), std::string::npos);

  std::string text = testing::PdfText(Out("pakker/smertebehandling/pdf/klyngepakke.pdf"));
  EXPECT_NE(text.find("Forbruget faldt"), std::string::npos) << text;
  size_t notes = text.find("Noter");
  ASSERT_NE(notes, std::string::npos) << text;
  EXPECT_LT(text.find("Sundhedsdatastyrelsen, 2023.", notes), text.find("Egne tal fra klyngen.", notes));
  EXPECT_EQ(text.find("[^1]"), std::string::npos);
}

TEST_F(ContentLinksTest, QuotesAndDashesAreTypographicExceptInCode) {
  AppendToBody("smertebehandling",
               "Lægen sagde \"det virker\" -- og det gjorde det. Kode: `\"x\" -- y`.\n");
  std::string err;
  ASSERT_EQ(Build(&err), 0) << err;
  std::string page = Out("pakker/smertebehandling/index.html");
  EXPECT_NE(page.find("Lægen sagde »det virker« – og det gjorde det. Kode: <code>&quot;x&quot; -- y</code>."),
            std::string::npos)
      << page;
  std::string text = testing::PdfText(Out("pakker/smertebehandling/pdf/klyngepakke.pdf"));
  EXPECT_NE(text.find("Lægen sagde »det virker« – og det gjorde det. Kode: \"x\" -- y."), std::string::npos)
      << text;
}

// The site's own theme folder holds only what it changes.
class ThemeFallbackTest : public ContentLinksTest {
 protected:
  void WriteTheme(const std::string& rel, const std::string& text) {
    fs::path path = fs::path(site_.root()) / "themes/default" / rel;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  static std::string Installed(const std::string& rel) {
    return ReadFile(testing::SourceDir() + "/themes/default/" + rel);
  }
};

TEST_F(ThemeFallbackTest, ASiteWithOneOverriddenTemplateBuildsWithTheRestFromTheInstalledTheme) {
  std::string catalog = Installed("templates/catalog.mustache");
  ASSERT_FALSE(catalog.empty());
  WriteTheme("templates/catalog.mustache", "<p class=\"egen-forside\">Vores egen forside</p>\n" + catalog);
  std::string err;
  ASSERT_EQ(site_.Run("check", &err), 0) << err;
  ASSERT_EQ(Build(&err), 0) << err;
  EXPECT_NE(Out("index.html").find("Vores egen forside"), std::string::npos);
  // The other pages and the static files come from the installed theme.
  EXPECT_NE(Out("pakker/smertebehandling/index.html").find("Smertebehandling"), std::string::npos);
  EXPECT_EQ(Out("static/style.css"), Installed("static/style.css"));
}

TEST_F(ThemeFallbackTest, ASiteWithOnlyItsOwnDanishStringsBuilds) {
  WriteTheme("i18n/da.yaml", "catalog_lead: Vores egne klyngepakker til jeres klyngemøder.\n");
  std::string err;
  ASSERT_EQ(site_.Run("check", &err), 0) << err;
  ASSERT_EQ(Build(&err), 0) << err;
  std::string front = Out("index.html");
  EXPECT_NE(front.find("Vores egne klyngepakker til jeres klyngemøder."), std::string::npos);
  // Every other string is the installed theme's.
  EXPECT_NE(front.find("Søg i pakker og historier"), std::string::npos) << front;
}

TEST_F(ThemeFallbackTest, CheckReportsAnErrorInTheSitesOwnTemplate) {
  WriteTheme("templates/story.mustache", "<h1>{{title}}</h1>\n{{#packages}}\n");
  std::string err;
  EXPECT_NE(site_.Run("check", &err), 0);
  EXPECT_NE(err.find("themes/default/templates/story.mustache"), std::string::npos) << err;
}

}  // namespace
}  // namespace klynge
