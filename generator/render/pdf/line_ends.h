#pragma once
// A running header's or footer's two ends on one baseline: one text from the
// left margin, one ending at the right margin, shortened with "…" so that
// they never overprint each other or run off the page.

#include <string>

#include "render/pdf/layout/draw_ops.h"
#include "render/pdf/layout/text_measure.h"

namespace klynge::pdf {

// One end of the line: what it says and how it is set.
struct LineEnd {
  std::string text;
  Face face = Face::kRegular;
  Color color;
  // Set after `text` and kept whole while `text` can give way (a meeting's
  // date after a package's title); cut too only when it alone fills the room.
  std::string tail;
};

// How the line between `x0` and `x1` is shared.
struct LineBudget {
  float size = 8;
  // The left text may always have this share of the line; it has more only
  // when the right one leaves it room. 0: the right text is kept whole.
  float left_share = 0.4f;
  float gap = 12;  // the least room between the two, in points
};

// The two texts as ops at `baseline`, the left one from `x0`, the right one
// right-aligned at `x1`; each shortened only when both do not fit with the gap.
void AddLineEnds(const LineEnd& left, const LineEnd& right, float x0, float x1, float baseline,
                 const LineBudget& budget, TextMeasure& measure, std::vector<DrawOp>* ops);

}  // namespace klynge::pdf
