#pragma once
// One survey question as a horizontal bar split into its answers (100 % in
// all), each with its share, and a legend of the answers with their counts.

#include <string>
#include <vector>

#include "base/date.h"
#include "render/chart/chart.h"
#include "render/format.h"

namespace klynge::chart {

struct SurveySegment {
  std::string answer;
  int64_t count = 0;
  double share = 0;  // 0-1
};

struct SurveyChartSpec {
  std::vector<SurveySegment> segments;  // in the question's answer order
  int64_t n = 0;                        // answers in all
  std::string n_label = "n";            // "n = 14"
  Language lang = Language::kDanish;
};

// Ink of the i-th answer: darkest first, the lightest repeating past six.
Ink ShadeOf(size_t i);

// The chart `width` points wide: the bar, then the legend below it.
Chart LayOutSurveyChart(const SurveyChartSpec& spec, float width, const TextWidth& measure);

}  // namespace klynge::chart
