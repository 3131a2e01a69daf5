#include "validate/drejebog_validator.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "support/expect_diagnostic.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::HasError;
using testing::HasWarning;
using testing::TempSite;

class DrejebogValidatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    site_.Write("site.yaml", testing::kSiteYaml);
    site_.Write("packages/smertebehandling/package.md", testing::kPackageMd);
  }

  Catalog CheckDrejebog(const std::string& yaml) {
    site_.Write("packages/smertebehandling/drejebog.yaml", yaml);
    diags_ = Diagnostics();
    return site_.Check(&diags_);
  }

  std::string Path() const { return site_.content() + "/packages/smertebehandling/drejebog.yaml"; }

  TempSite site_;
  Diagnostics diags_;
};

TEST_F(DrejebogValidatorTest, ValidDrejebogBuildsTasksWithParsedOffsets) {
  Catalog catalog = CheckDrejebog(
      "before:\n"
      "  - title: Bestil klyngepakken\n"
      "    when: -8w\n"
      "    who: Klyngekoordinator\n"
      "    text: Bestil på **klyngepakker.dk**.\n"
      "    checklist: [Lokale til alle, Projektor med lyd, Flipover]\n"
      "  - title: Send invitation\n"
      "    when: -14d\n"
      "during:\n"
      "  - title: Hold mødet\n"
      "    when: 0\n"
      "after:\n"
      "  - title: Bestil ny opgørelse af klyngens data\n"
      "    when: +6m\n"
      "  - title: Følg op\n");
  EXPECT_EQ(diags_.error_count(), 0) << testing::Describe(diags_);
  EXPECT_EQ(diags_.warning_count(), 0) << testing::Describe(diags_);
  const Package* p = catalog.FindPackage("smertebehandling");
  ASSERT_NE(p, nullptr);
  ASSERT_TRUE(p->drejebog);
  const Drejebog& d = *p->drejebog;
  ASSERT_EQ(d.before.size(), 2u);
  ASSERT_EQ(d.during.size(), 1u);
  ASSERT_EQ(d.after.size(), 2u);
  const Task& order = d.before[0];
  EXPECT_EQ(order.title, "Bestil klyngepakken");
  ASSERT_TRUE(order.when);
  EXPECT_EQ(order.when->amount, -8);
  EXPECT_EQ(order.when->unit, 'w');
  EXPECT_EQ(order.when->Days(), -56);
  EXPECT_EQ(order.who, "Klyngekoordinator");
  EXPECT_EQ(order.text.text, "Bestil på **klyngepakker.dk**.");
  EXPECT_EQ(order.checklist, (std::vector<std::string>{"Lokale til alle", "Projektor med lyd", "Flipover"}));
  EXPECT_EQ(order.line, 2);
  EXPECT_EQ(d.before[1].when->amount, -14);
  EXPECT_EQ(d.before[1].when->unit, 'd');
  EXPECT_EQ(d.during[0].when->amount, 0);
  EXPECT_EQ(d.after[0].when->amount, 6);
  EXPECT_EQ(d.after[0].when->unit, 'm');
  EXPECT_FALSE(d.after[1].when);
  EXPECT_EQ(&d.tasks(Phase::kAfter), &d.after);
}

TEST_F(DrejebogValidatorTest, ParseOffsetAcceptsOnlyTheDocumentedForms) {
  EXPECT_EQ(ParseOffset("0")->amount, 0);
  EXPECT_EQ(ParseOffset("-14d")->amount, -14);
  EXPECT_EQ(ParseOffset("+6m")->unit, 'm');
  EXPECT_EQ(ParseOffset("-8w")->Days(), -56);
  EXPECT_EQ(ParseOffset("+0d")->amount, 0);
  for (const char* bad : {"", "14d", "-8", "-8 w", "-8W", "- 8w", "+6y", "-1000d", "--2d", "8 uger før"})
    EXPECT_FALSE(ParseOffset(bad)) << bad;
}

