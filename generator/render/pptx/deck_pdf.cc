#include "render/pptx/deck_pdf.h"

#include "render/pptx/slide_layout.h"

namespace klynge::deck {

namespace {

pdf::Face FaceOf(const TextBox& t) {
  if (t.bold) return t.italic ? pdf::Face::kBoldItalic : pdf::Face::kBold;
  return t.italic ? pdf::Face::kItalic : pdf::Face::kRegular;
}

// Draws `shape` with its ops tagged `tag`: a structure element, or kArtifact.
void Draw(const Shape& shape, pdf::Tag tag, pdf::PdfDocument& doc, std::vector<pdf::DrawOp>* ops) {
  if (const auto* r = std::get_if<Rect>(&shape)) {
    pdf::RectOp op{r->x, r->y, r->width, r->height, r->fill, std::nullopt};
    op.tag = tag;
    ops->push_back(op);
  } else if (const auto* l = std::get_if<Line>(&shape)) {
    pdf::LineOp op{l->x1, l->y1, l->x2, l->y2, l->color, l->width, l->dash};
    op.tag = tag;
    ops->push_back(op);
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
        pdf::TextOp op{x, baseline, FaceOf(t), t.size, t.color, line};
        op.tag = tag;
        ops->push_back(op);
        baseline += t.size * kLeading;
      }
    }
  }
}

std::string Joined(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const std::string& p : paragraphs) text += (text.empty() ? "" : " ") + p;
  return text;
}

}  // namespace

void DrawDeck(const Deck& deck, pdf::PdfDocument& doc) {
  pdf::StructureTree& structure = doc.structure();
  const pdf::Tag root = pdf::StructureTree::kRoot;
  for (const Slide& slide : deck.slides) {
    std::vector<pdf::DrawOp> ops;
    for (const Item& item : slide.items) {
      // A slide's title is its heading (and bookmark), a chart a Figure with
      // the chart's alt text, other text a paragraph; fills and rules are artifacts.
      if (const auto* g = std::get_if<Group>(&item)) {
        pdf::Tag figure = structure.Add(root, pdf::Role::kFigure, g->descr);
        for (const Shape& s : g->shapes) Draw(s, figure, doc, &ops);
      } else if (const auto* t = std::get_if<TextBox>(&item)) {
        Draw(*t, structure.Add(root, t->title ? pdf::Role::kH1 : pdf::Role::kP, Joined(t->paragraphs)), doc, &ops);
      } else if (const auto* r = std::get_if<Rect>(&item)) {
        Draw(*r, pdf::kArtifact, doc, &ops);
      } else {
        Draw(std::get<Line>(item), pdf::kArtifact, doc, &ops);
      }
    }
    doc.AddPage(kSlideWidth, kSlideHeight, ops);
  }
}

}  // namespace klynge::deck
