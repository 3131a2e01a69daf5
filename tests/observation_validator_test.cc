#include "validate/observation_validator.h"

#include <gtest/gtest.h>

#include "support/cluster_site.h"

namespace klynge {
namespace {

using testing::Describe;
using testing::FindDiagnostic;
using testing::kClusterYaml;
using testing::Replace;

const std::string kHeader = "practice,indicator,period,numerator,denominator\n";

using ObservationValidatorTest = testing::ClusterSiteTest;

TEST_F(ObservationValidatorTest, HeaderWithAWrongColumnNamesThatColumn) {
  Catalog catalog = Check(kClusterYaml,
                          "practice,indicator,periode,numerator,denominator\n"
                          "012345,opioid-3m,2025,57,1480\n");
  ExpectAt("column 3 of the header must be `period`, found `periode` (did you mean `period`?)",
           CsvPath(), 1, 20);
  EXPECT_EQ(diags_.error_count(), 1) << Describe(diags_);  // rows of a bad header are not blamed
  EXPECT_TRUE(catalog.clusters.empty());
}

TEST_F(ObservationValidatorTest, HeaderWithSwappedColumnsSaysTheOrder) {
  Check(kClusterYaml, "practice,indicator,period,denominator,numerator\n");
  ExpectAt(
      "column 4 of the header must be `numerator`, found `denominator`; the columns must come in "
      "the order "
      "practice,indicator,period,numerator,denominator",
      CsvPath(), 1, 27);
  ExpectAt("column 5 of the header must be `denominator`", CsvPath(), 1, 39);
}

TEST_F(ObservationValidatorTest, HeaderWithTooFewOrTooManyColumns) {
  Check(kClusterYaml, "practice,indicator,period,numerator\n");
  ExpectAt("the header has 4 columns; missing `denominator`", CsvPath(), 1, 36);
  Check(kClusterYaml, "practice,indicator,period,numerator,denominator,note\n");
  ExpectAt("the header has an extra column `note`", CsvPath(), 1, 49);
}

TEST_F(ObservationValidatorTest, SemicolonSeparatedFileGetsItsOwnMessage) {
  Check(kClusterYaml,
        "practice;indicator;period;numerator;denominator\n012345;opioid-3m;2025;57;1480\n");
  ExpectAt("the file is separated by semicolons; save it as comma-separated CSV", CsvPath(), 1, 1);
  EXPECT_EQ(diags_.error_count(), 1) << Describe(diags_);
}

TEST_F(ObservationValidatorTest, MissingHeaderOrEmptyFileIsAnError) {
  Check(kClusterYaml, "012345,opioid-3m,2025,57,1480\n");
  ExpectAt(
      "the header line is missing: the first line must be exactly "
      "practice,indicator,period,numerator,denominator",
      CsvPath(), 1, 1);
  Check(kClusterYaml, "");
  ExpectAt("the data file is empty", CsvPath(), 1, 1);
}

TEST_F(ObservationValidatorTest, UnknownPracticeIsAnErrorAtItsField) {
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,57,1480\n999999,opioid-3m,2025,57,1480\n");
  ExpectAt("unknown practice `999999`: not among the practices of cluster.yaml", CsvPath(), 3, 1);
}

TEST_F(ObservationValidatorTest, PracticeWithoutItsLeadingZeroGetsAHint) {
  Check(kClusterYaml, kHeader + "12345,opioid-3m,2025,57,1480\n");
  ExpectAt(
      "unknown practice `12345`: not among the practices of cluster.yaml (did you mean `012345`? "
      "A spreadsheet may have dropped the leading zeros)",
      CsvPath(), 2, 1);
}

TEST_F(ObservationValidatorTest, UnknownIndicatorIsAnErrorAtItsField) {
  Check(kClusterYaml, kHeader + "012345,opioid3m,2025,57,1480\n");
  ExpectAt(
      "unknown indicator `opioid3m`: package `smertebehandling` has the indicators opioid-3m, "
      "morfin-andel "
      "(did you mean `opioid-3m`?)",
      CsvPath(), 2, 8);
}

TEST_F(ObservationValidatorTest, EmptyPeriodIsAnError) {
  Check(kClusterYaml, kHeader + "012345,opioid-3m,,57,1480\n");
  ExpectAt("`period` must not be empty", CsvPath(), 2, 18);
}

TEST_F(ObservationValidatorTest, NumeratorMustBeAWholeNumberOfZeroOrMore) {
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,-3,1480\n");
  ExpectAt("`numerator` must be 0 or more, found -3", CsvPath(), 2, 23);
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,5.5,1480\n");
  ExpectAt("`numerator` must be a whole number without decimals or separators, found `5.5`",
           CsvPath(), 2, 23);
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,,1480\n");
  ExpectAt("`numerator` is empty", CsvPath(), 2, 23);
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,99999999999999999999,1480\n");
  ExpectAt("`numerator` is too large", CsvPath(), 2, 23);
}

TEST_F(ObservationValidatorTest, CountsAboveATenToTheNinthAreErrorsAtTheirCells) {
  // 10^16 once overflowed numerator × per and printed the rate -844,7.
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,10000000000000000,10000000000000000\n");
  ExpectAt("`numerator` is too large: `10000000000000000`; a count is at most 1,000,000,000",
           CsvPath(), 2, 23);
  ExpectAt("`denominator` is too large: `10000000000000000`", CsvPath(), 2, 41);
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,57,1000000001\n");
  ExpectAt("`denominator` is too large: `1000000001`", CsvPath(), 2, 26);
  EXPECT_EQ(diags_.error_count(), 1) << Describe(diags_);
}

TEST_F(ObservationValidatorTest, CountsOfExactlyATenToTheNinthAreFine) {
  Catalog catalog = Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,1000000000,1000000000\n");
  EXPECT_FALSE(diags_.HasErrors()) << Describe(diags_);
  ASSERT_EQ(catalog.clusters.size(), 1u);
  EXPECT_EQ(catalog.clusters[0].observations.at(0).numerator, 1'000'000'000);
  EXPECT_EQ(catalog.clusters[0].observations.at(0).denominator, 1'000'000'000);
}

TEST_F(ObservationValidatorTest, ZeroNumeratorIsFine) {
  Catalog catalog = Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,0,1480\n");
  EXPECT_FALSE(diags_.HasErrors()) << Describe(diags_);
  ASSERT_EQ(catalog.clusters.size(), 1u);
  EXPECT_EQ(catalog.clusters[0].observations.at(0).numerator, 0);
}

TEST_F(ObservationValidatorTest, DenominatorMustBeAWholeNumberAboveZero) {
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,57,0\n");
  ExpectAt("`denominator` must be more than 0 (the clinic's listed patients), found 0", CsvPath(),
           2, 26);
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,57,-10\n");
  ExpectAt("`denominator` must be more than 0", CsvPath(), 2, 26);
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,57,1.480\n");
  ExpectAt("`denominator` must be a whole number without decimals or separators, found `1.480`",
           CsvPath(), 2, 26);
}

TEST_F(ObservationValidatorTest, DuplicateRowIsAnErrorNamingBothLines) {
  Check(kClusterYaml, kHeader +
                          "012345,opioid-3m,2025,57,1480\n023456,opioid-3m,2025,9,900\n"
                          "012345,opioid-3m,2025,58,1480\n");
  ExpectAt(
      "duplicate row for practice 012345, indicator opioid-3m and period 2025: line 2 has the same",
      CsvPath(), 4, 1);
}

TEST_F(ObservationValidatorTest, DuplicateAcrossFilesNamesTheOtherFile) {
  site_.Write("clusters/vest/mere.csv",
              kHeader + "023456,opioid-3m,2024,9,900\n012345,opioid-3m,2025,58,1480\n");
  Check(Replace(kClusterYaml, "data: [opioid.csv]", "data: [opioid.csv, mere.csv]"));
  ExpectAt("duplicate row for practice 012345, indicator opioid-3m and period 2025: " + CsvPath() +
               ":2 has the same",
           site_.content() + "/clusters/vest/mere.csv", 3, 1);
}

TEST_F(ObservationValidatorTest, RowWithTooFewOrTooManyFieldsIsMalformed) {
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,57\n");
  ExpectAt("malformed row: 4 field(s), expected 5; `denominator` is missing", CsvPath(), 2, 25);
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,57,1480,x\n");
  ExpectAt("malformed row: 6 fields, expected 5", CsvPath(), 2, 31);
}

TEST_F(ObservationValidatorTest, MalformedQuotingIsAnErrorAtItsPlace) {
  Check(kClusterYaml, kHeader + "012345,\"opioid-3m\"x,2025,57,1480\n");
  ExpectAt("malformed CSV: text after a closing quote", CsvPath(), 2, 19);
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,57,1480\n023456,\"opioid-3m,2025,9,900\n");
  ExpectAt("malformed CSV: a quoted value is never closed", CsvPath(), 3, 8);
}

TEST_F(ObservationValidatorTest, QuotedFieldsAndCrLfAreFine) {
  Catalog catalog = Check(kClusterYaml,
                          "practice,indicator,period,numerator,denominator\r\n"
                          "\"012345\",\"opioid-3m\",\"2025-Q4\",\"57\",\"1480\"\r\n");
  EXPECT_FALSE(diags_.HasErrors()) << Describe(diags_);
  ASSERT_EQ(catalog.clusters.size(), 1u);
  EXPECT_EQ(catalog.clusters[0].observations.at(0).period, "2025-Q4");
  EXPECT_EQ(catalog.clusters[0].observations.at(0).numerator, 57);
}

TEST_F(ObservationValidatorTest, NumeratorAboveDenominatorIsAWarning) {
  Check(kClusterYaml, kHeader + "012345,opioid-3m,2025,1480,57\n");
  ExpectAt("`numerator` 1480 is larger than `denominator` 57", CsvPath(), 2, 23,
           Severity::kWarning);
}

TEST_F(ObservationValidatorTest, EveryProblemOfTheFileInOneRun) {
  Catalog catalog = Check(kClusterYaml, kHeader +
                                            "999999,opioid-3m,2025,57,1480\n"  // 2: practice
                                            "012345,opioid-3x,2025,57,1480\n"  // 3: indicator
                                            "012345,opioid-3m,2025,-1,1480\n"  // 4: numerator
                                            "012345,opioid-3m,2024,5,0\n"      // 5: denominator
                                            "012345,opioid-3m\n"               // 6: malformed
                                            "023456,opioid-3m,2025,9,900\n"    // 7: fine
                                            "023456,opioid-3m,2025,9,900\n");  // 8: duplicate
  EXPECT_EQ(diags_.error_count(), 6) << Describe(diags_);
  std::vector<int> lines;
  for (const Diagnostic& d : diags_.list())
    if (d.severity == Severity::kError && d.where.path == CsvPath()) lines.push_back(d.where.line);
  EXPECT_EQ(lines, (std::vector<int>{2, 3, 4, 5, 6, 8}));
  EXPECT_TRUE(catalog.clusters.empty());
}

TEST_F(ObservationValidatorTest, CheckCommandPrintsTheErrorAndExitsOne) {
  site_.Write("clusters/vest/cluster.yaml", kClusterYaml);
  site_.Write("clusters/vest/opioid.csv",
              kHeader + "012345,opioid-3m,2025,57,1480\n012345,opioid-3m,2025,x,1480\n");
  std::string err;
  EXPECT_EQ(site_.Run("check", &err), 1) << err;
  EXPECT_NE(
      err.find("content/clusters/vest/opioid.csv:3:23: error: `numerator` must be a whole number"),
      std::string::npos)
      << err;
  EXPECT_NE(err.find("    3 | 012345,opioid-3m,2025,x,1480"), std::string::npos) << err;
}

}  // namespace
}  // namespace klynge
