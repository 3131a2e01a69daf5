#include "stats/cluster_figures.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace klynge {
namespace {

Indicator MakeIndicator(const std::string& id, int per, bool lower_is_better) {
  Indicator i;
  i.id = id;
  i.title = id;
  i.per = per;
  i.lower_is_better = lower_is_better;
  return i;
}

Package MakePackage() {
  Package p;
  p.slug = "smertebehandling";
  p.indicators = {MakeIndicator("opioid-3m", 1000, true), MakeIndicator("morfin-andel", 100, false),
                  MakeIndicator("uden-data", 1000, true)};
  return p;
}

// Seven clinics; hand-made counts chosen so every rate is easy to check.
ClusterEdition MakeCluster() {
  ClusterEdition c;
  c.slug = "vest";
  c.package = "smertebehandling";
  for (int i = 1; i <= 7; ++i)
    c.practices.push_back({"10000" + std::to_string(i), "Klinik " + std::to_string(i)});
  c.observations = {
      // 2025 first: the file order must not decide the period order.
      {"100001", "opioid-3m", "2025", 80, 2000},   // 40
      {"100002", "opioid-3m", "2025", 10, 1000},   // 10
      {"100003", "opioid-3m", "2025", 1, 500},     // suppressed
      {"100004", "opioid-3m", "2025", 4, 1000},    // suppressed
      {"100005", "opioid-3m", "2025", 45, 1500},   // 30
      {"100006", "opioid-3m", "2025", 55, 1000},   // 55
      {"100007", "opioid-3m", "2025", 20, 400},    // 50
      {"100001", "opioid-3m", "2024", 100, 2000},  // 50
      {"100002", "opioid-3m", "2024", 3, 1000},    // suppressed
      {"100003", "opioid-3m", "2024", 0, 500},     // 0: shown
      {"100004", "opioid-3m", "2024", 5, 1000},    // 5: shown
      {"100005", "opioid-3m", "2024", 60, 1500},   // 40
      {"100006", "opioid-3m", "2024", 50, 1000},   // 50, ties with 100001
      // 100007 has no 2024 row.
      {"100001", "morfin-andel", "2025", 20, 100},  // 20 %
      {"100002", "morfin-andel", "2025", 30, 100},  // 30 %
      {"100003", "morfin-andel", "2025", 60, 200},  // 30 %: the same rate from other counts
      {"100004", "morfin-andel", "2025", 0, 50},    // 0 %
  };
  c.comparators = {{"opioid-3m", "2025", "Region Nordjylland", 41.2}};
  return c;
}

const ClinicFigure& FigureOf(const PeriodFigures& p, const std::string& practice) {
  const ClinicFigure* f = p.Find(practice);
  EXPECT_NE(f, nullptr) << practice;
  static const ClinicFigure none;
  return f ? *f : none;
}

TEST(ClusterFiguresTest, DisclosureRuleSuppressesOneToFour) {
  EXPECT_FALSE(IsSuppressed(0));
  for (int n = 1; n <= 4; ++n) EXPECT_TRUE(IsSuppressed(n)) << n;
  EXPECT_FALSE(IsSuppressed(5));
  EXPECT_STREQ(kSuppressedText, "<5");
}

TEST(ClusterFiguresTest, OnlyIndicatorsWithDataInPackageOrderAndPeriodsSortedAsText) {
  ClusterFigures f = ComputeClusterFigures(MakeCluster(), MakePackage());
  ASSERT_EQ(f.indicators.size(), 2u);
  EXPECT_EQ(f.indicators[0].indicator.id, "opioid-3m");
  EXPECT_EQ(f.indicators[1].indicator.id, "morfin-andel");
  EXPECT_EQ(f.Find("uden-data"), nullptr);
  ASSERT_EQ(f.indicators[0].periods.size(), 2u);
  EXPECT_EQ(f.indicators[0].periods[0].period, "2024");
  EXPECT_EQ(f.indicators[0].newest().period, "2025");
  ASSERT_EQ(f.clinics.size(), 7u);
}

TEST(ClusterFiguresTest, ClinicRatesAreNumeratorOverDenominatorTimesPer) {
  ClusterFigures f = ComputeClusterFigures(MakeCluster(), MakePackage());
  const PeriodFigures& p2024 = f.Find("opioid-3m")->periods[0];
  ASSERT_EQ(p2024.clinics.size(), 6u);
  EXPECT_DOUBLE_EQ(FigureOf(p2024, "100001").shown->rate, 50.0);
  EXPECT_EQ(FigureOf(p2024, "100001").shown->numerator, 100);
  EXPECT_EQ(FigureOf(p2024, "100001").denominator, 2000);
  EXPECT_DOUBLE_EQ(FigureOf(p2024, "100005").shown->rate, 40.0);
  EXPECT_DOUBLE_EQ(FigureOf(p2024, "100004").shown->rate, 5.0);
  const PeriodFigures& morfin = f.Find("morfin-andel")->periods[0];
  EXPECT_DOUBLE_EQ(FigureOf(morfin, "100003").shown->rate, 30.0);  // per 100: a percentage
  EXPECT_DOUBLE_EQ(RateOf(57, 1480, 1000), 57000.0 / 1480.0);
}

TEST(ClusterFiguresTest, RatesOfHugeCountsDoNotWrap) {
  // numerator × per once wrapped in int64: 10^16 / 10^16 per 1.000 came out as -844,7.
  EXPECT_DOUBLE_EQ(RateOf(10'000'000'000'000'000, 10'000'000'000'000'000, 1000), 1000.0);
  EXPECT_DOUBLE_EQ(RateOf(INT64_MAX, INT64_MAX, 1'000'000), 1e6);
  // At the validator's bound (10^9) and the largest per (10^6) the rate is exact.
  EXPECT_EQ(RateOf(1'000'000'000, 1, 1'000'000), 1e15);
  EXPECT_EQ(RateOf(999'999'999, 1'000'000'000, 1'000'000), 999'999.999);
}

TEST(ClusterFiguresTest, ClusterOfClinicsAtTheCountLimitHasTheRightRate) {
  ClusterEdition c = MakeCluster();
  c.observations.clear();
  for (const Practice& p : c.practices)
    c.observations.push_back({p.id, "opioid-3m", "2025", 1'000'000'000, 1'000'000'000});
  Package package = MakePackage();
  package.indicators[0].per = 1'000'000;
  ClusterFigures f = ComputeClusterFigures(c, package);
  const PeriodFigures& p = f.Find("opioid-3m")->newest();
  ASSERT_TRUE(p.cluster_rate);
  EXPECT_EQ(*p.cluster_rate, 1e6);
  EXPECT_EQ(p.cluster_denominator, 7'000'000'000);
  for (const ClinicFigure& clinic : p.clinics) EXPECT_EQ(clinic.shown->rate, 1e6) << clinic.label;
}

TEST(ClusterFiguresTest, ClusterRateIsSumOverSumNotAMeanOfRates) {
  ClusterFigures f = ComputeClusterFigures(MakeCluster(), MakePackage());
  const PeriodFigures& p2024 = f.Find("opioid-3m")->periods[0];
  const PeriodFigures& p2025 = f.Find("opioid-3m")->periods[1];
  // 2024: (100 + 3 + 0 + 5 + 60 + 50) / (2000 + 1000 + 500 + 1000 + 1500 + 1000) × 1000,
  // the suppressed 3 included.
  ASSERT_TRUE(p2024.cluster_rate);
  EXPECT_DOUBLE_EQ(*p2024.cluster_rate, 218.0 * 1000 / 7000);
  EXPECT_EQ(p2024.cluster_denominator, 7000);
  double mean = (50.0 + 3.0 + 0.0 + 5.0 + 40.0 + 50.0) / 6;
  EXPECT_GT(std::abs(*p2024.cluster_rate - mean), 1.0);
  ASSERT_TRUE(p2025.cluster_rate);
  EXPECT_DOUBLE_EQ(*p2025.cluster_rate, 215.0 * 1000 / 7400);
  const PeriodFigures& morfin = f.Find("morfin-andel")->periods[0];
  EXPECT_DOUBLE_EQ(*morfin.cluster_rate, 110.0 * 100 / 450);
}

TEST(ClusterFiguresTest, SuppressedClinicCarriesNoNumberButCountsInTheCluster) {
  ClusterFigures f = ComputeClusterFigures(MakeCluster(), MakePackage());
  const PeriodFigures& p2024 = f.Find("opioid-3m")->periods[0];
  const PeriodFigures& p2025 = f.Find("opioid-3m")->periods[1];
  const ClinicFigure& three = FigureOf(p2024, "100002");
  EXPECT_TRUE(three.suppressed());
  EXPECT_FALSE(three.shown);
  EXPECT_FALSE(three.rank);
  EXPECT_EQ(three.label, f.FindClinic("100002")->letter);
  EXPECT_TRUE(FigureOf(p2025, "100003").suppressed());   // 1
  EXPECT_TRUE(FigureOf(p2025, "100004").suppressed());   // 4
  EXPECT_FALSE(FigureOf(p2024, "100003").suppressed());  // 0 is shown
  EXPECT_DOUBLE_EQ(FigureOf(p2024, "100003").shown->rate, 0.0);
  EXPECT_FALSE(FigureOf(p2024, "100004").suppressed());  // 5 is shown
}

TEST(ClusterFiguresTest, ClusterRateFromOneToFourPatientsIsSuppressedToo) {
  ClusterEdition c = MakeCluster();
  c.observations = {{"100001", "opioid-3m", "2025", 4, 1000},
                    {"100002", "opioid-3m", "2025", 0, 1000}};
  ClusterFigures f = ComputeClusterFigures(c, MakePackage());
  EXPECT_FALSE(f.Find("opioid-3m")->periods[0].cluster_rate);
  c.observations[1].numerator = 1;  // 5 patients in the cluster: shown
  f = ComputeClusterFigures(c, MakePackage());
  ASSERT_TRUE(f.Find("opioid-3m")->periods[0].cluster_rate);
  EXPECT_DOUBLE_EQ(*f.Find("opioid-3m")->periods[0].cluster_rate, 2.5);
}

TEST(ClusterFiguresTest, RankIsOneForTheBestAndTiesShareARank) {
  ClusterFigures f = ComputeClusterFigures(MakeCluster(), MakePackage());
  const PeriodFigures& p2024 = f.Find("opioid-3m")->periods[0];  // lower is better
  EXPECT_EQ(FigureOf(p2024, "100003").rank, 1);                  // 0
  EXPECT_EQ(FigureOf(p2024, "100004").rank, 2);                  // 5
  EXPECT_EQ(FigureOf(p2024, "100005").rank, 3);                  // 40
  EXPECT_EQ(FigureOf(p2024, "100001").rank, 4);                  // 50
  EXPECT_EQ(FigureOf(p2024, "100006").rank, 4);                  // 50
  EXPECT_EQ(p2024.ranked, 5);
  const PeriodFigures& p2025 = f.Find("opioid-3m")->periods[1];
  EXPECT_EQ(FigureOf(p2025, "100002").rank, 1);                      // 10
  EXPECT_EQ(FigureOf(p2025, "100005").rank, 2);                      // 30
  EXPECT_EQ(FigureOf(p2025, "100001").rank, 3);                      // 40
  EXPECT_EQ(FigureOf(p2025, "100007").rank, 4);                      // 50
  EXPECT_EQ(FigureOf(p2025, "100006").rank, 5);                      // 55
  const PeriodFigures& morfin = f.Find("morfin-andel")->periods[0];  // higher is better
  EXPECT_EQ(FigureOf(morfin, "100002").rank, 1);
  EXPECT_EQ(FigureOf(morfin, "100003").rank, 1);
  EXPECT_EQ(FigureOf(morfin, "100001").rank, 3);
  EXPECT_EQ(FigureOf(morfin, "100004").rank, 4);
}

TEST(ClusterFiguresTest, ClinicsWithoutARowAreListedByLabel) {
  ClusterFigures f = ComputeClusterFigures(MakeCluster(), MakePackage());
  const PeriodFigures& p2024 = f.Find("opioid-3m")->periods[0];
  EXPECT_EQ(p2024.Find("100007"), nullptr);
  EXPECT_EQ(p2024.without_data, std::vector<std::string>{f.FindClinic("100007")->label});
}

TEST(ClusterFiguresTest, FiguresFollowTheLetterOrder) {
  ClusterFigures f = ComputeClusterFigures(MakeCluster(), MakePackage());
  const PeriodFigures& p2025 = f.Find("opioid-3m")->periods[1];
  std::string labels;
  for (const ClinicFigure& c : p2025.clinics) labels += c.label;
  EXPECT_EQ(labels, "ABCDEFG");
}

TEST(ClusterFiguresTest, ComparatorBelongsToItsIndicatorAndPeriod) {
  ClusterFigures f = ComputeClusterFigures(MakeCluster(), MakePackage());
  const IndicatorFigures& opioid = *f.Find("opioid-3m");
  EXPECT_FALSE(opioid.periods[0].comparator);
  ASSERT_TRUE(opioid.periods[1].comparator);
  EXPECT_EQ(opioid.periods[1].comparator->label, "Region Nordjylland");
  EXPECT_DOUBLE_EQ(opioid.periods[1].comparator->value, 41.2);
  EXPECT_FALSE(f.Find("morfin-andel")->periods[0].comparator);
}

TEST(ClusterFiguresTest, FollowUpComparesTheFirstPeriodWithTheNewest) {
  ClusterFigures f = ComputeClusterFigures(MakeCluster(), MakePackage());
  const IndicatorFigures& opioid = *f.Find("opioid-3m");
  ASSERT_TRUE(opioid.follow_up);
  const FollowUp& up = *opioid.follow_up;
  EXPECT_EQ(up.first_period, "2024");
  EXPECT_EQ(up.newest_period, "2025");
  ASSERT_TRUE(up.cluster_change);
  EXPECT_DOUBLE_EQ(*up.cluster_change, 215.0 * 1000 / 7400 - 218.0 * 1000 / 7000);
  std::map<std::string, std::optional<double>> change;
  for (const ClinicChange& c : up.clinics) change[c.practice] = c.change;
  EXPECT_EQ(change.size(), 7u);
  EXPECT_DOUBLE_EQ(*change["100001"], -10.0);
  EXPECT_DOUBLE_EQ(*change["100005"], -10.0);
  EXPECT_DOUBLE_EQ(*change["100006"], 5.0);
  EXPECT_FALSE(change["100002"]);  // suppressed in 2024
  EXPECT_FALSE(change["100003"]);  // suppressed in 2025
  EXPECT_FALSE(change["100007"]);  // no 2024 row
  EXPECT_EQ(TrendOf(-10.0, opioid.indicator), Trend::kBetter);
  EXPECT_EQ(TrendOf(5.0, opioid.indicator), Trend::kWorse);
  EXPECT_EQ(TrendOf(5.0, f.Find("morfin-andel")->indicator), Trend::kBetter);
  EXPECT_EQ(TrendOf(0.0, opioid.indicator), Trend::kSame);
  EXPECT_FALSE(f.Find("morfin-andel")->follow_up);  // one period only
}

TEST(ClusterFiguresTest, QuarterLabelsSortAsTextAndTheNewestIsLast) {
  ClusterEdition c = MakeCluster();
  c.observations = {{"100001", "opioid-3m", "2025-Q4", 10, 1000},
                    {"100001", "opioid-3m", "2025-Q1", 20, 1000},
                    {"100001", "opioid-3m", "2024-Q4", 30, 1000}};
  ClusterFigures f = ComputeClusterFigures(c, MakePackage());
  const IndicatorFigures& opioid = *f.Find("opioid-3m");
  ASSERT_EQ(opioid.periods.size(), 3u);
  EXPECT_EQ(opioid.periods[0].period, "2024-Q4");
  EXPECT_EQ(opioid.periods[1].period, "2025-Q1");
  EXPECT_EQ(opioid.periods[2].period, "2025-Q4");
  EXPECT_EQ(opioid.follow_up->first_period, "2024-Q4");
  EXPECT_EQ(opioid.follow_up->newest_period, "2025-Q4");
  EXPECT_DOUBLE_EQ(*opioid.follow_up->clinics.at(0).change, -20.0);
}

TEST(ClusterFiguresTest, OpenClusterLabelsAreNames) {
  ClusterEdition c = MakeCluster();
  c.open_data = true;
  ClusterFigures f = ComputeClusterFigures(c, MakePackage());
  const PeriodFigures& p2025 = f.Find("opioid-3m")->periods[1];
  ASSERT_EQ(p2025.clinics.size(), 7u);
  EXPECT_EQ(p2025.clinics[0].label, "Klinik 1");  // cluster.yaml order
  EXPECT_EQ(p2025.clinics[6].label, "Klinik 7");
}

}  // namespace
}  // namespace klynge
