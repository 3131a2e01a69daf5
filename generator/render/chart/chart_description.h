#pragma once
// A chart in words, for its Figure's alternative text in a tagged PDF: every
// figure as the chart prints it (suppressed ones as the suppressed text,
// "<5", never the number), in the chart's language.

#include <string>

#include "render/chart/follow_up_chart.h"
#include "render/chart/rate_chart.h"

namespace klynge::chart {

std::string DescribeRateChart(const RateChartSpec& spec);
std::string DescribeFollowUpChart(const FollowUpChartSpec& spec);

}  // namespace klynge::chart
