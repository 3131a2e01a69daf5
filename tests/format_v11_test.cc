// Content format 1.1: count indicators, surveys, practice addresses, and the
// figures a count indicator gives (its sum withheld where it would reveal a "<5").

#include <gtest/gtest.h>

#include "stats/cluster_figures.h"
#include "stats/survey_figures.h"
#include "support/cluster_site.h"
#include "support/expect_diagnostic.h"

namespace klynge {
namespace {

using testing::Describe;
using testing::FindDiagnostic;
using testing::kClusterYaml;
using testing::Replace;

// Line numbers matter: the tests below name them.
const char* const kPackageMd =
    "---\n"                                          // 1
    "title: Dosisdispensering\n"                     // 2
    "topic: Medicin\n"                               // 3
    "provider: KAP-H\n"                              // 4
    "duration: 120\n"                                // 5
    "indicators:\n"                                  // 6
    "  - id: dosis-antal\n"                          // 7
    "    title: Patienter på dosisdispensering\n"    // 8
    "    kind: count\n"                              // 9
    "    unit: patienter\n"                          // 10
    "    better: lower\n"                            // 11
    "  - id: opioid-3m\n"                            // 12
    "    title: Opioid\n"                            // 13
    "    unit: pr. 1.000\n"                          // 14
    "    better: lower\n"                            // 15
    "surveys:\n"                                     // 16
    "  - id: holdning\n"                             // 17
    "    title: Klyngens holdning\n"                 // 18
    "---\n"                                          // 19
    "Tekst.\n";

const char* const kCountCsv =
    "practice,indicator,period,numerator,denominator\n"
    "012345,dosis-antal,2025,57,\n"
    "023456,dosis-antal,2025,12,\n"
    "012345,opioid-3m,2025,40,1000\n";

const char* const kSurveyCsv =
    "survey,question,answer,count\n"                             // 1
    "holdning,Hvor mange får dosisdispensering?,Under 10,4\n"    // 2
    "holdning,Hvor mange får dosisdispensering?,10–30,7\n"       // 3
    "holdning,Er det en god ordning?,Ja,2\n"                     // 4
    "holdning,Hvor mange får dosisdispensering?,Over 30,3\n"     // 5
    "holdning,Er det en god ordning?,Nej,1\n";                   // 6

class FormatV11Test : public testing::ClusterSiteTest {
 protected:
  void SetUp() override {
    ClusterSiteTest::SetUp();
    site_.Write("packages/smertebehandling/package.md", kPackageMd);
  }
  std::string PackagePath() const { return site_.content() + "/packages/smertebehandling/package.md"; }
  std::string SurveyPath() const { return site_.content() + "/clusters/vest/holdning.csv"; }
  Catalog CheckWithSurvey(const std::string& survey_csv, const std::string& yaml = kClusterYaml,
                          const std::string& csv = kCountCsv) {
    site_.Write("clusters/vest/holdning.csv", survey_csv);
    return Check(Replace(yaml, "data: [opioid.csv]", "data: [opioid.csv, holdning.csv]"), csv);
  }
  // A program whose one item (line 6, its value at column 17) names survey `id`.
  void WriteProgramNamingSurvey(const std::string& id) {
    site_.Write("packages/smertebehandling/program.yaml",
                "blocks:\n"
                "  - title: Blok 1\n"
                "    items:\n"
                "      - minutes: 20\n"
                "        text: Spørgeskemaet\n"
                "        survey: " + id + "\n");
  }
};

TEST_F(FormatV11Test, ACountIndicatorAndASurveyReachTheModel) {
  Catalog catalog = CheckWithSurvey(kSurveyCsv);
  ASSERT_FALSE(diags_.HasErrors()) << Describe(diags_);
  const Package* package = catalog.FindPackage("smertebehandling");
  ASSERT_NE(package, nullptr);
  ASSERT_EQ(package->indicators.size(), 2u);
  EXPECT_EQ(package->indicators[0].kind, IndicatorKind::kCount);
  EXPECT_EQ(package->indicators[1].kind, IndicatorKind::kRate);
  ASSERT_EQ(package->surveys.size(), 1u);
  EXPECT_EQ(package->surveys[0].title, "Klyngens holdning");
  ASSERT_EQ(catalog.clusters.size(), 1u);
  const ClusterEdition& c = catalog.clusters[0];
  EXPECT_EQ(c.observations[0].denominator, 0);
  ASSERT_EQ(c.surveys.size(), 1u);
  const SurveyResult& r = c.surveys[0];
  ASSERT_EQ(r.questions.size(), 2u);  // in the order of their first row
  EXPECT_EQ(r.questions[0].text, "Hvor mange får dosisdispensering?");
  ASSERT_EQ(r.questions[0].answers.size(), 3u);
  EXPECT_EQ(r.questions[0].answers[2].text, "Over 30");
  EXPECT_EQ(r.questions[0].Total(), 14);
  EXPECT_EQ(r.questions[1].Total(), 3);
}

TEST_F(FormatV11Test, PerOnACountIndicatorIsAnErrorAtPer) {
  site_.Write("packages/smertebehandling/package.md",
              Replace(kPackageMd, "    kind: count\n", "    kind: count\n    per: 100\n"));
  Check(kClusterYaml, kCountCsv);
  ExpectAt("`per` is only for rates", PackagePath(), 10, 5);
}

TEST_F(FormatV11Test, AnUnknownKindIsAnError) {
  site_.Write("packages/smertebehandling/package.md", Replace(kPackageMd, "kind: count", "kind: antal"));
  Check(kClusterYaml, kCountCsv);
  ExpectAt("`kind` must be one of rate, count, found \"antal\"", PackagePath(), 9, 11);
}

TEST_F(FormatV11Test, ACountIndicatorGivenADenominatorIsAnErrorAtTheCell) {
  Check(kClusterYaml, Replace(kCountCsv, "57,\n", "57,1480\n"));
  ExpectAt("is a count (`kind: count` in package.md): leave `denominator` empty", CsvPath(), 2, 28);
}

TEST_F(FormatV11Test, ARateIndicatorWithoutADenominatorIsAnErrorAtTheCell) {
  Check(kClusterYaml, Replace(kCountCsv, "40,1000\n", "40,\n"));
  ExpectAt("`denominator` is empty, but indicator opioid-3m is a rate", CsvPath(), 4, 26);
}

TEST_F(FormatV11Test, ANegativeOrFractionalCountIsAnError) {
  Check(kClusterYaml, Replace(kCountCsv, "57,\n", "-3,\n"));
  ExpectAt("`numerator` must be 0 or more", CsvPath(), 2, 25);
  CheckWithSurvey(Replace(kSurveyCsv, "Under 10,4", "Under 10,4.5"));
  ExpectAt("`count` must be a whole number", SurveyPath(), 2, 53);
  CheckWithSurvey(Replace(kSurveyCsv, "Under 10,4", "Under 10,-4"));
  ExpectAt("`count` must be 0 or more", SurveyPath(), 2, 53);
}

TEST_F(FormatV11Test, ASurveyRowThatNamesNoDeclaredSurveyIsAnError) {
  CheckWithSurvey(Replace(kSurveyCsv, "holdning,Er det en god ordning?,Ja", "holdnig,Er det en god ordning?,Ja"));
  ExpectAt("unknown survey `holdnig`", SurveyPath(), 4, 1);
  EXPECT_NE(FindDiagnostic(diags_, "did you mean `holdning`?"), nullptr) << Describe(diags_);
}

TEST_F(FormatV11Test, ADuplicateSurveyAnswerNamesTheFirstLine) {
  CheckWithSurvey(std::string(kSurveyCsv) + "holdning,Er det en god ordning?,Ja,5\n");
  ExpectAt("duplicate row for survey holdning", SurveyPath(), 7, 1);
  EXPECT_NE(FindDiagnostic(diags_, "line 4 has the same"), nullptr) << Describe(diags_);
}

TEST_F(FormatV11Test, ASurveyHeaderWithAWrongColumnIsAnError) {
  CheckWithSurvey(Replace(kSurveyCsv, "survey,question,answer,count", "survey,question,answer,antal"));
  ExpectAt("column 4 of the header must be `count`", SurveyPath(), 1, 24);
}

TEST_F(FormatV11Test, AProgramItemNamingAnUnknownSurveyIsAnError) {
  WriteProgramNamingSurvey("holdnign");
  Check(kClusterYaml, kCountCsv);
  ExpectAt("`survey` \"holdnign\" is not a survey of this package",
           site_.content() + "/packages/smertebehandling/program.yaml", 6, 17);
  EXPECT_NE(FindDiagnostic(diags_, "did you mean `holdning`?"), nullptr) << Describe(diags_);
}

TEST_F(FormatV11Test, AProgramItemNamingASurveyKeepsIt) {
  WriteProgramNamingSurvey("holdning");
  Catalog catalog = Check(kClusterYaml, kCountCsv);
  EXPECT_FALSE(diags_.HasErrors()) << Describe(diags_);
  const Package* package = catalog.FindPackage("smertebehandling");
  ASSERT_NE(package, nullptr) << Describe(diags_);
  ASSERT_TRUE(package->program);
  EXPECT_EQ(package->program->blocks[0].items[0].survey, "holdning");
}

TEST_F(FormatV11Test, APracticeAddressReachesTheModel) {
  Catalog catalog = Check(Replace(kClusterYaml, "    name: Lægerne Vestergade\n",
                                  "    name: Lægerne Vestergade\n    address: [Vestergade 12, 9000 Aalborg]\n"),
                          kCountCsv);
  ASSERT_EQ(catalog.clusters.size(), 1u) << Describe(diags_);
  EXPECT_EQ(catalog.clusters[0].practices[0].address,
            (std::vector<std::string>{"Vestergade 12", "9000 Aalborg"}));
  EXPECT_TRUE(catalog.clusters[0].practices[1].address.empty());
}

TEST_F(FormatV11Test, AnAddressOfTooManyLinesIsAnError) {
  Check(Replace(kClusterYaml, "    name: Lægerne Vestergade\n",
                "    name: Lægerne Vestergade\n    address: [a, b, c, d, e, f]\n"),
        kCountCsv);
  ExpectAt("`address` must be 1 to 5 lines", YamlPath(), 13, 14);
}

// The figures of a count indicator, from validated data.
class CountFiguresTest : public FormatV11Test {
 protected:
  const PeriodFigures& Period(const std::string& csv) {
    catalog_ = Check(Replace(kClusterYaml, "  - id: 023456\n    name: Lægehuset Øst\n",
                             "  - id: 023456\n    name: Lægehuset Øst\n  - id: \"034567\"\n    name: Nord\n"),
                     csv);
    EXPECT_FALSE(diags_.HasErrors()) << Describe(diags_);
    figures_ = ComputeClusterFigures(catalog_.clusters.at(0), *catalog_.FindPackage("smertebehandling"));
    return figures_.Find("dosis-antal")->newest();
  }
  Catalog catalog_;
  ClusterFigures figures_;
};

TEST_F(CountFiguresTest, TheClusterFigureIsTheSum) {
  const PeriodFigures& p = Period(
      "practice,indicator,period,numerator,denominator\n"
      "012345,dosis-antal,2025,57,\n023456,dosis-antal,2025,12,\n034567,dosis-antal,2025,0,\n");
  ASSERT_TRUE(p.cluster_rate);
  EXPECT_DOUBLE_EQ(*p.cluster_rate, 69);
  EXPECT_DOUBLE_EQ(p.Find("012345")->shown->rate, 57);
  EXPECT_EQ(p.Find("023456")->rank, 2);  // lower is better: 0 < 12 < 57
  EXPECT_EQ(p.Find("034567")->rank, 1);
}

TEST_F(CountFiguresTest, OneSuppressedClinicWithholdsTheSum) {
  const PeriodFigures& p = Period(
      "practice,indicator,period,numerator,denominator\n"
      "012345,dosis-antal,2025,57,\n023456,dosis-antal,2025,3,\n034567,dosis-antal,2025,20,\n");
  EXPECT_TRUE(p.Find("023456")->suppressed());
  EXPECT_FALSE(p.cluster_rate) << "80 - 57 - 20 would give the 3 away";
  EXPECT_TRUE(p.cluster_would_reveal);
}

TEST_F(CountFiguresTest, TwoSuppressedClinicsThatCouldBeEitherKeepTheSum) {
  const PeriodFigures& p = Period(
      "practice,indicator,period,numerator,denominator\n"
      "012345,dosis-antal,2025,57,\n023456,dosis-antal,2025,3,\n034567,dosis-antal,2025,2,\n");
  ASSERT_TRUE(p.cluster_rate);  // 62 - 57 = 5: (1,4), (2,3), (3,2) or (4,1)
  EXPECT_DOUBLE_EQ(*p.cluster_rate, 62);
}

TEST_F(CountFiguresTest, TwoSuppressedOnesOrFoursWithholdTheSum) {
  EXPECT_FALSE(Period("practice,indicator,period,numerator,denominator\n"
                      "012345,dosis-antal,2025,57,\n023456,dosis-antal,2025,1,\n034567,dosis-antal,2025,1,\n")
                   .cluster_rate);
  EXPECT_FALSE(Period("practice,indicator,period,numerator,denominator\n"
                      "012345,dosis-antal,2025,57,\n023456,dosis-antal,2025,4,\n034567,dosis-antal,2025,4,\n")
                   .cluster_rate);
}

TEST_F(CountFiguresTest, ASmallSumIsSuppressedLikeAClinic) {
  const PeriodFigures& p = Period(
      "practice,indicator,period,numerator,denominator\n"
      "012345,dosis-antal,2025,0,\n023456,dosis-antal,2025,0,\n034567,dosis-antal,2025,3,\n");
  EXPECT_FALSE(p.cluster_rate);
  EXPECT_TRUE(p.has_data());
}

TEST_F(FormatV11Test, AQuestionWithFewerThanFiveAnswersIsNotShown) {
  Catalog catalog = CheckWithSurvey(kSurveyCsv);
  ASSERT_EQ(catalog.clusters.size(), 1u) << Describe(diags_);
  std::vector<SurveyFigures> surveys =
      ComputeSurveyFigures(catalog.clusters[0], *catalog.FindPackage("smertebehandling"));
  ASSERT_EQ(surveys.size(), 1u);
  ASSERT_EQ(surveys[0].questions.size(), 2u);
  const QuestionFigures& shown = surveys[0].questions[0];
  ASSERT_TRUE(shown.shown());
  EXPECT_EQ(shown.n, 14);
  ASSERT_EQ(shown.answers->size(), 3u);
  EXPECT_EQ((*shown.answers)[1].count, 7);
  EXPECT_DOUBLE_EQ((*shown.answers)[1].share, 0.5);
  const QuestionFigures& hidden = surveys[0].questions[1];  // 2 + 1 answers
  EXPECT_FALSE(hidden.shown());
  EXPECT_EQ(hidden.n, 0);
}

}  // namespace
}  // namespace klynge
