#include "render/chart/chart_description.h"

namespace klynge::chart {

namespace {

bool Danish(Language lang) { return lang == Language::kDanish; }

// The value as its bar's label prints it.
std::string Printed(const ChartValue& v, int decimals, Language lang, const std::string& suppressed,
                    const std::string& missing) {
  if (v.value && !v.suppressed) return FormatDecimal(*v.value, decimals, lang);
  return v.suppressed ? suppressed : missing;
}

}  // namespace

std::string DescribeRateChart(const RateChartSpec& spec) {
  std::string out = Danish(spec.lang) ? "Søjlediagram, en søjle pr. klinik: " : "Bar chart, one bar per clinic: ";
  for (size_t i = 0; i < spec.bars.size(); ++i) {
    const RateBar& b = spec.bars[i];
    if (i > 0) out += "; ";
    out += b.label + " " + Printed(b.value, spec.decimals, spec.lang, spec.suppressed_text, spec.missing_text);
  }
  out += ".";
  if (!spec.references.empty()) {
    out += Danish(spec.lang) ? " Linjer: " : " Lines: ";
    for (size_t i = 0; i < spec.references.size(); ++i) {
      const ReferenceLine& r = spec.references[i];
      if (i > 0) out += "; ";
      out += r.label + " " + FormatDecimal(r.value, spec.decimals, spec.lang);
    }
    out += ".";
  }
  return out;
}

std::string DescribeFollowUpChart(const FollowUpChartSpec& spec) {
  std::string out = Danish(spec.lang) ? "Søjlediagram, " + spec.before_label + " over for " + spec.after_label + ": "
                                      : "Bar chart, " + spec.before_label + " against " + spec.after_label + ": ";
  for (size_t i = 0; i < spec.rows.size(); ++i) {
    const PairedRow& r = spec.rows[i];
    if (i > 0) out += "; ";
    out += r.label + " " + spec.before_label + " " +
           Printed(r.before, spec.decimals, spec.lang, spec.suppressed_text, spec.missing_text) + ", " +
           spec.after_label + " " +
           Printed(r.after, spec.decimals, spec.lang, spec.suppressed_text, spec.missing_text);
  }
  out += ".";
  return out;
}

}  // namespace klynge::chart
