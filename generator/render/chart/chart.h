#pragma once
// A chart as abstract drawing primitives: rectangles, lines and text at
// positions in points, with inks named for what they show rather than their
// colour. Backends (PDF now; SVG could follow) map inks to colours and draw.

#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace klynge::chart {

// What a mark shows; the backend chooses its colour.
enum class Ink {
  kText,        // labels and values
  kMuted,       // axis numbers, notes
  kAxis,        // the zero line
  kGrid,        // light lines at the axis ticks
  kBar,         // a clinic's bar
  kBarOther,    // another clinic's bar on a sheet that highlights one clinic
  kBarOwn,      // the highlighted clinic's bar
  kBefore,      // the first period in a follow-up chart
  kAfter,       // the newest period in a follow-up chart
  kCluster,     // the cluster rate line and bars
  kComparator,  // the comparator line (the region)
  kPaper,       // the background: behind a value that a line crosses
  // A survey's answers in a stacked bar, darkest first: an ordered scale
  // reads as one in colour and in grey.
  kShade0,
  kShade1,
  kShade2,
  kShade3,
  kShade4,
  kShade5,
};

enum class Anchor { kStart, kMiddle, kEnd };

// y grows downward from the chart's top-left corner.
struct Rect {
  float x = 0, y = 0, width = 0, height = 0;
  Ink fill = Ink::kBar;
};

struct Line {
  float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  Ink ink = Ink::kAxis;
  float width = 0.5f;
  float dash = 0;  // > 0: dashed with this on/off length
};

struct Text {
  float x = 0;  // where `anchor` sits
  float baseline = 0;
  Anchor anchor = Anchor::kStart;
  float size = 8;
  bool bold = false;
  Ink ink = Ink::kText;
  std::string text;  // UTF-8
};

using Primitive = std::variant<Rect, Line, Text>;

struct Chart {
  float width = 0;
  float height = 0;
  std::vector<Primitive> items;
  std::string description;  // the chart in words (chart_description.h): a tagged PDF's alternative text
};

// Width in points of `text` at `size`, in the backend's font: layout needs it
// to make room for labels.
using TextWidth = std::function<float(std::string_view text, float size, bool bold)>;

}  // namespace klynge::chart