TEST_F(DrejebogValidatorTest, MalformedOffsetIsAnErrorWithAnExample) {
  CheckDrejebog(
      "before:\n"
      "  - title: A\n"
      "    when: 8 uger før\n"
      "  - title: B\n"
      "    when: 14d\n"
      "  - title: C\n"
      "    when: -8\n");
  const std::string tail =
      "`when` must be an offset from the meeting such as -14d, -8w, -2m or +6m "
      "(d days, w weeks, m months) or 0, found ";
  EXPECT_TRUE(HasError(diags_, Path(), 3, 11, tail + "\"8 uger før\""));
  EXPECT_TRUE(HasError(diags_, Path(), 5, 11,
                       "`when` must say before or after the meeting: write -14d (before) or +14d (after)"));
  EXPECT_TRUE(HasError(diags_, Path(), 7, 11, tail + "\"-8\""));
}

TEST_F(DrejebogValidatorTest, TaskOnTheWrongSideOfTheMeetingIsAWarning) {
  CheckDrejebog(
      "before:\n"
      "  - title: Bestil data\n"
      "    when: +2w\n"
      "after:\n"
      "  - title: Evaluer\n"
      "    when: -1m\n");
  EXPECT_TRUE(HasWarning(diags_, Path(), 3, 11,
                         "task \"Bestil data\" is under `before`, but its `when` +2w is after the meeting"));
  EXPECT_TRUE(HasWarning(diags_, Path(), 6, 11,
                         "task \"Evaluer\" is under `after`, but its `when` -1m is before the meeting"));
  EXPECT_EQ(diags_.error_count(), 0) << testing::Describe(diags_);
}

TEST_F(DrejebogValidatorTest, AtLeastOnePhaseNeedsATask) {
  CheckDrejebog("before: []\nduring:\nafter: []\n");
  EXPECT_TRUE(HasError(diags_, Path(), 1, 1,
                       "drejebog.yaml has no tasks: add at least one under `before`, `during` or `after`"));
}

TEST_F(DrejebogValidatorTest, TaskRulesAndUnknownKeys) {
  CheckDrejebog(
      "before:\n"
      "  - when: -2w\n"
      "    tekst: Husk lokalet\n"
      "    checklist: Projektor\n"
      "under:\n"
      "  - title: X\n"
      "after: Følg op\n");
  EXPECT_TRUE(HasError(diags_, Path(), 2, 5, "a task is missing the required key `title`"));
  EXPECT_TRUE(HasWarning(diags_, Path(), 3, 5, "unknown key `tekst` in a task is ignored (did you mean `text`?)"));
  EXPECT_TRUE(HasError(diags_, Path(), 4, 16, "`checklist` must be a list, found \"Projektor\""));
  EXPECT_TRUE(HasWarning(diags_, Path(), 5, 1, "unknown key `under` in drejebog.yaml is ignored"));
  EXPECT_TRUE(HasError(diags_, Path(), 7, 8, "`after` must be a list, found \"Følg op\""));
}

TEST_F(DrejebogValidatorTest, LinksInTaskTextAreChecked) {
  CheckDrejebog(
      "before:\n"
      "  - title: Læs op\n"
      "    text: \"Læs [guiden](../ukendt/) først\"\n");
  EXPECT_TRUE(HasError(diags_, Path(), 3, 16,
                       "link \"../ukendt/\" names a package that does not exist: there is no "
                       "packages/ukendt/package.md"));
}

TEST_F(DrejebogValidatorTest, EveryProblemInTheFileIsReportedInOneRun) {
  CheckDrejebog(
      "before:\n"
      "  - title: A\n"
      "    when: snart\n"         // 3
      "  - when: -2w\n"           // 4: no title
      "during:\n"
      "  - title: B\n"
      "    checklist: [ok, [x]]\n"  // 7
      "after:\n"
      "  - title: C\n"
      "    when: -1w\n");         // 10: warning
  EXPECT_EQ(diags_.error_count(), 3) << testing::Describe(diags_);
  EXPECT_EQ(diags_.warning_count(), 1) << testing::Describe(diags_);
  EXPECT_TRUE(HasError(diags_, Path(), 4, 5, "a task is missing the required key `title`"));
  EXPECT_TRUE(HasError(diags_, Path(), 7, 21, "each entry of `checklist` must be text, found a list"));
  EXPECT_TRUE(HasWarning(diags_, Path(), 10, 11,
                         "task \"C\" is under `after`, but its `when` -1w is before the meeting"));
}

