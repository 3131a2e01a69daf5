#pragma once
// One indicator in one period as a horizontal bar chart: a bar per clinic,
// the cluster rate and the comparator as labelled lines across them.

#include <optional>
#include <string>
#include <vector>

#include "render/chart/chart.h"
#include "render/format.h"

namespace klynge::chart {

// A value a chart may draw, or why it draws none.
struct ChartValue {
  std::optional<double> value;
  bool suppressed = false;  // disclosure control: print the suppressed text, draw nothing

  static ChartValue Shown(double v) { return ChartValue{v, false}; }
  static ChartValue Suppressed() { return ChartValue{std::nullopt, true}; }
  static ChartValue Missing() { return ChartValue{}; }
};

struct RateBar {
  std::string label;
  ChartValue value;
  bool own = false;  // the clinic the sheet is for: highlighted
};

struct ReferenceLine {
  std::string label;  // "Klyngen", "Region Nordjylland"
  double value = 0;
  Ink ink = Ink::kCluster;
  float dash = 0;
};

struct RateChartSpec {
  std::vector<RateBar> bars;  // top to bottom, as they are to be drawn
  std::vector<ReferenceLine> references;
  std::string suppressed_text;  // "<5"
  std::string missing_text;     // "ingen data"
  Language lang = Language::kDanish;
  int decimals = 1;
  // The axis reaches at least this far: the parts of one chart, drawn on
  // several slides, keep one scale.
  double axis_at_least = 0;
  // At most this share of the width goes to the labels; longer ones are cut with "…".
  float label_share = 0.35f;
};

// The chart `width` points wide; its height follows from the number of bars.
Chart LayOutRateChart(const RateChartSpec& spec, float width, const TextWidth& measure);

}  // namespace klynge::chart
