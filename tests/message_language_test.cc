// End-to-end: the real `klynge` binary prints its messages in the language
// site.yaml names (`da`, the default, or `en`), the same problem at the same
// place in each, and in Danish when site.yaml itself cannot be read.

#include <gtest/gtest.h>

#include <string>

#include "support/temp_site.h"

namespace klynge::testing {
namespace {

const char* const kTabbedDrejebog =
    "before:\n"
    "  - title: Bestil\n"
    "\twho: Klyngekoordinator\n";

const char* const kTabEnglish =
    "content/packages/smertebehandling/drejebog.yaml:3:1: error: a tab is used for indentation here; YAML "
    "indents with spaces only, so replace the tab with spaces\n";
const char* const kTabDanish =
    "content/packages/smertebehandling/drejebog.yaml:3:1: error: her er der rykket ind med tabulator; YAML "
    "rykker kun ind med mellemrum, så skift tabulatoren ud med mellemrum\n";

class MessageLanguageTest : public ::testing::Test {
 protected:
  // Builds a site whose drejebog indents with a tab; returns stderr.
  std::string BuildWith(const std::string& site_yaml, const std::string& extra = "") {
    site_.Write("site.yaml", site_yaml);
    site_.Write("packages/smertebehandling/package.md", kPackageMd);
    site_.Write("packages/smertebehandling/drejebog.yaml", kTabbedDrejebog);
    if (!extra.empty()) site_.Write(extra, "noter\n");
    std::string err;
    EXPECT_EQ(site_.Run("build", &err), 1) << err;
    return err;
  }
  TempSite site_;
};

TEST_F(MessageLanguageTest, EnglishWhenSiteYamlSaysEn) {
  std::string err = BuildWith(std::string(kSiteYaml) + "language: en\n");
  EXPECT_NE(err.find(kTabEnglish), std::string::npos) << err;
  EXPECT_NE(err.find("klynge: 1 error(s), 0 warning(s); nothing was written\n"), std::string::npos) << err;
  EXPECT_EQ(err.find("tabulator"), std::string::npos) << err;
}

TEST_F(MessageLanguageTest, DanishWhenSiteYamlSaysDa) {
  std::string err = BuildWith(std::string(kSiteYaml) + "language: da\n");
  EXPECT_NE(err.find(kTabDanish), std::string::npos) << err;
  EXPECT_NE(err.find("klynge: 1 fejl og 0 advarsel(er); der er ikke skrevet noget\n"), std::string::npos) << err;
  EXPECT_EQ(err.find("indentation"), std::string::npos) << err;
}

TEST_F(MessageLanguageTest, DanishWhenSiteYamlNamesNoLanguage) {
  std::string err = BuildWith(kSiteYaml);
  EXPECT_NE(err.find(kTabDanish), std::string::npos) << err;
}

TEST_F(MessageLanguageTest, AProblemFoundBeforeSiteYamlIsReadSpeaksItsLanguage) {
  // README.txt comes before site.yaml in the content folder, so it is found first.
  std::string err = BuildWith(std::string(kSiteYaml) + "language: en\n", "README.txt");
  EXPECT_NE(err.find("content/README.txt: warning: unknown file or folder in the content folder; expected "
                     "site.yaml, packages/, stories/, pages/ or clusters/\n"),
            std::string::npos)
      << err;
  EXPECT_NE(err.find(kTabEnglish), std::string::npos) << err;
}

TEST_F(MessageLanguageTest, DanishWhenSiteYamlCannotBeRead) {
  std::string err = BuildWith(std::string("language: en\n") + kSiteYaml + "title: [\n");
  EXPECT_NE(err.find(kTabDanish), std::string::npos) << err;
  EXPECT_NE(err.find("content/site.yaml:"), std::string::npos) << err;
}

}  // namespace
}  // namespace klynge::testing
