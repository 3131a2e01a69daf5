#include "render/chart/rate_chart.h"

#include <algorithm>

#include "render/chart/axis.h"
#include "render/chart/chart_description.h"

namespace klynge::chart {

namespace {

constexpr float kLabelSize = 8;
constexpr float kValueSize = 8;
constexpr float kLegendSize = 8;
constexpr float kRow = 14;
constexpr float kBar = 8.5f;
constexpr float kAxisRoom = 14;

}  // namespace

Chart LayOutRateChart(const RateChartSpec& spec, float width, const TextWidth& measure) {
  Chart chart;
  chart.width = width;
  chart.description = DescribeRateChart(spec);
  std::vector<Primitive>& out = chart.items;

  std::vector<LegendEntry> legend;
  for (const ReferenceLine& r : spec.references)
    legend.push_back(LegendEntry{r.label + ": " + FormatDecimal(r.value, spec.decimals, spec.lang),
                                 r.ink, false, r.dash});
  float top = DrawLegend(legend, width, kLegendSize, measure, &out);
  if (top > 0) top += 4;

  double largest = spec.axis_at_least;
  for (const RateBar& b : spec.bars)
    if (b.value.value) largest = std::max(largest, *b.value.value);
  for (const ReferenceLine& r : spec.references) largest = std::max(largest, r.value);
  Axis axis = NiceAxis(largest);

  float label_width = 0;
  for (const RateBar& b : spec.bars)
    label_width = std::max(label_width, measure(b.label, kLabelSize, b.own));
  label_width = std::min(label_width, width * spec.label_share);
  float value_width = measure(FormatDecimal(axis.max, spec.decimals, spec.lang), kValueSize, false);
  value_width = std::max(value_width, measure(spec.suppressed_text, kValueSize, false));
  float x0 = label_width + 8;
  float x1 = width - value_width - 6;

  float bottom = top + kRow * static_cast<float>(spec.bars.size()) + 3;
  DrawAxis(axis, x0, x1, top, bottom, spec.lang, &out);

  bool highlights =
      std::any_of(spec.bars.begin(), spec.bars.end(), [](const RateBar& b) { return b.own; });
  // Values and notes keep clear of every vertical line: grid, zero line and
  // the reference lines ("39,9" under the region's dashed line was unreadable).
  std::vector<float> lines = AxisLineXs(axis, x0, x1);
  for (const ReferenceLine& r : spec.references) lines.push_back(AxisX(axis, r.value, x0, x1));
  std::vector<Text> values;  // drawn last, after the reference lines
  float y = top + 3;
  for (const RateBar& b : spec.bars) {
    float mid = y + kRow / 2 - 1.5f;
    float text_base = mid + kLabelSize * 0.35f;
    out.push_back(Text{x0 - 5, text_base, Anchor::kEnd, kLabelSize, b.own, Ink::kText,
                       FitText(b.label, label_width, kLabelSize, b.own, measure)});
    if (b.value.value) {
      float x = AxisX(axis, *b.value.value, x0, x1);
      Ink ink = b.own ? Ink::kBarOwn : highlights ? Ink::kBarOther : Ink::kBar;
      out.push_back(Rect{x0, mid - kBar / 2, std::max(x - x0, 0.0f), kBar, ink});
      std::string text = FormatDecimal(*b.value.value, spec.decimals, spec.lang);
      float at = ClearOfLines(x + 3, measure(text, kValueSize, b.own), lines);
      values.push_back(Text{at, mid + kValueSize * 0.35f, Anchor::kStart, kValueSize, b.own, Ink::kText,
                            std::move(text)});
    } else {
      const std::string& note = b.value.suppressed ? spec.suppressed_text : spec.missing_text;
      float at = ClearOfLines(x0 + 4, measure(note, kValueSize, b.own), lines);
      out.push_back(Text{at, mid + kValueSize * 0.35f, Anchor::kStart, kValueSize, b.own, Ink::kMuted, note});
    }
    y += kRow;
  }
  // Reference lines on top of the bars, so a line through a bar stays visible.
  for (const ReferenceLine& r : spec.references) {
    float x = AxisX(axis, r.value, x0, x1);
    out.push_back(Line{x, top - 2, x, bottom, r.ink, 1.3f, r.dash});
  }
  for (Text& t : values) out.push_back(std::move(t));
  chart.height = bottom + kAxisRoom;
  return chart;
}

}  // namespace klynge::chart
