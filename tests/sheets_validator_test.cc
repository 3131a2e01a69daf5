#include "validate/sheets_validator.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "support/expect_diagnostic.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::HasError;
using testing::HasWarning;
using testing::TempSite;

const char* const kProgram =
    "blocks:\n"
    "  - title: Introduktion\n"
    "    minutes: 15\n"
    "  - title: \"Blok 1: Simple kroniske smerter\"\n"
    "    minutes: 60\n"
    "  - title: Pause\n"
    "    break: true\n"
    "    minutes: 15\n"
    "  - title: \"Blok 3: Implementering\"\n"
    "    minutes: 60\n";

class SheetsValidatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    site_.Write("site.yaml", testing::kSiteYaml);
    site_.Write("packages/smertebehandling/package.md", testing::kPackageMd);
  }

  const Package* Check() {
    diags_ = Diagnostics();
    catalog_ = site_.Check(&diags_);
    return catalog_.FindPackage("smertebehandling");
  }

  std::string Path(const std::string& file) const {
    return site_.content() + "/packages/smertebehandling/" + file;
  }

  TempSite site_;
  Diagnostics diags_;
  Catalog catalog_;
};

TEST_F(SheetsValidatorTest, PlanDefaultsWithoutPlanYaml) {
  const Package* p = Check();
  ASSERT_NE(p, nullptr) << testing::Describe(diags_);
  EXPECT_EQ(p->plan.title, "Implementeringsplan");
  EXPECT_EQ(p->plan.columns.size(), 5u);
  EXPECT_EQ(p->plan.columns[0], "Hvad vil vi ændre?");
  EXPECT_EQ(p->plan.rows, 5);
  EXPECT_EQ(p->plan.sizes, (std::vector<PaperSize>{PaperSize::kA4, PaperSize::kA3}));
}

TEST_F(SheetsValidatorTest, PlanYamlOverridesTheDefaults) {
  site_.Write("packages/smertebehandling/plan.yaml",
              "title: Vores plan\n"
              "intro: Udfyld *sammen*.\n"
              "columns:\n"
              "  - Hvad?\n"
              "  - Hvem?\n"
              "  - \"Hvornår?\"\n"
              "rows: 8\n"
              "sizes: [A4, A2, A0]\n");
  const Package* p = Check();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(diags_.list().size(), 0u) << testing::Describe(diags_);
  EXPECT_EQ(p->plan.title, "Vores plan");
  EXPECT_EQ(p->plan.intro.text, "Udfyld *sammen*.");
  EXPECT_EQ(p->plan.intro.first_line, 2);
  EXPECT_EQ(p->plan.columns, (std::vector<std::string>{"Hvad?", "Hvem?", "Hvornår?"}));
  EXPECT_EQ(p->plan.rows, 8);
  EXPECT_EQ(p->plan.sizes, (std::vector<PaperSize>{PaperSize::kA4, PaperSize::kA2, PaperSize::kA0}));
}

TEST_F(SheetsValidatorTest, PlanRules) {
  site_.Write("packages/smertebehandling/plan.yaml",
              "title: \"\"\n"
              "columns: [\"Hvad?\", \" \"]\n"
              "rows: 0\n"
              "sizes: [A4, A5, a3, A4]\n"
              "størrelse: A1\n");
  Check();
  std::string path = Path("plan.yaml");
  EXPECT_TRUE(HasError(diags_, path, 1, 8, "`title` must not be empty; leave it out to use the default"));
  EXPECT_TRUE(HasError(diags_, path, 2, 20, "each entry of `columns` must be a column heading, not empty text"));
  EXPECT_TRUE(HasError(diags_, path, 3, 7, "`rows` must be at least 1, found 0"));
  EXPECT_TRUE(HasError(diags_, path, 4, 13,
                       "each entry of `sizes` must be one of A4, A3, A2, A1, A0, found \"A5\" (did you mean `A4`?)"));
  EXPECT_TRUE(HasError(diags_, path, 4, 17,
                       "each entry of `sizes` must be one of A4, A3, A2, A1, A0, found \"a3\" (did you mean `A3`?)"));
  EXPECT_TRUE(HasError(diags_, path, 4, 21, "paper size A4 is listed twice in `sizes`"));
  EXPECT_TRUE(HasWarning(diags_, path, 5, 1, "unknown key `størrelse` in plan.yaml is ignored"));
  EXPECT_EQ(diags_.error_count(), 6) << testing::Describe(diags_);
}