// drejebog-<name>.yaml: a drejebog for another audience (seed 003's "drejebog til kommunen").
class AudienceDrejebogTest : public DrejebogValidatorTest {
 protected:
  Catalog CheckAudience(const std::string& file, const std::string& yaml) {
    site_.Write("packages/smertebehandling/" + file, yaml);
    diags_ = Diagnostics();
    return site_.Check(&diags_);
  }
  std::string PathOf(const std::string& file) const {
    return site_.content() + "/packages/smertebehandling/" + file;
  }
};

TEST_F(AudienceDrejebogTest, TitleAudienceAndTasksAreRead) {
  Catalog catalog = CheckAudience("drejebog-kommune.yaml",
                                  "title: Drejebog til kommunen\n"
                                  "audience: Kommunen\n"
                                  "before:\n"
                                  "  - title: Formøde med klyngen\n"
                                  "    when: -3w\n"
                                  "    who: Kommunens kontaktperson\n"
                                  "during:\n"
                                  "  - title: Oplæg i blok 2\n");
  site_.Write("packages/smertebehandling/drejebog-apotek.yaml",
              "title: Drejebog til apoteket\naudience: Apoteket\nafter:\n  - title: Følg op\n");
  diags_ = Diagnostics();
  catalog = site_.Check(&diags_);
  EXPECT_EQ(diags_.list().size(), 0u) << testing::Describe(diags_);
  const Package* p = catalog.FindPackage("smertebehandling");
  ASSERT_NE(p, nullptr);
  EXPECT_FALSE(p->drejebog) << "drejebog-<name>.yaml is not drejebog.yaml";
  ASSERT_EQ(p->audience_drejebog.size(), 2u);
  const AudienceDrejebog& apotek = p->audience_drejebog[0];  // by name
  EXPECT_EQ(apotek.name, "apotek");
  EXPECT_EQ(apotek.FileStem(), "drejebog-apotek");
  const AudienceDrejebog& kommune = p->audience_drejebog[1];
  EXPECT_EQ(kommune.name, "kommune");
  EXPECT_EQ(kommune.title, "Drejebog til kommunen");
  EXPECT_EQ(kommune.audience, "Kommunen");
  ASSERT_EQ(kommune.drejebog.before.size(), 1u);
  EXPECT_EQ(kommune.drejebog.before[0].when->Days(), -21);
  EXPECT_EQ(kommune.drejebog.before[0].who, "Kommunens kontaktperson");
  EXPECT_EQ(kommune.drejebog.before[0].line, 4);
  ASSERT_EQ(kommune.drejebog.during.size(), 1u);
}

