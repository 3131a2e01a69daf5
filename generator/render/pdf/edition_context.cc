#include "render/pdf/edition_context.h"

#include <cmath>

#include "render/format.h"
#include "render/pdf/print_context.h"

namespace klynge {

std::string EditionContext::ClockAt(int minutes) const {
  if (!cluster.meeting.start_minutes) return FormatClock(minutes);
  return FormatClock((*cluster.meeting.start_minutes + minutes) % (24 * 60));
}

std::string MeetingWhen(const PrintContext& ctx) {
  const Meeting& meeting = ctx.edition->cluster.meeting;
  std::string when = FormatDate(meeting.date, ctx.lang);
  if (meeting.start_minutes)
    when += " " + ctx.Ui("edition_at") + " " + FormatClock(*meeting.start_minutes);
  return when;
}

std::string MeetingLine(const PrintContext& ctx) {
  const ClusterEdition& cluster = ctx.edition->cluster;
  std::string line;
  if (!cluster.region.empty()) line = cluster.region + " · ";
  line += ctx.Ui("edition_meeting") + " " + MeetingWhen(ctx);
  if (!cluster.meeting.place.empty()) line += " · " + cluster.meeting.place;
  return line;
}

std::string FigureText(const Indicator& indicator, double value, Language lang) {
  if (indicator.kind == IndicatorKind::kCount) return FormatInteger(static_cast<int64_t>(std::llround(value)), lang);
  return FormatDecimal(value, 1, lang);
}

std::string ClusterFigureText(const PrintContext& ctx, const Indicator& indicator, const PeriodFigures& p) {
  if (p.cluster_rate) return FigureText(indicator, *p.cluster_rate, ctx.lang);
  return p.cluster_would_reveal ? ctx.Ui("edition_withheld") : std::string(kSuppressedText);
}

std::string ClusterName(const PrintContext& ctx, const Indicator& indicator) {
  return ctx.Ui(indicator.kind == IndicatorKind::kCount ? "edition_cluster_total" : "edition_cluster");
}

std::string ChangeText(const PrintContext& ctx, const Indicator& indicator, const std::optional<double>& change) {
  if (!change) return "–";
  const char* word = "edition_same";
  Trend trend = TrendOf(*change, indicator);
  if (trend == Trend::kBetter) word = "edition_better";
  if (trend == Trend::kWorse) word = "edition_worse";
  int decimals = indicator.kind == IndicatorKind::kCount ? 0 : 1;
  return SignedDecimal(*change, ctx.lang, decimals) + " (" + ctx.Ui(word) + ")";
}

std::string IndicatorSummary(const PrintContext& ctx, const std::string& indicator_id) {
  const IndicatorFigures* figures = ctx.edition->figures.Find(indicator_id);
  if (!figures) return ctx.Ui("edition_cluster") + ": " + ctx.Ui("edition_no_data");
  const Indicator& indicator = figures->indicator;
  const PeriodFigures& newest = figures->newest();
  std::string text = ClusterName(ctx, indicator) + " " + newest.period + ": " + ClusterFigureText(ctx, indicator, newest);
  if (!indicator.unit.empty()) text += " " + indicator.unit;
  if (figures->periods.size() >= 2) {
    const PeriodFigures& first = figures->periods.front();
    text += " (" + first.period + ": " + ClusterFigureText(ctx, indicator, first) + ")";
  }
  if (newest.comparator)
    text += " · " + newest.comparator->label + ": " + FigureText(indicator, newest.comparator->value, ctx.lang);
  return text;
}

const std::vector<std::string>& EditionUiKeys() {
  static const std::vector<std::string> keys = {"edition_handout",
                                                "edition_clinic_sheet",
                                                "edition_deck",
                                                "edition_deck_pdf",
                                                "edition_confidential",
                                                "edition_cluster",
                                                "edition_meeting",
                                                "edition_at",
                                                "edition_letter",
                                                "edition_own",
                                                "edition_no_data",
                                                "edition_numerator",
                                                "edition_denominator",
                                                "edition_value",
                                                "edition_rank",
                                                "edition_rank_of",
                                                "edition_change",
                                                "edition_better",
                                                "edition_worse",
                                                "edition_same",
                                                "edition_unit",
                                                "edition_period",
                                                "edition_follow_up",
                                                "edition_continued",
                                                "edition_order_by",
                                                "edition_suppressed_note",
                                                "edition_count",
                                                "edition_print_bundle",
                                                "edition_print",
                                                "edition_envelope_holds",
                                                "edition_survey",
                                                "edition_questions",
                                                "edition_questions_shown",
                                                "edition_survey_note",
                                                "edition_cluster_total",
                                                "edition_withheld",
                                                "edition_withheld_note",
                                                "edition_your_value",
                                                "edition_definition",
                                                "edition_pack",
                                                "edition_private",
                                                "edition_for_all",
                                                "edition_envelopes",
                                                "edition_calendar",
                                                "edition_audience_calendar",
                                                "edition_coordinator",
                                                "edition_place",
                                                "edition_region",
                                                "edition_letters_note",
                                                "edition_contents", "edition_no_indicators",
                                                "edition_invitation_mail", "edition_invitation_letter",
                                                "invitation_subject", "invitation_greeting", "invitation_intro",
                                                "invitation_when", "invitation_place", "invitation_rsvp",
                                                "invitation_program", "invitation_prepare", "invitation_question",
                                                "invitation_by", "invitation_materials", "invitation_package_page",
                                                "invitation_attached", "invitation_regards"};
  return keys;
}

}  // namespace klynge
