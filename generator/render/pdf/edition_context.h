#pragma once
// What turns a package document into a cluster's own: the cluster, its
// figures and, for a clinic's sealed documents, the clinic. A PrintContext
// with `edition` set prints real clock times, real dates and the cluster's
// name and meeting on every page.

#include <optional>
#include <string>
#include <vector>

#include "model/cluster.h"
#include "model/drejebog.h"
#include "render/format.h"
#include "stats/cluster_figures.h"

namespace klynge {

struct PrintContext;

struct EditionContext {
  const ClusterEdition& cluster;
  const ClusterFigures& figures;
  // The clinic a sealed document is for; nullptr for the cluster's shared documents.
  const Clinic* clinic = nullptr;

  // The time of day `minutes` into the meeting ("16:15"), or the running
  // clock ("0:15") when the meeting has no start time.
  std::string ClockAt(int minutes) const;
  // The calendar day `offset` names.
  Date DateOf(const Offset& offset) const { return offset.From(cluster.meeting.date); }
};

// "12. marts 2026 kl. 16:00".
std::string MeetingWhen(const PrintContext& ctx);
// "Nordjylland · Klyngemøde 12. marts 2026 kl. 16:00 · Lægehuset Vestergade".
std::string MeetingLine(const PrintContext& ctx);
// An indicator's figure as printed: a count as the whole number it is, a
// rate with one decimal ("38,1").
std::string FigureText(const Indicator& indicator, double value, Language lang);
// The cluster's figure for period `p`, or why it is not printed: "<5", or
// "vises ikke" when the sum of counts would give a suppressed clinic away.
std::string ClusterFigureText(const PrintContext& ctx, const Indicator& indicator, const PeriodFigures& p);
// What the cluster's row is called: "Klyngen", or "Klyngen i alt" for a count's sum.
std::string ClusterName(const PrintContext& ctx, const Indicator& indicator);
// A follow-up change with its sign and its direction ("−3,2 (bedre)"), or "–".
std::string ChangeText(const PrintContext& ctx, const Indicator& indicator, const std::optional<double>& change);

// What the chair says about an indicator's data in the program: "Klyngen
// 2025: 38,1 pr. 1.000 tilmeldte (2024: 40,3) · Region Nordjylland: 42,1".
std::string IndicatorSummary(const PrintContext& ctx, const std::string& indicator_id);

// The UI string keys the cluster documents use, for the test that both languages have them.
const std::vector<std::string>& EditionUiKeys();

}  // namespace klynge
