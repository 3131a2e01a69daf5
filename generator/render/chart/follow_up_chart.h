#pragma once
// A follow-up as paired bars: for the cluster and each clinic, the first
// period above the newest, so the change reads as the difference in length.

#include <string>
#include <vector>

#include "render/chart/chart.h"
#include "render/chart/rate_chart.h"
#include "render/format.h"

namespace klynge::chart {

struct PairedRow {
  std::string label;
  ChartValue before;     // the first period
  ChartValue after;      // the newest period
  bool own = false;      // the clinic the sheet is for
  bool cluster = false;  // the cluster's own row
};

struct FollowUpChartSpec {
  std::string before_label;     // "2024"
  std::string after_label;      // "2025"
  std::vector<PairedRow> rows;  // top to bottom
  std::string suppressed_text;
  std::string missing_text;
  Language lang = Language::kDanish;
  int decimals = 1;
  // The axis reaches at least this far: the parts of one chart, drawn on
  // several slides, keep one scale.
  double axis_at_least = 0;
  // At most this share of the width goes to the labels; longer ones are cut with "…".
  float label_share = 0.35f;
};

Chart LayOutFollowUpChart(const FollowUpChartSpec& spec, float width, const TextWidth& measure);

}  // namespace klynge::chart
