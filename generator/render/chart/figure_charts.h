#pragma once
// Chart descriptions from a cluster's figures. Disclosure control carries
// over: a suppressed clinic's chart value is "suppressed", never a number.

#include <string>

#include "render/chart/follow_up_chart.h"
#include "render/chart/rate_chart.h"
#include "stats/cluster_figures.h"

namespace klynge::chart {

struct ChartWords {
  std::string cluster;     // "Klyngen"
  std::string suppressed;  // "<5"
  std::string missing;     // "ingen data"
  std::string own_suffix;  // "(jer)": after the highlighted clinic's letter
  Language lang = Language::kDanish;
};

// For the whole cluster when `own_practice` is empty: clinics as the figures
// label them (letters or, in an open cluster, names). For one clinic's sheet
// otherwise: every clinic as its letter, that clinic's bar highlighted.
// `period` is one of `indicator`'s: a count's values are whole numbers and its
// cluster sum is no line (it is off the clinics' scale; documents print it).
RateChartSpec RateChartOf(const IndicatorFigures& indicator, const PeriodFigures& period,
                          const ClusterFigures& figures, const ChartWords& words,
                          const std::string& own_practice = "");

// The first period against the newest, the cluster's row first. Requires
// indicator.follow_up.
FollowUpChartSpec FollowUpChartOf(const IndicatorFigures& indicator, const ClusterFigures& figures,
                                  const ChartWords& words, const std::string& own_practice = "");

}  // namespace klynge::chart