TEST_F(SheetsValidatorTest, QuestionMarksInAFlowListAreReadAsYaml12Says) {
  // The content format's own example; yaml-cpp 0.7 could not read it.
  site_.Write("packages/smertebehandling/plan.yaml",
              "title: Implementeringsplan\n"
              "columns: [Hvad vil vi ændre?, Hvordan gør vi det?, Hvem har ansvaret?]\n");
  const Package* p = Check();
  ASSERT_NE(p, nullptr) << testing::Describe(diags_);
  EXPECT_EQ(diags_.list().size(), 0u) << testing::Describe(diags_);
  EXPECT_EQ(p->plan.columns,
            (std::vector<std::string>{"Hvad vil vi ændre?", "Hvordan gør vi det?", "Hvem har ansvaret?"}));
}

TEST_F(SheetsValidatorTest, EmptyColumnsAndSizesAreErrors) {
  site_.Write("packages/smertebehandling/plan.yaml", "columns: []\nsizes: []\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path("plan.yaml"), 1, 10, "`columns` is empty: the plan needs at least one column"));
  EXPECT_TRUE(HasError(diags_, Path("plan.yaml"), 2, 8, "`sizes` is empty: the plan needs at least one paper size"));
}

TEST_F(SheetsValidatorTest, NotesFromNotesYaml) {
  site_.Write("packages/smertebehandling/notes.yaml",
              "title: Mine noter\n"
              "sections:\n"
              "  - title: \"Blok 1: Simple kroniske smerter\"\n"
              "    prompt: Hvad tager jeg med fra drøftelsen?\n"
              "    lines: 10\n"
              "  - title: Implementering\n");
  const Package* p = Check();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(diags_.list().size(), 0u) << testing::Describe(diags_);
  EXPECT_EQ(p->notes.title, "Mine noter");
  ASSERT_EQ(p->notes.sections.size(), 2u);
  EXPECT_EQ(p->notes.sections[0].title, "Blok 1: Simple kroniske smerter");
  EXPECT_EQ(p->notes.sections[0].prompt, "Hvad tager jeg med fra drøftelsen?");
  EXPECT_EQ(p->notes.sections[0].lines, 10);
  EXPECT_EQ(p->notes.sections[1].prompt, "");
  EXPECT_EQ(p->notes.sections[1].lines, 8);
}

TEST_F(SheetsValidatorTest, NotesDefaultToOneSectionPerNonBreakBlock) {
  site_.Write("packages/smertebehandling/program.yaml", kProgram);
  const Package* p = Check();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->notes.title, "Ark til mødenoter");
  ASSERT_EQ(p->notes.sections.size(), 3u) << testing::Describe(diags_);
  EXPECT_EQ(p->notes.sections[0].title, "Introduktion");
  EXPECT_EQ(p->notes.sections[1].title, "Blok 1: Simple kroniske smerter");
  EXPECT_EQ(p->notes.sections[2].title, "Blok 3: Implementering");
  for (const NotesSection& s : p->notes.sections) {
    EXPECT_EQ(s.prompt, "Hvad tager jeg med fra drøftelsen?");
    EXPECT_EQ(s.lines, 8);
  }
}