TEST_F(AudienceDrejebogTest, TitleAndAudienceAreRequired) {
  CheckAudience("drejebog-kommune.yaml",
                "before:\n"
                "  - title: Formøde\n");
  EXPECT_TRUE(HasError(diags_, PathOf("drejebog-kommune.yaml"), 1, 1,
                       "drejebog-kommune.yaml is missing the required key `title`"));
  EXPECT_TRUE(HasError(diags_, PathOf("drejebog-kommune.yaml"), 1, 1,
                       "drejebog-kommune.yaml is missing the required key `audience`"));
  CheckAudience("drejebog-kommune.yaml",
                "title: Drejebog til kommunen\n"
                "audience: \"  \"\n"
                "before:\n"
                "  - title: Formøde\n");
  EXPECT_TRUE(HasError(diags_, PathOf("drejebog-kommune.yaml"), 2, 11, "`audience` must not be empty"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_F(AudienceDrejebogTest, AnUnknownKeyIsAWarningWithTheNearestKnownKey) {
  CheckAudience("drejebog-kommune.yaml",
                "title: Drejebog til kommunen\n"
                "audiance: Kommunen\n"
                "  # a comment\n"
                "befor:\n"
                "  - title: Formøde\n"
                "during:\n"
                "  - title: Oplæg\n"
                "    whoo: Kommunen\n");
  std::string path = PathOf("drejebog-kommune.yaml");
  EXPECT_TRUE(HasWarning(diags_, path, 2, 1,
                         "unknown key `audiance` in drejebog-kommune.yaml is ignored (did you mean `audience`?)"));
  EXPECT_TRUE(HasWarning(diags_, path, 4, 1,
                         "unknown key `befor` in drejebog-kommune.yaml is ignored (did you mean `before`?)"));
  EXPECT_TRUE(HasWarning(diags_, path, 8, 5, "unknown key `whoo` in a task is ignored (did you mean `who`?)"));
  EXPECT_TRUE(HasError(diags_, path, 1, 1, "drejebog-kommune.yaml is missing the required key `audience`"));
}

TEST_F(AudienceDrejebogTest, TasksAreCheckedLikeTheMainDrejebog) {
  CheckAudience("drejebog-kommune.yaml",
                "title: Drejebog til kommunen\n"
                "audience: Kommunen\n"
                "before:\n"
                "  - title: Formøde\n"
                "    when: 3w\n"
                "    text: \"Se [guiden](../ukendt/)\"\n"
                "after:\n"
                "  - title: Følg op\n"
                "    when: -1m\n");
  std::string path = PathOf("drejebog-kommune.yaml");
  EXPECT_TRUE(HasError(diags_, path, 5, 11,
                       "`when` must say before or after the meeting: write -3w (before) or +3w (after)"));
  EXPECT_TRUE(HasError(diags_, path, 6, 15,
                       "link \"../ukendt/\" names a package that does not exist: there is no "
                       "packages/ukendt/package.md"));
  EXPECT_TRUE(HasWarning(diags_, path, 9, 11,
                         "task \"Følg op\" is under `after`, but its `when` -1m is before the meeting"));
  CheckAudience("drejebog-kommune.yaml", "title: T\naudience: A\nbefore: []\n");
  EXPECT_TRUE(HasError(diags_, path, 1, 1,
                       "drejebog-kommune.yaml has no tasks: add at least one under `before`, `during` or `after`"));
  CheckAudience("drejebog-kommune.yaml", "- title: T\n");
  EXPECT_TRUE(HasError(diags_, path, 1, 1,
                       "drejebog-kommune.yaml must be a mapping of keys to values, found a list"));
}

TEST_F(AudienceDrejebogTest, TheNameMustBeASlug) {
  const std::string yaml = "title: T\naudience: A\nbefore:\n  - title: X\n";
  for (const char* file : {"drejebog-Kommune.yaml", "drejebog-.yaml", "drejebog-kom_mune.yaml",
                           "drejebog--kommune.yaml", "drejebog-kommunen-.yaml"}) {
    site_.Remove("packages/smertebehandling");
    SetUp();
    Catalog catalog = CheckAudience(file, yaml);
    std::string name = std::string(file).substr(9, std::string(file).size() - 14);
    EXPECT_TRUE(HasError(diags_, PathOf(file), 0, 0,
                         "invalid drejebog name \"" + name +
                             "\": the <name> in drejebog-<name>.yaml must be lower-case a-z, digits and "
                             "single hyphens, e.g. drejebog-kommune.yaml"))
        << file;
    const Package* p = catalog.FindPackage("smertebehandling");
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->audience_drejebog.empty()) << file;
  }
  // Other near misses are unknown files, as before.
  site_.Remove("packages/smertebehandling");
  SetUp();
  CheckAudience("drejebog-kommune.yml", yaml);
  EXPECT_FALSE(diags_.HasErrors()) << testing::Describe(diags_);
  EXPECT_NE(testing::FindDiagnostic(diags_, "unknown file in package"), nullptr) << testing::Describe(diags_);
}

}  // namespace
}  // namespace klynge
