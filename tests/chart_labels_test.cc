// The chart model's text keeps clear of everything else: no label box
// touches another label, a bar, or a line (grid, zero line, the cluster's
// and the region's reference lines), and no chart text is under 8 pt.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/chart/follow_up_chart.h"
#include "render/chart/rate_chart.h"
#include "render/chart/survey_chart.h"

namespace klynge::chart {
namespace {

// A monospaced stand-in for a font: 0.55 of the size per byte.
float FakeWidth(std::string_view text, float size, bool bold) {
  return (bold ? 0.6f : 0.55f) * size * static_cast<float>(text.size());
}

struct Box {
  float x0, y0, x1, y1;
  std::string what;
};

bool Overlap(const Box& a, const Box& b) {
  constexpr float kTouch = 0.01f;
  return a.x0 < b.x1 - kTouch && b.x0 < a.x1 - kTouch && a.y0 < b.y1 - kTouch && b.y0 < a.y1 - kTouch;
}

// A text's box: from its ascenders to its descenders, as wide as the font measures it.
Box TextBox(const Text& t) {
  float w = FakeWidth(t.text, t.size, t.bold);
  float x = t.anchor == Anchor::kStart ? t.x : t.anchor == Anchor::kMiddle ? t.x - w / 2 : t.x - w;
  return Box{x, t.baseline - 0.76f * t.size, x + w, t.baseline + 0.24f * t.size, "text \"" + t.text + "\""};
}

Box LineBox(const Line& l) {
  float h = l.width / 2;
  return Box{std::min(l.x1, l.x2) - h, std::min(l.y1, l.y2) - h, std::max(l.x1, l.x2) + h, std::max(l.y1, l.y2) + h,
             "line at x " + std::to_string(l.x1)};
}

// Every collision of a text with another text, a filled rectangle or a line.
std::vector<std::string> Collisions(const Chart& c) {
  std::vector<Box> texts, marks;
  for (const Primitive& p : c.items) {
    if (const auto* t = std::get_if<Text>(&p)) texts.push_back(TextBox(*t));
    if (const auto* r = std::get_if<Rect>(&p); r && r->fill != Ink::kPaper)
      marks.push_back(Box{r->x, r->y, r->x + r->width, r->y + r->height, "bar"});
    if (const auto* l = std::get_if<Line>(&p)) marks.push_back(LineBox(*l));
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < texts.size(); ++i) {
    for (size_t j = i + 1; j < texts.size(); ++j)
      if (Overlap(texts[i], texts[j])) out.push_back(texts[i].what + " on " + texts[j].what);
    for (const Box& m : marks)
      if (Overlap(texts[i], m)) out.push_back(texts[i].what + " on " + m.what);
  }
  return out;
}

float SmallestText(const Chart& c) {
  float smallest = 1000;
  for (const Primitive& p : c.items)
    if (const auto* t = std::get_if<Text>(&p)) smallest = std::min(smallest, t->size);
  return smallest;
}

// Bars whose ends fall everywhere around the two reference lines and the grid.
RateChartSpec CrowdedRateChart(double region) {
  RateChartSpec spec;
  for (int i = 0; i < 40; ++i) {
    double v = 30 + i * 0.35;
    spec.bars.push_back(RateBar{"Klinik " + std::to_string(i), ChartValue::Shown(v), i == 7});
  }
  spec.bars.push_back(RateBar{"Ukendt", ChartValue::Suppressed(), false});
  spec.bars.push_back(RateBar{"Ingen", ChartValue::Missing(), false});
  spec.references = {{"Klyngen", 39.7, Ink::kCluster, 0}, {"Region Nordjylland", region, Ink::kComparator, 3}};
  spec.suppressed_text = "<5";
  spec.missing_text = "ingen data";
  return spec;
}

TEST(ChartLabelsTest, ARateChartsValuesClearTheReferenceLinesAndTheGrid) {
  // "39,9" under the region's dashed line at 40,5 was the reported case.
  for (double region : {40.5, 41.0, 44.2}) {
    for (float width : {300.0f, 483.0f}) {
      Chart c = LayOutRateChart(CrowdedRateChart(region), width, FakeWidth);
      std::vector<std::string> hits = Collisions(c);
      EXPECT_TRUE(hits.empty()) << "region " << region << ", width " << width << ": " << hits.size()
                                << " collisions, first " << (hits.empty() ? "" : hits[0]);
      EXPECT_GE(SmallestText(c), 8.0f);
    }
  }
}

TEST(ChartLabelsTest, AFollowUpChartsPairedValuesClearEachOtherAndTheGrid) {
  FollowUpChartSpec spec;
  spec.before_label = "2024";
  spec.after_label = "2025";
  spec.suppressed_text = "<5";
  spec.missing_text = "ingen data";
  spec.rows.push_back(PairedRow{"Klyngen", ChartValue::Shown(39.9), ChartValue::Shown(40.1), false, true});
  for (int i = 0; i < 30; ++i) {
    double v = 5 + i * 1.7;
    spec.rows.push_back(PairedRow{"Klinik " + std::to_string(i), ChartValue::Shown(v),
                                  i % 5 == 0 ? ChartValue::Suppressed() : ChartValue::Shown(v + 0.2), i == 3,
                                  false});
  }
  spec.rows.push_back(PairedRow{"Ny", ChartValue::Missing(), ChartValue::Shown(12), false, false});
  for (float width : {300.0f, 483.0f}) {
    Chart c = LayOutFollowUpChart(spec, width, FakeWidth);
    std::vector<std::string> hits = Collisions(c);
    EXPECT_TRUE(hits.empty()) << "width " << width << ": " << hits.size() << " collisions, first "
                              << (hits.empty() ? "" : hits[0]);
    EXPECT_GE(SmallestText(c), 8.0f);
  }
}

TEST(ChartLabelsTest, ASurveyChartsTextIsAtLeast8Points) {
  SurveyChartSpec spec;
  spec.segments = {{"Helt enig", 6, 0.4}, {"Enig", 5, 0.33}, {"Uenig", 3, 0.2}, {"Ved ikke", 1, 0.07}};
  spec.n = 15;
  Chart c = LayOutSurveyChart(spec, 483, FakeWidth);
  EXPECT_GE(SmallestText(c), 8.0f);
}

// The check itself can fail: a value set on a reference line is found.
TEST(ChartLabelsTest, TheCollisionCheckFindsALabelOnALine) {
  Chart c;
  c.items.push_back(Line{50, 0, 50, 100, Ink::kComparator, 1.3f, 3});
  c.items.push_back(Text{45, 50, Anchor::kStart, 8, false, Ink::kText, "39,9"});
  EXPECT_EQ(Collisions(c).size(), 1u);
}

}  // namespace
}  // namespace klynge::chart
