#include "validate/program_validator.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "support/expect_diagnostic.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::HasError;
using testing::HasWarning;
using testing::TempSite;

const char* const kPackage =
    "---\n"
    "title: Smertebehandling\n"
    "topic: Medicin\n"
    "provider: KAP-H\n"
    "duration: 60\n"
    "indicators:\n"
    "  - id: opioid-3m\n"
    "    title: Opioid i 3 mdr.\n"
    "    better: lower\n"
    "  - id: morfin-andel\n"
    "    title: Andel morfin\n"
    "    better: higher\n"
    "---\n"
    "Tekst.\n";

class ProgramValidatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    site_.Write("site.yaml", testing::kSiteYaml);
    site_.Write("packages/smertebehandling/package.md", kPackage);
  }

  Catalog CheckProgram(const std::string& yaml) {
    site_.Write("packages/smertebehandling/program.yaml", yaml);
    diags_ = Diagnostics();
    return site_.Check(&diags_);
  }

  std::string Path() const { return site_.content() + "/packages/smertebehandling/program.yaml"; }

  TempSite site_;
  Diagnostics diags_;
};

TEST_F(ProgramValidatorTest, ValidProgramBuildsTheModel) {
  Catalog catalog = CheckProgram(
      "title: Program for mødeleder\n"
      "blocks:\n"
      "  - title: Opfølgning fra sidste møde\n"
      "  - title: Introduktion\n"
      "    minutes: 15\n"
      "    slides: \"1-5\"\n"
      "    seating: mixed\n"
      "    text: Introducér **emnet**.\n"
      "    items:\n"
      "      - minutes: 5\n"
      "        text: Vis videoen.\n"
      "        slides: 6\n"
      "      - minutes: 10\n"
      "        text: Gennemgå klyngens data.\n"
      "        indicator: opioid-3m\n"
      "  - title: Pause\n"
      "    break: true\n"
      "    minutes: 15\n"
      "  - title: Implementering\n"
      "    seating: practice\n"
      "    items:\n"
      "      - {minutes: 30, text: Udfyld implementeringsplanen.}\n");
  EXPECT_EQ(diags_.error_count(), 0) << testing::Describe(diags_);
  EXPECT_EQ(diags_.warning_count(), 0) << testing::Describe(diags_);
  const Package* p = catalog.FindPackage("smertebehandling");
  ASSERT_NE(p, nullptr);
  ASSERT_TRUE(p->program);
  const Program& program = *p->program;
  EXPECT_EQ(program.title, "Program for mødeleder");
  ASSERT_EQ(program.blocks.size(), 4u);
  EXPECT_EQ(program.blocks[0].title, "Opfølgning fra sidste møde");
  EXPECT_FALSE(program.blocks[0].minutes);
  EXPECT_TRUE(program.blocks[0].items.empty());
  const ProgramBlock& intro = program.blocks[1];
  EXPECT_EQ(intro.line, 4);
  EXPECT_EQ(intro.minutes, 15);
  EXPECT_EQ(intro.slides, "1-5");
  EXPECT_EQ(intro.seating, Seating::kMixed);
  EXPECT_EQ(intro.text.text, "Introducér **emnet**.");
  EXPECT_EQ(intro.text.first_line, 8);
  ASSERT_EQ(intro.items.size(), 2u);
  EXPECT_EQ(intro.items[0].slides, "6");
  EXPECT_EQ(intro.items[1].indicator, "opioid-3m");
  EXPECT_EQ(intro.items[1].line, 13);
  EXPECT_TRUE(program.blocks[2].is_break);
  EXPECT_EQ(program.blocks[3].seating, Seating::kPractice);
  EXPECT_EQ(program.blocks[3].Minutes(), 30);
  EXPECT_EQ(program.TotalMinutes(), 60);
}

TEST_F(ProgramValidatorTest, DefaultTitle) {
  Catalog catalog = CheckProgram("blocks:\n  - title: Alt\n    minutes: 60\n");
  ASSERT_NE(catalog.FindPackage("smertebehandling"), nullptr);
  EXPECT_EQ(catalog.FindPackage("smertebehandling")->program->title, "Detaljeret program til mødeleder");
}

