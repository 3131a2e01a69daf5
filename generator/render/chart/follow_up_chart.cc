#include "render/chart/follow_up_chart.h"

#include <algorithm>

#include "render/chart/axis.h"
#include "render/chart/chart_description.h"

namespace klynge::chart {

namespace {

constexpr float kLabelSize = 8;
constexpr float kValueSize = 8;
constexpr float kLegendSize = 8;
constexpr float kRow = 23;
constexpr float kBar = 8;
constexpr float kBarGap = 1.5f;  // between a row's two bars: their 8 pt values do not touch
constexpr float kAxisRoom = 14;

}  // namespace

Chart LayOutFollowUpChart(const FollowUpChartSpec& spec, float width, const TextWidth& measure) {
  Chart chart;
  chart.width = width;
  chart.description = DescribeFollowUpChart(spec);
  std::vector<Primitive>& out = chart.items;

  float top = DrawLegend({LegendEntry{spec.before_label, Ink::kBefore, true, 0},
                          LegendEntry{spec.after_label, Ink::kAfter, true, 0}},
                         width, kLegendSize, measure, &out) +
              4;

  double largest = spec.axis_at_least;
  for (const PairedRow& r : spec.rows)
    for (const ChartValue* v : {&r.before, &r.after})
      if (v->value) largest = std::max(largest, *v->value);
  Axis axis = NiceAxis(largest);

  float label_width = 0;
  for (const PairedRow& r : spec.rows)
    label_width = std::max(label_width, measure(r.label, kLabelSize, r.own || r.cluster));
  label_width = std::min(label_width, width * spec.label_share);
  float value_width = measure(FormatDecimal(axis.max, spec.decimals, spec.lang), kValueSize, false);
  value_width = std::max(value_width, measure(spec.suppressed_text, kValueSize, false));
  float x0 = label_width + 8;
  float x1 = width - value_width - 6;
  float bottom = top + kRow * static_cast<float>(spec.rows.size()) + 2;
  DrawAxis(axis, x0, x1, top, bottom, spec.lang, &out);

  std::vector<float> lines = AxisLineXs(axis, x0, x1);
  float y = top + 2;
  for (const PairedRow& r : spec.rows) {
    bool strong = r.own || r.cluster;
    float mid = y + kRow / 2 - 1;
    out.push_back(Text{x0 - 5, mid + kLabelSize * 0.35f, Anchor::kEnd, kLabelSize, strong,
                       Ink::kText, FitText(r.label, label_width, kLabelSize, strong, measure)});
    const std::pair<const ChartValue*, Ink> bars[] = {{&r.before, Ink::kBefore},
                                                      {&r.after, Ink::kAfter}};
    float bar_top = mid - kBar - kBarGap / 2;
    for (const auto& [value, ink] : bars) {
      float base = bar_top + kBar / 2 + kValueSize * 0.35f;
      if (value->value) {
        float x = AxisX(axis, *value->value, x0, x1);
        Ink fill = r.cluster ? (ink == Ink::kBefore ? Ink::kBefore : Ink::kCluster)
                   : r.own && ink == Ink::kAfter ? Ink::kBarOwn
                                                 : ink;
        out.push_back(Rect{x0, bar_top, std::max(x - x0, 0.0f), kBar, fill});
        std::string text = FormatDecimal(*value->value, spec.decimals, spec.lang);
        float at = ClearOfLines(x + 3, measure(text, kValueSize, strong), lines);
        out.push_back(Text{at, base, Anchor::kStart, kValueSize, strong, Ink::kText, std::move(text)});
      } else {
        const std::string& note = value->suppressed ? spec.suppressed_text : spec.missing_text;
        float at = ClearOfLines(x0 + 4, measure(note, kValueSize, false), lines);
        out.push_back(Text{at, base, Anchor::kStart, kValueSize, false, Ink::kMuted, note});
      }
      bar_top += kBar + kBarGap;
    }
    y += kRow;
  }
  chart.height = bottom + kAxisRoom;
  return chart;
}

}  // namespace klynge::chart
