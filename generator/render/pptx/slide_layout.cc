#include "render/pptx/slide_layout.h"

#include <algorithm>

#include "render/pdf/chart_drawing.h"
#include "render/pdf/layout/line_breaker.h"

namespace klynge::deck {

namespace {

pdf::Face FaceOf(bool bold, bool italic) {
  if (bold) return italic ? pdf::Face::kBoldItalic : pdf::Face::kBold;
  return italic ? pdf::Face::kItalic : pdf::Face::kRegular;
}

float SmallestText(const chart::Chart& c) {
  float smallest = 0;
  for (const chart::Primitive& p : c.items)
    if (const auto* t = std::get_if<chart::Text>(&p))
      if (!t->text.empty() && (smallest == 0 || t->size < smallest)) smallest = t->size;
  return smallest;
}

}  // namespace

std::vector<std::string> WrapLines(const std::string& paragraph, float size, bool bold, bool italic, float width,
                                   pdf::TextMeasure& measure) {
  std::vector<std::string> out;
  for (const pdf::Line& line : pdf::BreakLines({pdf::Span(paragraph, FaceOf(bold, italic))}, size, width, measure,
                                                     pdf::Hyphenate::kOverlongOnly)) {
    std::string text;
    for (const pdf::LineRun& run : line.runs) text += run.text;
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out.push_back(text);
  }
  return out;
}

TextBox MakeText(std::vector<std::string> paragraphs, float x, float y, float width, float size, pdf::Color color,
                 pdf::TextMeasure& measure, bool bold, bool italic) {
  size_t lines = 0;
  for (const std::string& p : paragraphs) lines += WrapLines(p, size, bold, italic, width, measure).size();
  TextBox box;
  box.x = x;
  box.y = y;
  box.width = width;
  box.height = static_cast<float>(lines) * size * kLeading;
  box.paragraphs = std::move(paragraphs);
  box.size = size;
  box.bold = bold;
  box.italic = italic;
  box.color = color;
  return box;
}

Group ChartGroup(const ChartLayout& lay_out, float x, float y, float width, const std::string& name,
                 const std::string& descr, const PrintStyle& style, pdf::TextMeasure& measure) {
  // The chart's text sizes do not depend on its width: one layout finds the
  // smallest, the second is made that much narrower.
  float smallest = SmallestText(lay_out(width));
  float scale = smallest > 0 ? std::max(1.f, kMinTextSize / smallest) : 1.f;
  chart::Chart c = lay_out(width / scale);
  Group group{name, descr, {}};
  auto X = [&](float v) { return x + v * scale; };
  auto Y = [&](float v) { return y + v * scale; };
  for (const chart::Primitive& p : c.items) {
    if (const auto* r = std::get_if<chart::Rect>(&p)) {
      group.shapes.push_back(Rect{X(r->x), Y(r->y), r->width * scale, r->height * scale,
                                  ChartInkColor(r->fill, style)});
    } else if (const auto* l = std::get_if<chart::Line>(&p)) {
      group.shapes.push_back(Line{X(l->x1), Y(l->y1), X(l->x2), Y(l->y2), ChartInkColor(l->ink, style),
                                  std::max(0.75f, l->width * scale), l->dash * scale});
    } else if (const auto* t = std::get_if<chart::Text>(&p)) {
      float size = t->size * scale;
      float w = measure.Width(t->bold ? pdf::Face::kBold : pdf::Face::kRegular, size, t->text) + 2;
      float left = X(t->x);
      Align align = Align::kLeft;
      if (t->anchor == chart::Anchor::kMiddle) left -= w / 2, align = Align::kCenter;
      if (t->anchor == chart::Anchor::kEnd) left -= w, align = Align::kRight;
      TextBox box;
      box.x = left;
      box.y = Y(t->baseline) - size * kAscent;
      box.width = w;
      box.height = size * kLeading;
      box.paragraphs = {t->text};
      box.size = size;
      box.bold = t->bold;
      box.color = ChartInkColor(t->ink, style);
      box.align = align;
      box.wrap = false;
      group.shapes.push_back(box);
    }
  }
  return group;
}

float BottomOf(const Group& group) {
  float bottom = 0;
  for (const Shape& s : group.shapes)
    std::visit([&](const auto& v) {
      using T = std::decay_t<decltype(v)>;
      if constexpr (std::is_same_v<T, Line>) bottom = std::max({bottom, v.y1, v.y2});
      else bottom = std::max(bottom, v.y + v.height);
    }, s);
  return bottom;
}

}  // namespace klynge::deck
