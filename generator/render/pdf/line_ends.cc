#include "render/pdf/line_ends.h"

#include <algorithm>

#include "render/fit_text.h"

namespace klynge::pdf {

namespace {

// `end` at most `room` wide: its text shortened first, the tail only when it must be.
std::string Fit(const LineEnd& end, float room, float size, TextMeasure& measure) {
  WidthOf width_of = [&measure, face = end.face, size](std::string_view t) {
    return measure.Width(face, size, t);
  };
  room = std::max(0.0f, room);
  std::string whole = end.text + end.tail;
  if (end.tail.empty() || width_of(whole) <= room) return FitToWidth(whole, room, width_of);
  float text_room = room - width_of(end.tail);
  // The text keeps at least a quarter of the room, else the whole is cut at its end.
  if (text_room < room / 4) return FitToWidth(whole, room, width_of);
  return FitToWidth(end.text, text_room, width_of) + end.tail;
}

}  // namespace

void AddLineEnds(const LineEnd& left, const LineEnd& right, float x0, float x1, float baseline,
                 const LineBudget& budget, TextMeasure& measure, std::vector<DrawOp>* ops) {
  float line = x1 - x0;
  float right_width = measure.Width(right.face, budget.size, right.text + right.tail);
  // The left end gets its share, or more when the right one is short.
  float left_room = std::max(budget.left_share * line, line - budget.gap - right_width);
  std::string left_text = Fit(left, left_room, budget.size, measure);
  float right_room = line;  // an empty left end leaves the whole line
  if (!left_text.empty()) right_room -= measure.Width(left.face, budget.size, left_text) + budget.gap;
  std::string right_text = Fit(right, right_room, budget.size, measure);
  float w = measure.Width(right.face, budget.size, right_text);
  ops->push_back(TextOp{x0, baseline, left.face, budget.size, left.color, std::move(left_text)});
  ops->push_back(TextOp{x1 - w, baseline, right.face, budget.size, right.color, std::move(right_text)});
}

}  // namespace klynge::pdf
