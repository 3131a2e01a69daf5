#include "load/theme_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge {
namespace {

namespace fs = std::filesystem;

// A throw-away copy of the default theme that a test can break.
class ThemeLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir());
    fs::copy(testing::SourceThemeDir(), dir(), fs::copy_options::recursive);
  }
  std::string dir() const { return site_.root() + "/themes/default"; }
  void Write(const std::string& rel, const std::string& text) {
    fs::create_directories(fs::path(dir() + "/" + rel).parent_path());
    std::ofstream(dir() + "/" + rel, std::ios::binary) << text;
  }
  Status Load(Theme* theme, const std::string& language = "da") {
    return LoadTheme(dir(), language, theme);
  }

  testing::TempSite site_;
};

TEST_F(ThemeLoaderTest, InlinesPartialsOnceAndReadsStringsAndStaticFiles) {
  Theme theme;
  Status s = Load(&theme);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_TRUE(theme.templates.count("catalog"));
  EXPECT_EQ(theme.templates["catalog"].find("{{>"), std::string::npos);
  EXPECT_NE(theme.templates["catalog"].find("card-facts"), std::string::npos)
      << "the card partial was not inlined";
  EXPECT_FALSE(theme.templates.count("card")) << "partials are not page templates";
  EXPECT_EQ(theme.strings["provider"], "Udbyder");
  EXPECT_TRUE(theme.static_files.count("style.css"));
  EXPECT_TRUE(theme.static_files.count("search.js"));
  Theme english;
  ASSERT_TRUE(Load(&english, "en").ok());
  EXPECT_EQ(english.strings["provider"], "Provider");
}

TEST_F(ThemeLoaderTest, RefusesUnescapedValuesThatAreNotHtml) {
  Write("templates/story.mustache", "<h1>\n{{{title}}}</h1>\n");
  Theme theme;
  Status s = Load(&theme);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("templates/story.mustache:2:1"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("{{{title}}}"), std::string::npos) << s.message();
  Write("templates/story.mustache", "{{&summary}}");
  EXPECT_FALSE(Load(&theme).ok());
}

TEST_F(ThemeLoaderTest, NamesAMissingPartialAndAnUnclosedSection) {
  Write("templates/story.mustache", "<p>\n  {{> byline}}</p>");
  Theme theme;
  Status s = Load(&theme);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("story.mustache:2:3: no partial templates/partials/byline.mustache"),
            std::string::npos)
      << s.message();
  Write("templates/story.mustache", "{{#packages}}<li>{{title}}</li>");
  s = Load(&theme);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("section {{#packages}} is not closed"), std::string::npos) << s.message();
}

TEST_F(ThemeLoaderTest, EveryPlaceOfAnInlinedTemplateIsTracedToItsFileLineAndColumn) {
  Write("templates/story.mustache", "ab\n{{> outer}}X{{y}}");
  Write("templates/partials/outer.mustache", "o\n\xC3\xB8\xC3\xB8{{> inner}}Z");  // øø: two code points
  Write("templates/partials/inner.mustache", "i{{w}}");
  Theme theme;
  Status s = Load(&theme);
  ASSERT_TRUE(s.ok()) << s.message();
  const std::string& text = theme.templates.at("story");
  ASSERT_EQ(text, "ab\no\n\xC3\xB8\xC3\xB8i{{w}}ZX{{y}}");
  std::string templates = dir() + "/templates/";
  EXPECT_EQ(TemplatePlace(theme, "story", 0), templates + "story.mustache:1:1");
  EXPECT_EQ(TemplatePlace(theme, "story", text.find('o')), templates + "partials/outer.mustache:1:1");
  EXPECT_EQ(TemplatePlace(theme, "story", text.find("{{w}}")), templates + "partials/inner.mustache:1:2");
  EXPECT_EQ(TemplatePlace(theme, "story", text.find('Z')), templates + "partials/outer.mustache:2:14");
  EXPECT_EQ(TemplatePlace(theme, "story", text.find("{{y}}")), templates + "story.mustache:2:13");
}

TEST_F(ThemeLoaderTest, APartialThatIncludesItselfIsAnErrorNotAHang) {
  Write("templates/partials/card.mustache", "<li>{{> card}}</li>");
  Theme theme;
  Status s = Load(&theme);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("nest too deep"), std::string::npos) << s.message();
}

TEST_F(ThemeLoaderTest, BrokenUiStringsAreReportedAtTheirLine) {
  Write("i18n/da.yaml", "provider: Udbyder\nduration: [Varighed\n");
  Theme theme;
  Status s = Load(&theme);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("i18n/da.yaml:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("error:"), std::string::npos) << s.message();
  Write("i18n/da.yaml", "provider: Udbyder\nduration:\n  - Varighed\n");
  s = Load(&theme);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("i18n/da.yaml:3:3: error: the UI string `duration` must be text"),
            std::string::npos)
      << s.message();
}

TEST_F(ThemeLoaderTest, ALanguageWithoutStringsIsAnError) {
  Theme theme;
  Status s = Load(&theme, "de");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("i18n/de.yaml"), std::string::npos) << s.message();
}

TEST_F(ThemeLoaderTest, TheSitesOwnThemeWinsOverTheDefault) {
  EXPECT_EQ(FindThemeDir(site_.root()), dir());
  testing::TempSite bare;
  EXPECT_EQ(FindThemeDir(bare.root()), testing::SourceThemeDir());
}

}  // namespace
}  // namespace klynge
