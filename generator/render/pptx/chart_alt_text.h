#pragma once
// What a chart on a slide shows, in words, for its alt text (descr): every
// label with its value, as the chart prints them ("<5" for a suppressed one).

#include <string>

#include "render/chart/follow_up_chart.h"
#include "render/chart/rate_chart.h"
#include "render/chart/survey_chart.h"

namespace klynge::deck {

// "B: 15; D: 19; E: <5. Region Syddanmark: 42,1."
std::string AltTextOf(const chart::RateChartSpec& spec);
// "Klyngen: 2024 47,0, 2025 42,7; A: 2024 28,8, 2025 30,8."
std::string AltTextOf(const chart::FollowUpChartSpec& spec);
// "Ja: 5 (45 %); Delvist: 4 (36 %). n = 11."
std::string AltTextOf(const chart::SurveyChartSpec& spec);

}  // namespace klynge::deck