TEST_F(SheetsValidatorTest, NotesYamlWithoutSectionsKeepsTheProgramSections) {
  site_.Write("packages/smertebehandling/program.yaml", kProgram);
  site_.Write("packages/smertebehandling/notes.yaml", "title: Noter til klyngemødet\n");
  const Package* p = Check();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->notes.title, "Noter til klyngemødet");
  EXPECT_EQ(p->notes.sections.size(), 3u);
}

TEST_F(SheetsValidatorTest, NotesWithoutProgramHaveOneGeneralSection) {
  const Package* p = Check();
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->notes.sections.size(), 1u);
  EXPECT_EQ(p->notes.sections[0].title, "Noter fra mødet");
  EXPECT_EQ(p->notes.sections[0].prompt, "Hvad tager jeg med fra mødet, og hvad vil vi ændre i klinikken?");
  EXPECT_EQ(p->notes.sections[0].lines, 20);
}

TEST_F(SheetsValidatorTest, NotesRules) {
  site_.Write("packages/smertebehandling/notes.yaml",
              "sections:\n"
              "  - prompt: Hvad nu?\n"
              "  - title: B\n"
              "    lines: 0\n"
              "    linjer: 4\n");
  Check();
  std::string path = Path("notes.yaml");
  EXPECT_TRUE(HasError(diags_, path, 2, 5, "a notes section is missing the required key `title`"));
  EXPECT_TRUE(HasError(diags_, path, 4, 12, "`lines` must be at least 1, found 0"));
  EXPECT_TRUE(HasWarning(diags_, path, 5, 5, "unknown key `linjer` in a notes section is ignored (did you mean `lines`?)"));
  site_.Write("packages/smertebehandling/notes.yaml", "sections: []\n");
  Check();
  EXPECT_TRUE(HasError(diags_, path, 1, 11,
                       "`sections` is empty: list at least one section, or leave `sections` out to get "
                       "one per program block"));
}

TEST_F(SheetsValidatorTest, PraksisarkHasATitleAndABody) {
  site_.Write("packages/smertebehandling/praksisark.md",
              "---\ntitle: Praksisark om opioider\n---\n# Til klinikken\n\nTag arket med hjem.\n");
  const Package* p = Check();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(diags_.list().size(), 0u) << testing::Describe(diags_);
  ASSERT_TRUE(p->praksisark);
  EXPECT_EQ(p->praksisark->title, "Praksisark om opioider");
  EXPECT_EQ(p->praksisark->body.text, "# Til klinikken\n\nTag arket med hjem.\n");
  EXPECT_EQ(p->praksisark->body.first_line, 4);
}

TEST_F(SheetsValidatorTest, PraksisarkRules) {
  site_.Write("packages/smertebehandling/praksisark.md", "---\ntitel: Ark\n---\n\n");
  Check();
  std::string path = Path("praksisark.md");
  EXPECT_TRUE(HasError(diags_, path, 2, 1, "praksisark.md's front matter is missing the required key `title`"));
  EXPECT_TRUE(HasWarning(diags_, path, 2, 1,
                         "unknown key `titel` in praksisark.md's front matter is ignored (did you mean `title`?)"));
  EXPECT_TRUE(HasWarning(diags_, path, 4, 1,
                         "praksisark.md has no text after its front matter; the sheet will be empty"));
}

TEST_F(SheetsValidatorTest, LinksInPlanIntroAndPraksisarkAreChecked) {
  site_.Write("packages/smertebehandling/plan.yaml", "intro: Se [skabelonen](assets/skabelon.docx).\n");
  site_.Write("packages/smertebehandling/praksisark.md",
              "---\ntitle: Ark\n---\nLæs ![figur](../../../hemmelig.png) her.\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path("plan.yaml"), 1, 11,
                       "link \"assets/skabelon.docx\" names a file that does not exist: "
                       "packages/smertebehandling/assets/skabelon.docx"));
  EXPECT_TRUE(HasError(diags_, Path("praksisark.md"), 4, 5,
                       "image \"../../../hemmelig.png\" leaves the content folder"));
}

}  // namespace
}  // namespace klynge