TEST_F(ProgramValidatorTest, BlockWhoseItemsDoNotAddUpIsAWarning) {
  CheckProgram(
      "blocks:\n"
      "  - title: Blok 3\n"
      "    minutes: 30\n"
      "    items:\n"
      "      - {minutes: 5, text: a}\n"
      "      - {minutes: 24, text: b}\n"
      "  - title: Resten\n"
      "    minutes: 30\n");
  EXPECT_TRUE(HasWarning(diags_, Path(), 3, 14, "block \"Blok 3\" declares 30 min, its items add up to 29 min"));
  EXPECT_EQ(diags_.error_count(), 0) << testing::Describe(diags_);
}

TEST_F(ProgramValidatorTest, TheSeedsThirtyMinuteBlockWarnsButTheCheckPasses) {
  site_.Write("packages/smertebehandling/program.yaml",
              "blocks:\n"
              "  - title: Blok 3\n"
              "    minutes: 30\n"
              "    items:\n"
              "      - {minutes: 5, text: a}\n"
              "      - {minutes: 24, text: b}\n"
              "  - title: Resten\n"
              "    minutes: 30\n");
  std::string err;
  EXPECT_EQ(site_.Run("check", &err), 0) << err;
  EXPECT_NE(err.find("content/packages/smertebehandling/program.yaml:3:14: warning: block \"Blok 3\" "
                     "declares 30 min, its items add up to 29 min"),
            std::string::npos)
      << err;
}

TEST_F(ProgramValidatorTest, TotalThatDiffersFromTheDurationIsAWarning) {
  CheckProgram("blocks:\n  - title: Alt\n    minutes: 45\n");
  EXPECT_TRUE(HasWarning(diags_, Path(), 1, 1,
                         "the program's blocks add up to 45 min, but package.md's `duration` is 60 min"));
  EXPECT_EQ(diags_.error_count(), 0) << testing::Describe(diags_);
}

TEST_F(ProgramValidatorTest, MinutesAreWholeNumbersNotBelowZero) {
  CheckProgram(
      "blocks:\n"
      "  - title: A\n"
      "    minutes: -5\n"
      "    items:\n"
      "      - {minutes: 2.5, text: x}\n"
      "  - title: B\n"
      "    minutes: 100000\n");
  EXPECT_TRUE(HasError(diags_, Path(), 3, 14, "`minutes` must be 0 or more, found -5"));
  EXPECT_TRUE(HasError(diags_, Path(), 5, 19, "`minutes` must be a whole number, found \"2.5\""));
  EXPECT_TRUE(HasError(diags_, Path(), 7, 14, "`minutes` must be at most 1440, found 100000"));
}

TEST_F(ProgramValidatorTest, SlidesAreANumberOrAnOrderedRange) {
  CheckProgram(
      "blocks:\n"
      "  - title: A\n"
      "    minutes: 60\n"
      "    slides: \"5-1\"\n"
      "    items:\n"
      "      - {text: x, slides: \"dias 3\"}\n"
      "      - {text: y, slides: \"0\"}\n"
      "      - {text: z, slides: \"7-7\"}\n");
  const char* tail = "`slides` must be a slide number or range such as \"6\" or \"1-5\" (first <= last), found ";
  EXPECT_TRUE(HasError(diags_, Path(), 4, 13, std::string(tail) + "\"5-1\""));
  EXPECT_TRUE(HasError(diags_, Path(), 6, 27, std::string(tail) + "\"dias 3\""));
  EXPECT_TRUE(HasError(diags_, Path(), 7, 27, std::string(tail) + "\"0\""));
  EXPECT_EQ(diags_.error_count(), 3) << testing::Describe(diags_);
  EXPECT_TRUE(IsSlideRange("12"));
  EXPECT_TRUE(IsSlideRange("1-5"));
  EXPECT_FALSE(IsSlideRange("1-"));
  EXPECT_FALSE(IsSlideRange("-3"));
  EXPECT_FALSE(IsSlideRange("1-2-3"));
}

TEST_F(ProgramValidatorTest, SeatingIsMixedOrPractice) {
  CheckProgram("blocks:\n  - title: A\n    minutes: 60\n    seating: practis\n");
  EXPECT_TRUE(HasError(diags_, Path(), 4, 14,
                       "`seating` must be one of mixed, practice, found \"practis\" (did you mean `practice`?)"));
}

