// The messages every file's keys share (validate/yaml_map) and site.yaml's
// own (validate/site_validator): each at its place, in English and in Danish,
// with the Danish words checked exactly.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "support/expect_diagnostic.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::HasError;
using testing::HasWarning;
using testing::TempSite;

class YamlMapLanguageTest : public testing::BothLanguages {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void Check(const std::string& site_lines, const std::string& front_matter) {
    site_.Write("site.yaml", SiteYaml(std::string(testing::kSiteYaml) + site_lines));
    site_.Write("packages/smertebehandling/package.md", "---\n" + front_matter + "---\nTekst.\n");
    diags_ = Diagnostics();
    site_.Check(&diags_);
  }
  std::string Site() const { return site_.content() + "/site.yaml"; }
  std::string Package() const { return site_.content() + "/packages/smertebehandling/package.md"; }

  TempSite site_;
  Diagnostics diags_;
};

const char* const kFront =
    "title: Smertebehandling\n"  // 2
    "topic: Medicin\n"           // 3
    "provider: KAP-H\n"          // 4
    "duration: 150\n";           // 5

TEST_P(YamlMapLanguageTest, AMissingRequiredKey) {
  Check("", "title: Smertebehandling\ntopic: Medicin\nduration: 150\n");
  EXPECT_TRUE(HasError(diags_, Package(), 2, 1, "package.md's front matter is missing the required key `provider`",
                       "front matter i package.md mangler nøglen `provider`, som skal være der"));
}

TEST_P(YamlMapLanguageTest, AWordWhereAWholeNumberBelongs) {
  Check("", "title: Smertebehandling\ntopic: Medicin\nprovider: KAP-H\nduration: lang\n");
  EXPECT_TRUE(HasError(diags_, Package(), 5, 11, "`duration` must be a whole number, found \"lang\"",
                       "`duration` skal være et helt tal, men der står \"lang\""));
}

TEST_P(YamlMapLanguageTest, AnUnknownKeyWithTheNearestName) {
  Check("titel: Klynger\n", kFront);
  EXPECT_TRUE(HasWarning(diags_, Site(), 4, 1, "unknown key `titel` in site.yaml is ignored (did you mean `title`?)",
                         "den ukendte nøgle `titel` i site.yaml bliver ikke brugt (mente du `title`?)"));
}

TEST_P(YamlMapLanguageTest, TextWhereAListBelongs) {
  Check("topics: Medicin\n", kFront);
  EXPECT_TRUE(HasError(diags_, Site(), 4, 9, "`topics` must be a list, found \"Medicin\"",
                       "`topics` skal være en liste, men der står \"Medicin\""));
}

TEST_P(YamlMapLanguageTest, AListWhereTextBelongs) {
  Check("", "title: [Smerte, behandling]\ntopic: Medicin\nprovider: KAP-H\nduration: 150\n");
  EXPECT_TRUE(HasError(diags_, Package(), 2, 8, "`title` must be text, found a list",
                       "`title` skal være en tekst, men der står en liste"));
}

TEST_P(YamlMapLanguageTest, ATopicListedTwice) {
  Check("topics: [Medicin, Medicin]\n", kFront);
  EXPECT_TRUE(HasError(diags_, Site(), 4, 9, "topic \"Medicin\" is listed twice in `topics`",
                       "emnet \"Medicin\" står to gange i `topics`"));
}

TEST_P(YamlMapLanguageTest, AContactWithNeitherEmailNorPhone) {
  Check("contact: {}\n", kFront);
  EXPECT_TRUE(HasError(diags_, Site(), 4, 10, "`contact` needs an `email` or a `phone`",
                       "`contact` skal have en `email` eller en `phone`"));
}

KLYNGE_IN_BOTH_LANGUAGES(YamlMapLanguageTest);

}  // namespace
}  // namespace klynge
