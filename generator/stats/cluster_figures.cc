#include "stats/cluster_figures.h"

#include <algorithm>
#include <map>

namespace klynge {

double RateOf(int64_t numerator, int64_t denominator, int per) {
  // The product is exact in 128 bits whatever the counts. With a clinic's
  // counts at most 10^9 (kMaxCount) and per at most 10^6 it is below 2^53, so
  // the double is exact too and the division is the one rounding: equal
  // fractions give equal rates. A cluster's sum may pass 2^53; it then
  // rounds once more, by less than one part in 10^15, and never wraps.
  __int128 scaled = static_cast<__int128>(numerator) * per;
  return static_cast<double>(scaled) / static_cast<double>(denominator);
}

Trend TrendOf(double change, const Indicator& indicator) {
  if (change == 0) return Trend::kSame;
  bool lower = change < 0;
  return lower == indicator.lower_is_better ? Trend::kBetter : Trend::kWorse;
}

const ClinicFigure* PeriodFigures::Find(const std::string& practice) const {
  for (const ClinicFigure& f : clinics)
    if (f.practice == practice) return &f;
  return nullptr;
}

const IndicatorFigures* ClusterFigures::Find(const std::string& indicator_id) const {
  for (const IndicatorFigures& f : indicators)
    if (f.indicator.id == indicator_id) return &f;
  return nullptr;
}

const SurveyFigures* ClusterFigures::FindSurvey(const std::string& survey_id) const {
  for (const SurveyFigures& f : surveys)
    if (f.id == survey_id) return &f;
  return nullptr;
}

const Clinic* ClusterFigures::FindClinic(const std::string& practice) const {
  for (const Clinic& c : clinics)
    if (c.practice == practice) return &c;
  return nullptr;
}

namespace {

// a/b better than c/d, compared exactly on the counts; counts by themselves.
bool Better(const Observation& x, const Observation& y, const Indicator& indicator) {
  bool count = indicator.kind == IndicatorKind::kCount;
  __int128 left = static_cast<__int128>(x.numerator) * (count ? 1 : y.denominator);
  __int128 right = static_cast<__int128>(y.numerator) * (count ? 1 : x.denominator);
  return indicator.lower_is_better ? left < right : left > right;
}

// Whether printing the sum of all clinics' counts would let a reader work out
// a suppressed one: the total minus the printed counts is the sum S of the k
// suppressed ones, each 1-4. One suppressed clinic is then known exactly, and
// so are all of them when S is k (every one a 1) or 4k (every one a 4).
bool SumRevealsSuppressed(int suppressed, int64_t suppressed_sum) {
  if (suppressed == 0) return false;
  return suppressed == 1 || suppressed_sum == suppressed || suppressed_sum == 4 * int64_t{suppressed};
}

PeriodFigures ComputePeriod(const std::string& period, const std::vector<const Observation*>& rows,
                            const std::vector<Clinic>& clinics, const ClusterEdition& cluster,
                            const Indicator& indicator) {
  PeriodFigures out;
  out.period = period;
  const bool count = indicator.kind == IndicatorKind::kCount;
  std::vector<const Observation*> shown;
  int64_t numerators = 0, suppressed_sum = 0;
  int suppressed = 0;
  for (const Clinic& clinic : clinics) {
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](const Observation* o) { return o->practice == clinic.practice; });
    if (it == rows.end()) {
      out.without_data.push_back(clinic.label);
      continue;
    }
    const Observation& o = **it;
    numerators += o.numerator;
    out.cluster_denominator += o.denominator;
    ClinicFigure figure;
    figure.practice = clinic.practice;
    figure.label = clinic.label;
    figure.denominator = o.denominator;
    if (!IsSuppressed(o.numerator)) {
      double value = count ? static_cast<double>(o.numerator) : RateOf(o.numerator, o.denominator, indicator.per);
      figure.shown = ShownValue{o.numerator, value};
      shown.push_back(&o);
    } else {
      ++suppressed;
      suppressed_sum += o.numerator;
    }
    out.clinics.push_back(std::move(figure));
  }
  if (count) {
    // A rate hides its numerator behind the listed patients; a sum of counts does not.
    out.cluster_would_reveal = !IsSuppressed(numerators) && SumRevealsSuppressed(suppressed, suppressed_sum);
    if (out.has_data() && !IsSuppressed(numerators) && !out.cluster_would_reveal)
      out.cluster_rate = static_cast<double>(numerators);
  } else if (out.cluster_denominator > 0 && !IsSuppressed(numerators)) {
    out.cluster_rate = RateOf(numerators, out.cluster_denominator, indicator.per);
  }
  for (ClinicFigure& figure : out.clinics) {
    if (figure.suppressed()) continue;
    const Observation* self = *std::find_if(shown.begin(), shown.end(), [&](const Observation* o) {
      return o->practice == figure.practice;
    });
    int better = 0;
    for (const Observation* other : shown)
      better += Better(*other, *self, indicator);
    figure.rank = better + 1;
    ++out.ranked;
  }
  for (const Comparator& c : cluster.comparators)
    if (c.indicator == indicator.id && c.period == period) out.comparator = c;
  return out;
}

FollowUp CompareFirstAndNewest(const IndicatorFigures& f, const std::vector<Clinic>& clinics) {
  const PeriodFigures& first = f.periods.front();
  const PeriodFigures& newest = f.periods.back();
  FollowUp out;
  out.first_period = first.period;
  out.newest_period = newest.period;
  if (first.cluster_rate && newest.cluster_rate)
    out.cluster_change = *newest.cluster_rate - *first.cluster_rate;
  for (const Clinic& clinic : clinics) {
    const ClinicFigure* a = first.Find(clinic.practice);
    const ClinicFigure* b = newest.Find(clinic.practice);
    if (!a && !b) continue;
    ClinicChange change{clinic.practice, clinic.label, std::nullopt};
    if (a && b && a->shown && b->shown) change.change = b->shown->rate - a->shown->rate;
    out.clinics.push_back(std::move(change));
  }
  return out;
}

}  // namespace

ClusterFigures ComputeClusterFigures(const ClusterEdition& cluster, const Package& package) {
  ClusterFigures out;
  out.clinics = ClinicsOf(cluster);
  for (const Indicator& indicator : package.indicators) {
    // std::map orders the period labels as text: "2024" < "2025", "2025-Q1" < "2025-Q4".
    std::map<std::string, std::vector<const Observation*>> by_period;
    for (const Observation& o : cluster.observations)
      if (o.indicator == indicator.id) by_period[o.period].push_back(&o);
    if (by_period.empty()) continue;
    IndicatorFigures figures;
    figures.indicator = indicator;
    for (const auto& [period, rows] : by_period)
      figures.periods.push_back(ComputePeriod(period, rows, out.clinics, cluster, indicator));
    if (figures.periods.size() >= 2)
      figures.follow_up = CompareFirstAndNewest(figures, out.clinics);
    out.indicators.push_back(std::move(figures));
  }
  out.surveys = ComputeSurveyFigures(cluster, package);
  return out;
}

}  // namespace klynge
