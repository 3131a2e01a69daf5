#include "render/pptx/deck_pdf.h"

#include "render/pptx/slide_layout.h"

namespace klynge::deck {

namespace {

pdf::Face FaceOf(const TextBox& t) {
  if (t.bold) return t.italic ? pdf::Face::kBoldItalic : pdf::Face::kBold;
  return t.italic ? pdf::Face::kItalic : pdf::Face::kRegular;
}

void Draw(const Shape& shape, pdf::PdfDocument& doc, std::vector<pdf::DrawOp>* ops) {
  if (const auto* r = std::get_if<Rect>(&shape)) {
    ops->push_back(pdf::RectOp{r->x, r->y, r->width, r->height, r->fill, std::nullopt});
  } else if (const auto* l = std::get_if<Line>(&shape)) {
    ops->push_back(pdf::LineOp{l->x1, l->y1, l->x2, l->y2, l->color, l->width, l->dash});
  } else {
    const TextBox& t = std::get<TextBox>(shape);
    float baseline = t.y + t.size * kAscent;
    for (const std::string& paragraph : t.paragraphs) {
      std::vector<std::string> lines = t.wrap ? WrapLines(paragraph, t.size, t.bold, t.italic, t.width, doc)
                                              : std::vector<std::string>{paragraph};
      for (const std::string& line : lines) {
        float x = t.x;
        if (t.align != Align::kLeft) {
          float w = doc.Width(FaceOf(t), t.size, line);
          x += t.align == Align::kRight ? t.width - w : (t.width - w) / 2;
        }
        ops->push_back(pdf::TextOp{x, baseline, FaceOf(t), t.size, t.color, line});
        baseline += t.size * kLeading;
      }
    }
  }
}

}  // namespace

void DrawDeck(const Deck& deck, pdf::PdfDocument& doc) {
  for (const Slide& slide : deck.slides) {
    std::vector<pdf::DrawOp> ops;
    for (const Item& item : slide.items) {
      if (const auto* g = std::get_if<Group>(&item)) {
        for (const Shape& s : g->shapes) Draw(s, doc, &ops);
        continue;
      }
      std::visit([&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (!std::is_same_v<T, Group>) Draw(Shape{v}, doc, &ops);
      }, item);
    }
    doc.AddPage(kSlideWidth, kSlideHeight, ops);
  }
}

}  // namespace klynge::deck
