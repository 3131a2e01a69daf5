#include "render/pptx/chart_alt_text.h"

#include <cmath>

namespace klynge::deck {

namespace {

std::string ValueText(const chart::ChartValue& v, const std::string& suppressed, const std::string& missing,
                      int decimals, Language lang) {
  if (v.value) return FormatDecimal(*v.value, decimals, lang);
  return v.suppressed ? suppressed : missing;
}

}  // namespace

std::string AltTextOf(const chart::RateChartSpec& spec) {
  std::string text;
  for (const chart::RateBar& b : spec.bars)
    text += (text.empty() ? "" : "; ") + b.label + ": " +
            ValueText(b.value, spec.suppressed_text, spec.missing_text, spec.decimals, spec.lang);
  text += ".";
  for (const chart::ReferenceLine& r : spec.references)
    text += " " + r.label + ": " + FormatDecimal(r.value, spec.decimals, spec.lang) + ".";
  return text;
}

std::string AltTextOf(const chart::FollowUpChartSpec& spec) {
  std::string text;
  for (const chart::PairedRow& r : spec.rows)
    text += (text.empty() ? "" : "; ") + r.label + ": " + spec.before_label + " " +
            ValueText(r.before, spec.suppressed_text, spec.missing_text, spec.decimals, spec.lang) + ", " +
            spec.after_label + " " +
            ValueText(r.after, spec.suppressed_text, spec.missing_text, spec.decimals, spec.lang);
  return text + ".";
}

std::string AltTextOf(const chart::SurveyChartSpec& spec) {
  std::string text;
  for (const chart::SurveySegment& s : spec.segments)
    text += (text.empty() ? "" : "; ") + s.answer + ": " + FormatInteger(s.count, spec.lang) + " (" +
            FormatInteger(std::llround(s.share * 100), spec.lang) + " %)";
  return text + ". " + spec.n_label + " = " + FormatInteger(spec.n, spec.lang) + ".";
}

}  // namespace klynge::deck
