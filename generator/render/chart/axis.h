#pragma once
// A value axis from zero with round ticks, and the pieces every horizontal
// bar chart shares: the tick grid, the legend and labels that fit.

#include <string>
#include <vector>

#include "render/chart/chart.h"
#include "render/format.h"

namespace klynge::chart {

struct Axis {
  double max = 1;     // the axis runs from 0 to max
  double step = 0.2;  // distance between ticks
  int decimals = 1;   // what the tick labels need ("2,5" needs 1)
};

// An axis from 0 that holds `largest`, with about `ticks` steps of 1, 2, 2.5
// or 5 times a power of ten.
Axis NiceAxis(double largest, int ticks = 5);

// Where value `v` lies between x0 and x1 on `axis`.
inline float AxisX(const Axis& axis, double v, float x0, float x1) {
  return x0 + static_cast<float>(v / axis.max) * (x1 - x0);
}

// Grid lines at every tick from `top` to `bottom`, the zero line, and the
// tick labels under it in the reader's number format.
void DrawAxis(const Axis& axis, float x0, float x1, float top, float bottom, Language lang,
              std::vector<Primitive>* out);

// One legend entry: a line or a swatch, then its text.
struct LegendEntry {
  std::string text;
  Ink ink = Ink::kCluster;
  bool swatch = false;  // a filled square instead of a line
  float dash = 0;       // for lines
};

// Legend entries left to right, wrapping at `width`; returns the height used.
float DrawLegend(const std::vector<LegendEntry>& entries, float width, float size,
                 const TextWidth& measure, std::vector<Primitive>* out);

// Chart text on A4 is at least this size; the tick labels under an axis.
constexpr float kTickSize = 8;

// The x of the vertical lines DrawAxis draws (grid and zero line).
std::vector<float> AxisLineXs(const Axis& axis, float x0, float x1);

// Where a label `width` wide that wants to start at `x` starts so that it
// crosses none of the vertical `lines`: past each one it would touch.
float ClearOfLines(float x, float width, std::vector<float> lines);

// `text` shortened with "…" until it is at most `width` wide.
std::string FitText(const std::string& text, float width, float size, bool bold,
                    const TextWidth& measure);

}  // namespace klynge::chart
