#pragma once
// The numbers a cluster edition shows for each indicator and period: every
// clinic's rate and rank, the cluster rate, the comparator and, with two or
// more periods, the change from the first to the newest. Pure functions of a
// validated ClusterEdition and its Package.
//
// Disclosure control is in the types: a suppressed clinic's figure carries no
// numerator and no rate, so a renderer cannot print or draw them by mistake.

#include <optional>
#include <string>
#include <vector>

#include "model/cluster.h"
#include "model/package.h"
#include "stats/clinic_letters.h"
#include "stats/disclosure.h"
#include "stats/survey_figures.h"

namespace klynge {

// numerator / denominator × per.
double RateOf(int64_t numerator, int64_t denominator, int per);

// A clinic's value that may be printed and drawn.
struct ShownValue {
  int64_t numerator = 0;
  double rate = 0;  // per `Indicator::per`; for a count indicator the count itself
};

// One clinic, one indicator, one period.
struct ClinicFigure {
  std::string practice;             // ydernummer: finds the clinic's own figure for its sheet
  std::string label;                // letter (closed) or name (open): what to print
  int64_t denominator = 0;          // listed patients
  std::optional<ShownValue> shown;  // nullopt: suppressed; print kSuppressedText, draw nothing
  // 1 = best given the indicator's direction; equal rates share a rank
  // (1, 2, 2, 4). Only shown clinics are ranked: a rank would betray a
  // suppressed rate.
  std::optional<int> rank;

  bool suppressed() const { return !shown.has_value(); }
};

struct PeriodFigures {
  std::string period;
  // In the order of ClusterFigures::clinics; clinics without a row for this
  // indicator and period are absent (see `without_data`).
  std::vector<ClinicFigure> clinics;
  std::vector<std::string> without_data;  // labels, in clinic order
  // Σ numerators / Σ denominators × per over all rows, suppressed ones
  // included; for a count indicator Σ numerators. nullopt when the cluster's
  // own sum of numerators is 1-4 (the same disclosure rule as for a clinic),
  // when there is no data, or when the sum of counts would reveal a
  // suppressed clinic's (`cluster_would_reveal`).
  std::optional<double> cluster_rate;
  bool cluster_would_reveal = false;  // count only: the total minus the printed counts would give a "<5" away
  int64_t cluster_denominator = 0;    // Σ listed patients (0 for a count)
  int ranked = 0;                        // how many clinics have a rank
  std::optional<Comparator> comparator;  // cluster.yaml's reference value, if any

  const ClinicFigure* Find(const std::string& practice) const;
  // Some clinic has a row for this period.
  bool has_data() const { return !clinics.empty(); }
};

// Newest minus first, in rate units; negative is better when lower is better.
struct ClinicChange {
  std::string practice;
  std::string label;
  std::optional<double> change;  // nullopt when either period is suppressed or missing
};

// The follow-up comparison: the first period against the newest.
struct FollowUp {
  std::string first_period;
  std::string newest_period;
  std::optional<double> cluster_change;  // nullopt when either cluster rate is suppressed
  std::vector<ClinicChange> clinics;     // in clinic order, every clinic with a row in either
};

enum class Trend { kBetter, kSame, kWorse };
// Whether `change` (newest − first) is an improvement for `indicator`.
Trend TrendOf(double change, const Indicator& indicator);

struct IndicatorFigures {
  Indicator indicator;                 // id, title, unit, per, direction
  std::vector<PeriodFigures> periods;  // oldest first: period labels sorted as text
  std::optional<FollowUp> follow_up;   // when there are two or more periods

  const PeriodFigures& newest() const { return periods.back(); }
};

struct ClusterFigures {
  std::vector<Clinic> clinics;               // label order (see ClinicsOf)
  std::vector<IndicatorFigures> indicators;  // package order; only indicators with data
  std::vector<SurveyFigures> surveys;        // package order; only surveys with answers

  const IndicatorFigures* Find(const std::string& indicator_id) const;
  const SurveyFigures* FindSurvey(const std::string& survey_id) const;
  const Clinic* FindClinic(const std::string& practice) const;
};

// Everything above for `cluster`, whose package is `package`.
ClusterFigures ComputeClusterFigures(const ClusterEdition& cluster, const Package& package);

}  // namespace klynge
