#include "render/chart/axis.h"

#include <algorithm>
#include <cmath>

#include "render/fit_text.h"

namespace klynge::chart {

Axis NiceAxis(double largest, int ticks) {
  Axis axis;
  if (!(largest > 0)) return axis;  // nothing to show: 0 to 1
  double raw = largest / std::max(1, ticks);
  double power = std::pow(10.0, std::floor(std::log10(raw)));
  double step = power * 10;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (m * power >= raw * 0.999) {
      step = m * power;
      break;
    }
  }
  axis.step = step;
  axis.max = std::ceil(largest / step - 1e-9) * step;
  // Leave a little room past the largest bar for its value.
  if (axis.max <= largest * 1.0001) axis.max += step;
  int decimals = 0;
  for (double scaled = step; decimals < 4 && std::fabs(scaled - std::round(scaled)) > 1e-6;
       scaled *= 10)
    ++decimals;
  axis.decimals = decimals;
  return axis;
}

void DrawAxis(const Axis& axis, float x0, float x1, float top, float bottom, Language lang,
              std::vector<Primitive>* out) {
  int count = static_cast<int>(std::lround(axis.max / axis.step));
  for (int i = 0; i <= count; ++i) {
    double v = i * axis.step;
    float x = AxisX(axis, v, x0, x1);
    if (i > 0) out->push_back(Line{x, top, x, bottom, Ink::kGrid, 0.4f, 0});
    out->push_back(Text{x, bottom + 9, Anchor::kMiddle, kTickSize, false, Ink::kMuted,
                        FormatDecimal(v, axis.decimals, lang)});
  }
  out->push_back(Line{x0, top, x0, bottom, Ink::kAxis, 0.7f, 0});
  out->push_back(Line{x0, bottom, x1, bottom, Ink::kAxis, 0.5f, 0});
}

float DrawLegend(const std::vector<LegendEntry>& entries, float width, float size,
                 const TextWidth& measure, std::vector<Primitive>* out) {
  if (entries.empty()) return 0;
  float line_height = size * 1.7f;
  float x = 0, y = 0;
  const float sample = 14, gap = 4, between = 12;
  for (const LegendEntry& e : entries) {
    float w = sample + gap + measure(e.text, size, false);
    if (x > 0 && x + w > width) {
      x = 0;
      y += line_height;
    }
    float mid = y + line_height / 2;
    if (e.swatch) {
      out->push_back(Rect{x + 3, mid - 4, 8, 8, e.ink});
    } else {
      out->push_back(Line{x, mid, x + sample, mid, e.ink, 1.4f, e.dash});
    }
    out->push_back(Text{x + sample + gap, mid + size * 0.35f, Anchor::kStart, size, false,
                        Ink::kText, e.text});
    x += w + between;
  }
  return y + line_height;
}

std::vector<float> AxisLineXs(const Axis& axis, float x0, float x1) {
  std::vector<float> xs{x0};
  int count = static_cast<int>(std::lround(axis.max / axis.step));
  for (int i = 1; i <= count; ++i) xs.push_back(AxisX(axis, i * axis.step, x0, x1));
  return xs;
}

float ClearOfLines(float x, float width, std::vector<float> lines) {
  constexpr float kClear = 1.5f;  // between a label and a line
  std::sort(lines.begin(), lines.end());
  for (float line : lines)
    if (line >= x - kClear && line <= x + width + kClear) x = line + kClear + 1;
  return x;
}

std::string FitText(const std::string& text, float width, float size, bool bold,
                    const TextWidth& measure) {
  return FitToWidth(text, width, [&](std::string_view t) { return measure(t, size, bold); });
}

}  // namespace klynge::chart
