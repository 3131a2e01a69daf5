#include "render/chart/figure_charts.h"

#include <algorithm>

namespace klynge::chart {

namespace {

std::string LabelOf(const Clinic& clinic, const ChartWords& words,
                    const std::string& own_practice) {
  if (own_practice.empty()) return clinic.label;
  if (clinic.practice == own_practice) return clinic.letter + " " + words.own_suffix;
  return clinic.letter;
}

ChartValue ValueOf(const ClinicFigure* figure) {
  if (!figure) return ChartValue::Missing();
  if (!figure->shown) return ChartValue::Suppressed();
  return ChartValue::Shown(figure->shown->rate);
}

}  // namespace

RateChartSpec RateChartOf(const IndicatorFigures& indicator, const PeriodFigures& period,
                          const ClusterFigures& figures, const ChartWords& words,
                          const std::string& own_practice) {
  const bool count = indicator.indicator.kind == IndicatorKind::kCount;
  RateChartSpec spec;
  if (count) spec.decimals = 0;
  spec.suppressed_text = words.suppressed;
  spec.missing_text = words.missing;
  spec.lang = words.lang;
  struct Entry {
    RateBar bar;
    int order;  // ranked first by rank, then suppressed, then without data
    int rank;
  };
  std::vector<Entry> entries;
  for (const Clinic& clinic : figures.clinics) {
    const ClinicFigure* f = period.Find(clinic.practice);
    RateBar bar{LabelOf(clinic, words, own_practice), ValueOf(f), clinic.practice == own_practice};
    int order = !f ? 2 : f->rank ? 0 : 1;
    entries.push_back(Entry{std::move(bar), order, f && f->rank ? *f->rank : 0});
  }
  // Best first; clinics keep their label order within a rank.
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.order != b.order) return a.order < b.order;
    return a.rank < b.rank;
  });
  for (Entry& e : entries) spec.bars.push_back(std::move(e.bar));
  if (period.cluster_rate && !count)
    spec.references.push_back(ReferenceLine{words.cluster, *period.cluster_rate, Ink::kCluster, 0});
  if (period.comparator)
    spec.references.push_back(
        ReferenceLine{period.comparator->label, period.comparator->value, Ink::kComparator, 3});
  return spec;
}

FollowUpChartSpec FollowUpChartOf(const IndicatorFigures& indicator, const ClusterFigures& figures,
                                  const ChartWords& words, const std::string& own_practice) {
  FollowUpChartSpec spec;
  if (indicator.indicator.kind == IndicatorKind::kCount) spec.decimals = 0;
  const PeriodFigures& first = indicator.periods.front();
  const PeriodFigures& newest = indicator.newest();
  spec.before_label = first.period;
  spec.after_label = newest.period;
  spec.suppressed_text = words.suppressed;
  spec.missing_text = words.missing;
  spec.lang = words.lang;
  auto cluster_value = [](const PeriodFigures& p) {
    if (p.cluster_rate) return ChartValue::Shown(*p.cluster_rate);
    return p.has_data() ? ChartValue::Suppressed() : ChartValue::Missing();
  };
  PairedRow cluster{words.cluster, cluster_value(first), cluster_value(newest), false, true};
  spec.rows.push_back(std::move(cluster));
  for (const Clinic& clinic : figures.clinics) {
    const ClinicFigure* a = first.Find(clinic.practice);
    const ClinicFigure* b = newest.Find(clinic.practice);
    if (!a && !b) continue;
    spec.rows.push_back(PairedRow{LabelOf(clinic, words, own_practice), ValueOf(a), ValueOf(b),
                                  clinic.practice == own_practice, false});
  }
  return spec;
}

}  // namespace klynge::chart
