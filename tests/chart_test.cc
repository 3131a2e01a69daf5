// The chart model: axes with round ticks in Danish number format, bars in
// rank order, and disclosure control: a suppressed clinic gets "<5" and no bar.

#include <gtest/gtest.h>

#include <algorithm>

#include "render/chart/axis.h"
#include "render/chart/chart_description.h"
#include "render/chart/figure_charts.h"
#include "render/chart/follow_up_chart.h"
#include "render/chart/rate_chart.h"

namespace klynge::chart {
namespace {

// A monospaced stand-in for a font: half the size per byte.
float FakeWidth(std::string_view text, float size, bool) { return 0.5f * size * text.size(); }

std::vector<std::string> Texts(const Chart& c) {
  std::vector<std::string> out;
  for (const Primitive& p : c.items)
    if (const auto* t = std::get_if<Text>(&p)) out.push_back(t->text);
  return out;
}

// The filled rectangles that show values (not the paper behind a label).
std::vector<Rect> Bars(const Chart& c) {
  std::vector<Rect> out;
  for (const Primitive& p : c.items)
    if (const auto* r = std::get_if<Rect>(&p); r && r->fill != Ink::kPaper) out.push_back(*r);
  return out;
}

bool HasText(const Chart& c, const std::string& text) {
  std::vector<std::string> t = Texts(c);
  return std::find(t.begin(), t.end(), text) != t.end();
}

TEST(ChartAxisTest, TicksAreRoundAndHoldTheLargestValue) {
  Axis a = NiceAxis(41.2);
  EXPECT_DOUBLE_EQ(a.step, 10);
  EXPECT_DOUBLE_EQ(a.max, 50);
  EXPECT_EQ(a.decimals, 0);
  Axis small = NiceAxis(0.83);
  EXPECT_DOUBLE_EQ(small.step, 0.2);
  EXPECT_DOUBLE_EQ(small.max, 1.0);
  EXPECT_EQ(small.decimals, 1);
  Axis exact = NiceAxis(50);  // a bar at the very end still gets room for its value
  EXPECT_GT(exact.max, 50);
  Axis none = NiceAxis(0);
  EXPECT_GT(none.max, 0);
  EXPECT_EQ(NiceAxis(12).step, 2.5);
  EXPECT_EQ(NiceAxis(12).decimals, 1);
}

TEST(RateChartTest, DrawsABarPerShownClinicAndLabelsTheLinesInDanish) {
  RateChartSpec spec;
  spec.bars = {{"A", ChartValue::Shown(38.51), false},
               {"B", ChartValue::Shown(41.25), false},
               {"C", ChartValue::Suppressed(), false},
               {"D", ChartValue::Missing(), false}};
  spec.references = {{"Klyngen", 39.7, Ink::kCluster, 0},
                     {"Region Nordjylland", 42.1, Ink::kComparator, 3}};
  spec.suppressed_text = "<5";
  spec.missing_text = "ingen data";
  Chart c = LayOutRateChart(spec, 480, FakeWidth);
  EXPECT_EQ(Bars(c).size(), 2u);  // no bar for the suppressed clinic, nor the one without data
  for (const char* text : {"38,5", "41,3", "<5", "ingen data", "Klyngen: 39,7",
                           "Region Nordjylland: 42,1", "0", "10", "50"})
    EXPECT_TRUE(HasText(c, text)) << text;
  int dashed = 0, lines = 0;
  for (const Primitive& p : c.items)
    if (const auto* l = std::get_if<Line>(&p)) {
      if (l->ink == Ink::kComparator) dashed += l->dash > 0;
      lines += l->ink == Ink::kCluster || l->ink == Ink::kComparator;
    }
  EXPECT_EQ(dashed, 2);  // the comparator's line and its legend sample
  EXPECT_EQ(lines, 4);
  // Everything inside the chart's box.
  for (const Rect& r : Bars(c)) {
    EXPECT_GE(r.x, 0);
    EXPECT_LE(r.x + r.width, 480);
    EXPECT_LE(r.y + r.height, c.height);
  }
  // B's bar is longer than A's, in proportion.
  std::vector<Rect> bars = Bars(c);
  EXPECT_NEAR(bars[1].width / bars[0].width, 41.25 / 38.51, 1e-3);
}

TEST(RateChartTest, HighlightsOnlyTheOwnClinic) {
  RateChartSpec spec;
  spec.bars = {{"A", ChartValue::Shown(10), false}, {"B (jer)", ChartValue::Shown(20), true}};
  Chart c = LayOutRateChart(spec, 300, FakeWidth);
  std::vector<Rect> bars = Bars(c);
  ASSERT_EQ(bars.size(), 2u);
  EXPECT_EQ(bars[0].fill, Ink::kBarOther);
  EXPECT_EQ(bars[1].fill, Ink::kBarOwn);
}

TEST(RateChartTest, ShortensLabelsThatDoNotFit) {
  EXPECT_EQ(FitText("Lægehuset", 1000, 8, false, FakeWidth), "Lægehuset");
  std::string cut = FitText("Lægeklinikken ved det gamle vandtårn", 40, 8, false, FakeWidth);
  EXPECT_LE(FakeWidth(cut, 8, false), 40);
  EXPECT_NE(cut.find("…"), std::string::npos) << cut;
}

ClusterFigures TwoPeriods() {
  ClusterEdition cluster;
  cluster.slug = "vest";
  cluster.practices = {{"100001", "Nord"}, {"100002", "Syd"}, {"100003", "Øst"}};
  cluster.observations = {{"100001", "x", "2024", 50, 1000},
                          {"100002", "x", "2024", 3, 1000},
                          {"100003", "x", "2024", 20, 1000},
                          {"100001", "x", "2025", 40, 1000},
                          {"100002", "x", "2025", 30, 1000}};
  Package package;
  package.indicators = {{"x", "X", "pr. 1.000", 1000, true, {}}};
  return ComputeClusterFigures(cluster, package);
}

TEST(FigureChartsTest, BarsRunBestFirstAndASuppressedRateIsNeverAValue) {
  ClusterFigures f = TwoPeriods();
  ChartWords words{"Klyngen", "<5", "ingen data", "(jer)", Language::kDanish};
  const PeriodFigures& first = f.indicators[0].periods[0];
  RateChartSpec spec = RateChartOf(f.indicators[0], first, f, words);
  ASSERT_EQ(spec.bars.size(), 3u);
  EXPECT_EQ(*spec.bars[0].value.value, 20);  // lower is better: 20 before 50
  EXPECT_EQ(*spec.bars[1].value.value, 50);
  EXPECT_TRUE(spec.bars[2].value.suppressed);
  EXPECT_FALSE(spec.bars[2].value.value);
  // The cluster rate includes the suppressed count: 73 / 3000.
  ASSERT_FALSE(spec.references.empty());
  EXPECT_NEAR(spec.references[0].value, 73.0 / 3, 1e-9);
  Chart c = LayOutRateChart(spec, 400, FakeWidth);
  EXPECT_FALSE(HasText(c, "3,0"));
  EXPECT_FALSE(HasText(c, "3"));
  EXPECT_EQ(Bars(c).size(), 2u);
}

TEST(FigureChartsTest, ACountIsWholeNumbersAndItsSumIsNoLine) {
  ClusterEdition cluster;
  cluster.slug = "vest";
  cluster.practices = {{"100001", "Nord"}, {"100002", "Syd"}};
  cluster.observations = {{"100001", "x", "2024", 50, 0}, {"100002", "x", "2024", 20, 0},
                          {"100001", "x", "2025", 40, 0}, {"100002", "x", "2025", 30, 0}};
  Package package;
  package.indicators = {{"x", "X", "patienter", 1000, true, {}, IndicatorKind::kCount}};
  ClusterFigures f = ComputeClusterFigures(cluster, package);
  ChartWords words{"Klyngen", "<5", "ingen data", "(jer)", Language::kDanish};
  RateChartSpec rate = RateChartOf(f.indicators[0], f.indicators[0].newest(), f, words);
  EXPECT_EQ(rate.decimals, 0);
  for (const ReferenceLine& r : rate.references)
    EXPECT_NE(r.ink, Ink::kCluster) << "the sum of 70 drawn on a scale of clinics' 30 and 40";
  EXPECT_EQ(FollowUpChartOf(f.indicators[0], f, words).decimals, 0);
  // A rate keeps its decimal and its cluster line.
  ClusterFigures rates = TwoPeriods();
  RateChartSpec line = RateChartOf(rates.indicators[0], rates.indicators[0].periods[0], rates, words);
  EXPECT_EQ(line.decimals, 1);
  EXPECT_TRUE(std::any_of(line.references.begin(), line.references.end(),
                          [](const ReferenceLine& r) { return r.ink == Ink::kCluster; }));
}

TEST(FigureChartsTest, AClinicSheetLabelsEveryClinicByLetter) {
  ClusterFigures f = TwoPeriods();
  ChartWords words{"Klyngen", "<5", "ingen data", "(jer)", Language::kDanish};
  const Clinic* own = f.FindClinic("100001");
  ASSERT_NE(own, nullptr);
  FollowUpChartSpec spec = FollowUpChartOf(f.indicators[0], f, words, "100001");
  ASSERT_EQ(spec.rows.size(), 4u);  // the cluster, then three clinics
  EXPECT_TRUE(spec.rows[0].cluster);
  for (const PairedRow& r : spec.rows) {
    EXPECT_EQ(r.label.find("Nord"), std::string::npos);
    EXPECT_EQ(r.label.find("Syd"), std::string::npos);
    if (r.own) EXPECT_EQ(r.label, own->letter + " (jer)");
  }
  Chart c = LayOutFollowUpChart(spec, 400, FakeWidth);
  EXPECT_TRUE(HasText(c, "2024"));
  EXPECT_TRUE(HasText(c, "2025"));
  EXPECT_TRUE(HasText(c, "<5"));          // Syd in 2024
  EXPECT_TRUE(HasText(c, "ingen data"));  // Øst in 2025
}

TEST(ChartDescriptionTest, StatesTheFiguresAsPrintedAndASuppressedOneAsItsText) {
  ClusterFigures f = TwoPeriods();
  ChartWords words{"Klyngen", "<5", "ingen data", "(jer)", Language::kDanish};
  RateChartSpec spec = RateChartOf(f.indicators[0], f.indicators[0].periods[0], f, words);
  // Even a suppressed bar that still carried its number is described by the text.
  spec.bars[2].value.value = 3;
  Chart c = LayOutRateChart(spec, 400, FakeWidth);
  EXPECT_EQ(c.description, DescribeRateChart(spec));
  EXPECT_EQ(c.description.rfind("Søjlediagram, en søjle pr. klinik: ", 0), 0u) << c.description;
  EXPECT_NE(c.description.find(spec.bars[0].label + " 20,0; " + spec.bars[1].label + " 50,0; " +
                               spec.bars[2].label + " <5."),
            std::string::npos)
      << c.description;
  EXPECT_EQ(c.description.find("3,0"), std::string::npos) << c.description;
  EXPECT_NE(c.description.find("Klyngen 24,3"), std::string::npos) << c.description;

  FollowUpChartSpec follow = FollowUpChartOf(f.indicators[0], f, words);
  std::string text = LayOutFollowUpChart(follow, 400, FakeWidth).description;
  EXPECT_NE(text.find("2024 <5"), std::string::npos) << text;
  EXPECT_NE(text.find("2025 ingen data"), std::string::npos) << text;
}

}  // namespace
}  // namespace klynge::chart
