#include "validate/cluster_validator.h"

#include <gtest/gtest.h>

#include "support/cluster_site.h"
#include "support/expect_diagnostic.h"

namespace klynge {
namespace {

using testing::Describe;
using testing::FindDiagnostic;
using testing::kClusterYaml;
using testing::Replace;

using ClusterValidatorTest = testing::ClusterSiteTest;

TEST_F(ClusterValidatorTest, ValidClusterBecomesAnEdition) {
  Catalog catalog = Check(kClusterYaml);
  EXPECT_EQ(diags_.list().size(), 0u) << Describe(diags_);
  ASSERT_EQ(catalog.clusters.size(), 1u);
  const ClusterEdition& c = catalog.clusters[0];
  EXPECT_EQ(c.slug, "vest");
  EXPECT_EQ(c.name, "Aalborg Klynge Vest");
  EXPECT_EQ(c.region, "Nordjylland");
  EXPECT_EQ(c.coordinator, "Tine Stegger");
  EXPECT_EQ(c.package, "smertebehandling");
  EXPECT_EQ(c.meeting.date.Iso(), "2026-03-12");
  EXPECT_EQ(c.meeting.start_minutes, 16 * 60);
  EXPECT_EQ(c.meeting.place, "Lægehuset Vestergade");
  EXPECT_FALSE(c.open_data);
  ASSERT_EQ(c.practices.size(), 2u);
  EXPECT_EQ(c.practices[0].id, "012345");
  EXPECT_EQ(c.practices[1].id, "023456");  // plain scalar: the leading zero is kept
  EXPECT_EQ(c.practices[1].name, "Lægehuset Øst");
  EXPECT_EQ(c.data_files, std::vector<std::string>{"opioid.csv"});
  ASSERT_EQ(c.comparators.size(), 1u);
  EXPECT_EQ(c.comparators[0].period, "2025");
  EXPECT_DOUBLE_EQ(c.comparators[0].value, 41.2);
  ASSERT_EQ(c.observations.size(), 3u);
  EXPECT_EQ(c.observations[1].practice, "023456");
  EXPECT_EQ(c.observations[1].numerator, 3);
  EXPECT_EQ(c.observations[1].denominator, 900);
}

TEST_F(ClusterValidatorTest, DataModeOpenAndDefaults) {
  Catalog catalog = Check(Replace(Replace(kClusterYaml, "data_mode: closed\n", "data_mode: open\n"),
                                  "  start: \"16:00\"\n", ""));
  ASSERT_EQ(catalog.clusters.size(), 1u) << Describe(diags_);
  EXPECT_TRUE(catalog.clusters[0].open_data);
  EXPECT_FALSE(catalog.clusters[0].meeting.start_minutes);
  catalog = Check(Replace(kClusterYaml, "data_mode: closed\n", ""));
  ASSERT_EQ(catalog.clusters.size(), 1u) << Describe(diags_);
  EXPECT_FALSE(catalog.clusters[0].open_data);
}

TEST_F(ClusterValidatorTest, MissingNameIsAnError) {
  Catalog catalog = Check(Replace(kClusterYaml, "name: Aalborg Klynge Vest\n", "region2: x\n"));
  ExpectAt("missing the required key `name`", YamlPath(), 1, 1);
  EXPECT_TRUE(catalog.clusters.empty());
}

TEST_F(ClusterValidatorTest, UnknownKeyIsAWarningWithSuggestion) {
  Check(Replace(kClusterYaml, "coordinator:", "coordinater:"));
  ExpectAt("unknown key `coordinater` in cluster.yaml", YamlPath(), 3, 1, Severity::kWarning);
  EXPECT_NE(FindDiagnostic(diags_, "did you mean `coordinator`?"), nullptr);
  EXPECT_FALSE(diags_.HasErrors()) << Describe(diags_);
}

TEST_F(ClusterValidatorTest, UnknownKeyInMeetingIsAWarning) {
  Check(Replace(kClusterYaml, "  place:", "  plade:"));
  ExpectAt("unknown key `plade`", YamlPath(), 8, 3, Severity::kWarning);
  EXPECT_NE(FindDiagnostic(diags_, "did you mean `place`?"), nullptr);
}

TEST_F(ClusterValidatorTest, PackageThatDoesNotExistIsAnError) {
  Catalog catalog =
      Check(Replace(kClusterYaml, "package: smertebehandling", "package: smertebehandlin"));
  ExpectAt("package `smertebehandlin` does not exist", YamlPath(), 4, 10);
  EXPECT_NE(FindDiagnostic(diags_, "did you mean `smertebehandling`?"), nullptr);
  EXPECT_TRUE(catalog.clusters.empty());
}

TEST_F(ClusterValidatorTest, MeetingDateIsRequiredAndMustBeADate) {
  Check(Replace(kClusterYaml, "  date: 2026-03-12\n", ""));
  ExpectAt("`meeting` is missing the required key `date`", YamlPath(), 6, 3);
  Check(Replace(kClusterYaml, "2026-03-12", "2026-02-30"));
  ExpectAt("`date` must be a date written YYYY-MM-DD", YamlPath(), 6, 9);
  Check(Replace(kClusterYaml,
                "meeting:\n  date: 2026-03-12\n  start: \"16:00\"\n  place: Lægehuset Vestergade\n",
                ""));
  ExpectAt("missing the required key `meeting`", YamlPath(), 1, 1);
}

TEST_F(ClusterValidatorTest, TaskDatesBeyondTheYear9999AreAnErrorAtTheMeetingDate) {
  site_.Write("packages/smertebehandling/drejebog.yaml",
              "before:\n"
              "  - title: Send invitationen\n"
              "    when: -2w\n"
              "after:\n"
              "  - title: Bestil en ny opgørelse\n"  // 5
              "    when: +6m\n");
  // +6m from 9999-12-31 once gave DTSTART;VALUE=DATE:100000630 and "30. juni 10000".
  Catalog catalog = Check(Replace(kClusterYaml, "2026-03-12", "9999-12-31"));
  ExpectAt("meeting date 9999-12-31 puts the drejebog task \"Bestil en ny opgørelse\" (when: +6m, " +
               site_.content() + "/packages/smertebehandling/drejebog.yaml:5) on 10000-06-30, after "
               "9999-12-31, the last date a calendar can hold",
           YamlPath(), 6, 9);
  EXPECT_EQ(diags_.error_count(), 1) << Describe(diags_);
  EXPECT_TRUE(catalog.clusters.empty());
  // The last meeting whose tasks all fit.
  catalog = Check(Replace(kClusterYaml, "2026-03-12", "9999-06-30"));
  EXPECT_FALSE(diags_.HasErrors()) << Describe(diags_);
  ASSERT_EQ(catalog.clusters.size(), 1u);
}

TEST_F(ClusterValidatorTest, StartMustBeAValidClockTime) {
  for (const char* bad : {"\"25:00\"", "\"16:60\"", "\"4pm\"", "\"1600\""}) {
    Check(Replace(kClusterYaml, "\"16:00\"", bad));
    ExpectAt("`start` must be a time written HH:MM", YamlPath(), 7, 10);
  }
  Catalog catalog = Check(Replace(kClusterYaml, "\"16:00\"", "09:30"));  // plain is fine too
  ASSERT_EQ(catalog.clusters.size(), 1u) << Describe(diags_);
  EXPECT_EQ(catalog.clusters[0].meeting.start_minutes, 9 * 60 + 30);
}

TEST_F(ClusterValidatorTest, DataModeMustBeClosedOrOpen) {
  Check(Replace(kClusterYaml, "data_mode: closed", "data_mode: opne"));
  ExpectAt("`data_mode` must be one of closed, open, found \"opne\" (did you mean `open`?)",
           YamlPath(), 9, 12);
}

TEST_F(ClusterValidatorTest, PracticeIdMustBeSixDigits) {
  Check(Replace(kClusterYaml, "  - id: 023456\n", "  - id: 23456\n"),
        "practice,indicator,period,numerator,denominator\n012345,opioid-3m,2025,57,1480\n");
  ExpectAt(
      "`id` must be a ydernummer of exactly 6 digits such as \"012345\", found \"23456\" (if it "
      "starts "
      "with 0, write all six digits in quotes)",
      YamlPath(), 13, 9);
  Check(Replace(kClusterYaml, "\"012345\"", "\"01234x\""));
  ExpectAt("found \"01234x\"", YamlPath(), 11, 9);
  Check(Replace(kClusterYaml, "\"012345\"", "[1, 2]"));
  ExpectAt("`id` must be a 6-digit ydernummer", YamlPath(), 11, 9);
}

TEST_F(ClusterValidatorTest, BadPracticeIdIsNotBlamedAgainInTheData) {
  Check(Replace(kClusterYaml, "  - id: 023456\n", "  - id: 23456\n"),
        "practice,indicator,period,numerator,denominator\n23456,opioid-3m,2025,57,1480\n");
  EXPECT_EQ(diags_.error_count(), 1) << Describe(diags_);
}

TEST_F(ClusterValidatorTest, DuplicatePracticeIdIsAnErrorNamingTheFirst) {
  Check(Replace(kClusterYaml, "  - id: 023456\n", "  - id: \"012345\"\n"));
  ExpectAt("practice id 012345 is listed twice; line 11 has it already", YamlPath(), 13, 9);
}

TEST_F(ClusterValidatorTest, PracticeNameIsRequired) {
  Check(Replace(kClusterYaml, "    name: Lægehuset Øst\n", ""));
  ExpectAt("a practice is missing the required key `name`", YamlPath(), 13, 5);
}

TEST_F(ClusterValidatorTest, PracticesAreRequired) {
  Check(Replace(kClusterYaml,
                "practices:\n  - id: \"012345\"\n    name: Lægerne Vestergade\n  - id: 023456\n    "
                "name: Lægehuset Øst\n",
                "practices: []\n"),
        "practice,indicator,period,numerator,denominator\n");
  ExpectAt("`practices` must be a list of {id, name}, one per clinic, found an empty list",
           YamlPath(), 10, 12);
}

TEST_F(ClusterValidatorTest, ListedDataFileMustExist) {
  Check(Replace(kClusterYaml, "data: [opioid.csv]", "data: [opioid.csv, opoid.csv, tal.xlsx]"));
  ExpectAt("data file `opoid.csv` does not exist in " + site_.content() +
               "/clusters/vest (did you mean `opioid.csv`?)",
           YamlPath(), 15, 20);
  ExpectAt("data file `tal.xlsx` must be a .csv file", YamlPath(), 15, 31);
}

TEST_F(ClusterValidatorTest, DataFileListedTwiceIsAnError) {
  Check(Replace(kClusterYaml, "data: [opioid.csv]", "data: [opioid.csv, opioid.csv]"));
  ExpectAt("data file `opioid.csv` is listed twice", YamlPath(), 15, 20);
}

TEST_F(ClusterValidatorTest, CsvFileNotListedIsAWarning) {
  site_.Write("clusters/vest/gammel.csv", "x\n");
  Catalog catalog = Check(kClusterYaml);
  const Diagnostic* d = FindDiagnostic(diags_, "not listed in `data`");
  ASSERT_NE(d, nullptr) << Describe(diags_);
  EXPECT_EQ(d->where.path, site_.content() + "/clusters/vest/gammel.csv");
  EXPECT_EQ(d->severity, Severity::kWarning);
  EXPECT_FALSE(diags_.HasErrors()) << Describe(diags_);  // not listed: its content is not read
  EXPECT_EQ(catalog.clusters.size(), 1u);
}

TEST_F(ClusterValidatorTest, ComparatorIndicatorMustBelongToThePackage) {
  Check(Replace(kClusterYaml, "  - indicator: opioid-3m", "  - indicator: opioid-3"));
  ExpectAt(
      "unknown indicator `opioid-3`: not an indicator of package `smertebehandling` (did you mean "
      "`opioid-3m`?)",
      YamlPath(), 17, 16);
}

TEST_F(ClusterValidatorTest, ComparatorValueMustBeANumber) {
  Check(Replace(kClusterYaml, "value: 41.2", "value: 41,2"));
  ExpectAt("`value` must be a number such as 41.2, found \"41,2\"", YamlPath(), 20, 12);
}

TEST_F(ClusterValidatorTest, ComparatorNeedsEveryKey) {
  Check(Replace(kClusterYaml, "    label: Region Nordjylland\n", ""));
  ExpectAt("a comparator is missing the required key `label`", YamlPath(), 17, 5);
}

TEST_F(ClusterValidatorTest, SecondComparatorForTheSamePeriodIsAnError) {
  Check(std::string(kClusterYaml) +
        "  - {indicator: opioid-3m, period: \"2025\", label: Danmark, value: 40}\n");
  ExpectAt("a second comparator for indicator opioid-3m and period 2025; line 17 has one already",
           YamlPath(), 21, 5);
}

TEST_F(ClusterValidatorTest, ComparatorWithoutMatchingDataIsAWarning) {
  Check(Replace(kClusterYaml, "period: \"2025\"", "period: \"2025 \""));
  ExpectAt("no data row has indicator opioid-3m and period 2025 ", YamlPath(), 17, 5,
           Severity::kWarning);
}

// meeting.rsvp_by and meeting.note (content format 1.1): what only the invitation uses.
TEST_F(ClusterValidatorTest, RsvpByAndNoteAreReadForTheInvitation) {
  Catalog catalog = Check(Replace(kClusterYaml, "  place: Lægehuset Vestergade\n",
                                  "  place: Lægehuset Vestergade\n"
                                  "  rsvp_by: 2026-03-02\n"
                                  "  note: |-\n"
                                  "    Vi spiser sammen kl. 15.30.\n"
                                  "    Se [pakken](../../packages/smertebehandling/).\n"));
  EXPECT_EQ(diags_.list().size(), 0u) << Describe(diags_);
  ASSERT_EQ(catalog.clusters.size(), 1u);
  const Meeting& m = catalog.clusters[0].meeting;
  ASSERT_TRUE(m.rsvp_by);
  EXPECT_EQ(m.rsvp_by->Iso(), "2026-03-02");
  EXPECT_EQ(m.note.text, "Vi spiser sammen kl. 15.30.\nSe [pakken](../../packages/smertebehandling/).");
  EXPECT_EQ(m.note.first_line, 11);
  // Both are optional.
  catalog = Check(kClusterYaml);
  ASSERT_EQ(catalog.clusters.size(), 1u);
  EXPECT_FALSE(catalog.clusters[0].meeting.rsvp_by);
  EXPECT_TRUE(catalog.clusters[0].meeting.note.empty());
}

TEST_F(ClusterValidatorTest, RsvpByMustBeADateNoLaterThanTheMeeting) {
  Catalog catalog = Check(Replace(kClusterYaml, "  place: Lægehuset Vestergade\n",
                                  "  place: Lægehuset Vestergade\n  rsvp_by: 2. marts\n"));
  EXPECT_TRUE(testing::HasError(diags_, YamlPath(), 9, 12,
                                "`rsvp_by` must be a date written YYYY-MM-DD, found \"2. marts\""));
  EXPECT_TRUE(catalog.clusters.empty());
  catalog = Check(Replace(kClusterYaml, "  place: Lægehuset Vestergade\n",
                          "  place: Lægehuset Vestergade\n  rsvp_by: 2026-03-13\n"));
  EXPECT_TRUE(testing::HasWarning(diags_, YamlPath(), 9, 12,
                                  "`rsvp_by` 2026-03-13 is after the meeting (2026-03-12): the invitation "
                                  "asks the participants to register by then"));
  EXPECT_EQ(catalog.clusters.size(), 1u) << "a warning, not an error";
  Check(Replace(kClusterYaml, "  place: Lægehuset Vestergade\n",
                "  place: Lægehuset Vestergade\n  rsvp_by: 2026-03-12\n"));
  EXPECT_EQ(diags_.list().size(), 0u) << "the meeting day itself is fine\n" << Describe(diags_);
}

TEST_F(ClusterValidatorTest, NoteIsMarkdownWhoseLinksAreChecked) {
  Catalog catalog = Check(Replace(kClusterYaml, "  place: Lægehuset Vestergade\n",
                                  "  place: Lægehuset Vestergade\n"
                                  "  note: \"Husk [data](opioid.csv) og [pakken](../../packages/ukendt/)\"\n"));
  EXPECT_TRUE(testing::HasError(diags_, YamlPath(), 9, 15,
                                "link \"opioid.csv\" points into content/clusters/, which is private and "
                                "never published"));
  EXPECT_TRUE(testing::HasError(diags_, YamlPath(), 9, 37,
                                "link \"../../packages/ukendt/\" names a package that does not exist: there "
                                "is no packages/ukendt/package.md"));
  EXPECT_TRUE(catalog.clusters.empty());
  Check(Replace(kClusterYaml, "  place: Lægehuset Vestergade\n", "  place: Lægehuset Vestergade\n  note: [a, b]\n"));
  EXPECT_TRUE(testing::HasError(diags_, YamlPath(), 9, 9, "`note` must be text, found a list"));
}

TEST_F(ClusterValidatorTest, AMistypedInvitationKeyIsAWarningWithTheKnownKey) {
  Check(Replace(kClusterYaml, "  place: Lægehuset Vestergade\n",
                "  place: Lægehuset Vestergade\n  rsvp-by: 2026-03-02\n  notes: Medbring data\n"));
  EXPECT_TRUE(testing::HasWarning(diags_, YamlPath(), 9, 3,
                                  "unknown key `rsvp-by` in `meeting` is ignored (did you mean `rsvp_by`?)"));
  EXPECT_TRUE(testing::HasWarning(diags_, YamlPath(), 10, 3,
                                  "unknown key `notes` in `meeting` is ignored (did you mean `note`?)"));
}

}  // namespace
}  // namespace klynge
