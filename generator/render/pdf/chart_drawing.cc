#include "render/pdf/chart_drawing.h"

namespace klynge {

namespace {

// The highlighted clinic must stand out from the cluster's blue, in colour
// and when printed in grey: a dark orange.
constexpr pdf::Color kOwn{0.78f, 0.33f, 0.05f};
constexpr pdf::Color kComparator{0.64f, 0.18f, 0.14f};

}  // namespace

pdf::Color ChartInkColor(chart::Ink ink, const PrintStyle& s) {
  switch (ink) {
    case chart::Ink::kText:
      return s.text;
    case chart::Ink::kMuted:
      return s.muted;
    case chart::Ink::kAxis:
      return s.muted;
    case chart::Ink::kGrid:
      return s.rule;
    case chart::Ink::kBar:
      return pdf::Lighten(s.accent, 0.3f);
    case chart::Ink::kBarOther:
      return pdf::Lighten(s.accent, 0.62f);
    case chart::Ink::kBarOwn:
      return kOwn;
    case chart::Ink::kBefore:
      return pdf::Lighten(s.accent, 0.65f);
    case chart::Ink::kAfter:
      return pdf::Lighten(s.accent, 0.2f);
    case chart::Ink::kCluster:
      return s.accent_dark;
    case chart::Ink::kComparator:
      return kComparator;
    case chart::Ink::kPaper:
      return s.white;
    case chart::Ink::kShade0:
      return s.accent_dark;
    case chart::Ink::kShade1:
      return pdf::Lighten(s.accent, 0.15f);
    case chart::Ink::kShade2:
      return pdf::Lighten(s.accent, 0.4f);
    case chart::Ink::kShade3:
      return pdf::Lighten(s.accent, 0.6f);
    case chart::Ink::kShade4:
      return pdf::Lighten(s.accent, 0.75f);
    case chart::Ink::kShade5:
      return pdf::Lighten(s.accent, 0.88f);
  }
  return s.text;
}

namespace {

pdf::Face FaceOf(bool bold) { return bold ? pdf::Face::kBold : pdf::Face::kRegular; }

}  // namespace

chart::TextWidth ChartTextWidth(pdf::TextMeasure& measure) {
  return [&measure](std::string_view text, float size, bool bold) {
    return measure.Width(FaceOf(bold), size, text);
  };
}

pdf::Drawing ChartDrawing(const chart::Chart& chart, const PrintStyle& style,
                          pdf::TextMeasure& measure) {
  pdf::Drawing drawing;
  drawing.width = chart.width;
  drawing.height = chart.height;
  drawing.alt = chart.description;
  for (const chart::Primitive& item : chart.items) {
    if (const auto* r = std::get_if<chart::Rect>(&item)) {
      drawing.ops.push_back(
          pdf::RectOp{r->x, r->y, r->width, r->height, ChartInkColor(r->fill, style), std::nullopt});
    } else if (const auto* l = std::get_if<chart::Line>(&item)) {
      // The grid only helps the eye: an artifact inside the figure.
      drawing.ops.push_back(pdf::LineOp{l->x1, l->y1, l->x2, l->y2, ChartInkColor(l->ink, style), l->width, l->dash,
                                        l->ink == chart::Ink::kGrid ? pdf::kArtifact : pdf::kUntagged});
    } else if (const auto* t = std::get_if<chart::Text>(&item)) {
      pdf::Face face = FaceOf(t->bold);
      float x = t->x;
      if (t->anchor != chart::Anchor::kStart) {
        float w = measure.Width(face, t->size, t->text);
        x -= t->anchor == chart::Anchor::kEnd ? w : w / 2;
      }
      drawing.ops.push_back(
          pdf::TextOp{x, t->baseline, face, t->size, ChartInkColor(t->ink, style), t->text});
    }
  }
  return drawing;
}

}  // namespace klynge