TEST_F(ProgramValidatorTest, ItemIndicatorMustBeAnIndicatorOfThePackage) {
  CheckProgram(
      "blocks:\n"
      "  - title: A\n"
      "    minutes: 60\n"
      "    items:\n"
      "      - text: Data\n"
      "        indicator: opioid-3\n");
  EXPECT_TRUE(HasError(diags_, Path(), 6, 20,
                       "`indicator` \"opioid-3\" is not an indicator of this package (its indicators: "
                       "opioid-3m, morfin-andel) (did you mean `opioid-3m`?)"));
}

TEST_F(ProgramValidatorTest, ItemIndicatorWhenThePackageHasNone) {
  site_.Write("packages/smertebehandling/package.md", testing::kPackageMd);
  CheckProgram("blocks:\n  - title: A\n    items:\n      - {text: Data, indicator: opioid-3m}\n");
  EXPECT_TRUE(HasError(diags_, Path(), 4, 33,
                       "`indicator` \"opioid-3m\" is not an indicator of this package: package.md has no "
                       "`indicators`"));
}

TEST_F(ProgramValidatorTest, RequiredKeysOfBlocksAndItems) {
  CheckProgram("blocks:\n  - minutes: 60\n    items:\n      - minutes: 5\n");
  EXPECT_TRUE(HasError(diags_, Path(), 2, 5, "a program block is missing the required key `title`"));
  EXPECT_TRUE(HasError(diags_, Path(), 4, 9, "a program item is missing the required key `text`"));
}

TEST_F(ProgramValidatorTest, BlocksAreRequiredAndNotEmpty) {
  CheckProgram("title: Program\n");
  EXPECT_TRUE(HasError(diags_, Path(), 1, 1, "program.yaml is missing the required key `blocks`"));
  CheckProgram("blocks: []\n");
  EXPECT_TRUE(HasError(diags_, Path(), 1, 9, "`blocks` is empty: a program needs at least one block"));
}

TEST_F(ProgramValidatorTest, UnknownKeysAreWarningsWithSuggestions) {
  CheckProgram(
      "blocks:\n"
      "  - title: A\n"
      "    minuts: 60\n"
      "    items:\n"
      "      - {text: x, indikator: opioid-3m}\n");
  EXPECT_TRUE(HasWarning(diags_, Path(), 3, 5,
                         "unknown key `minuts` in a program block is ignored (did you mean `minutes`?)"));
  EXPECT_TRUE(HasWarning(diags_, Path(), 5, 19,
                         "unknown key `indikator` in a program item is ignored (did you mean `indicator`?)"));
}

TEST_F(ProgramValidatorTest, LinksInBlockTextAreChecked) {
  CheckProgram(
      "blocks:\n"
      "  - title: A\n"
      "    minutes: 60\n"
      "    text: |\n"
      "      Brug slides.\n"
      "      Se også [præsentationen](assets/slides.pptx).\n");
  EXPECT_TRUE(HasError(diags_, Path(), 6, 15,
                       "link \"assets/slides.pptx\" names a file that does not exist: "
                       "packages/smertebehandling/assets/slides.pptx"));
}

TEST_F(ProgramValidatorTest, EveryProblemInTheFileIsReportedInOneRun) {
  CheckProgram(
      "blocks:\n"
      "  - title: A\n"
      "    minutes: ti\n"                       // 3
      "    seating: blandet\n"                  // 4
      "    items:\n"
      "      - {minutes: -1, text: x}\n"        // 6
      "      - {text: y, indicator: ukendt}\n"  // 7
      "  - title: B\n"
      "    break: ja\n"                          // 9
      "    slides: \"3-2\"\n");                  // 10
  EXPECT_EQ(diags_.error_count(), 6) << testing::Describe(diags_);
  EXPECT_TRUE(HasError(diags_, Path(), 3, 14, "`minutes` must be a whole number, found \"ti\""));
  EXPECT_TRUE(HasError(diags_, Path(), 6, 19, "`minutes` must be 0 or more, found -1"));
  EXPECT_TRUE(HasError(diags_, Path(), 9, 12, "`break` must be true or false, found \"ja\""));
}

}  // namespace
}  // namespace klynge
