#include "render/chart/survey_chart.h"

#include <cmath>

#include "render/chart/axis.h"

namespace klynge::chart {

namespace {

constexpr float kBarHeight = 16;
constexpr float kValueSize = 8;
constexpr float kLegendSize = 8;

std::string Percent(double share, Language lang) {
  return FormatInteger(static_cast<int64_t>(std::llround(share * 100)), lang) + " %";
}

}  // namespace

Ink ShadeOf(size_t i) {
  static constexpr Ink kShades[] = {Ink::kShade0, Ink::kShade1, Ink::kShade2,
                                    Ink::kShade3, Ink::kShade4, Ink::kShade5};
  return kShades[i < 6 ? i : 5];
}

Chart LayOutSurveyChart(const SurveyChartSpec& spec, float width, const TextWidth& measure) {
  Chart chart;
  chart.width = width;
  std::vector<Primitive>& out = chart.items;
  std::string n_text = spec.n_label + " = " + FormatInteger(spec.n, spec.lang);
  float n_width = measure(n_text, kValueSize, false) + 6;
  float x0 = 0, x1 = width - n_width;
  float x = x0;
  for (size_t i = 0; i < spec.segments.size(); ++i) {
    const SurveySegment& s = spec.segments[i];
    float w = static_cast<float>(s.share) * (x1 - x0);
    if (w <= 0) continue;
    out.push_back(Rect{x, 0, w, kBarHeight, ShadeOf(i)});
    std::string share = Percent(s.share, spec.lang);
    // The share inside its segment when it fits; the legend always has it.
    if (measure(share, kValueSize, true) + 4 <= w)
      out.push_back(Text{x + w / 2, kBarHeight / 2 + kValueSize * 0.35f, Anchor::kMiddle, kValueSize, true,
                         i < 2 ? Ink::kPaper : Ink::kText, share});
    x += w;
  }
  out.push_back(Text{width, kBarHeight / 2 + kValueSize * 0.35f, Anchor::kEnd, kValueSize, false, Ink::kMuted,
                     n_text});
  std::vector<LegendEntry> legend;
  for (size_t i = 0; i < spec.segments.size(); ++i) {
    const SurveySegment& s = spec.segments[i];
    legend.push_back(LegendEntry{s.answer + ": " + FormatInteger(s.count, spec.lang) + " (" +
                                     Percent(s.share, spec.lang) + ")",
                                 ShadeOf(i), true});
  }
  std::vector<Primitive> legend_items;
  float legend_height = DrawLegend(legend, width, kLegendSize, measure, &legend_items);
  float top = kBarHeight + 5;
  for (Primitive& p : legend_items) {
    std::visit(
        [&](auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Rect>) item.y += top;
          if constexpr (std::is_same_v<T, Line>) item.y1 += top, item.y2 += top;
          if constexpr (std::is_same_v<T, Text>) item.baseline += top;
        },
        p);
    out.push_back(std::move(p));
  }
  chart.height = top + legend_height + 2;
  // In words for the tagged PDF: what the bar and its legend print.
  chart.description = n_text;
  for (const LegendEntry& e : legend) chart.description += "; " + e.text;
  return chart;
}

}  // namespace klynge::chart
