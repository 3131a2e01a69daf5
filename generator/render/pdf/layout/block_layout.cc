#include "render/pdf/layout/block_layout.h"

#include <algorithm>

namespace klynge::pdf {

namespace {

Spacing SpacingOf(const Block& block) {
  return std::visit(
      [](const auto& b) -> Spacing {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, PageBreak>) {
          return Spacing{};
        } else if constexpr (std::is_same_v<T, WritingLines>) {
          return b.space;
        } else {
          return b.spacing;
        }
      },
      block.content);
}

float AlignOffset(Align align, float available, float used) {
  if (align == Align::kCenter) return (available - used) / 2;
  if (align == Align::kRight) return available - used;
  return 0;
}

// Open Sans: capitals are 0.714 em tall; centring them looks centred.
constexpr float kHalfCapHeight = 0.357f;

Box BlankBox(float height) {
  Box box;
  box.height = height;
  return box;
}

}  // namespace

float BaselineIn(float height, float size) { return height / 2 + kHalfCapHeight * size; }

std::vector<Box> BlockLayout::LayOut(const std::vector<Block>& blocks, float width) {
  std::vector<Box> out;
  float after = 0;
  for (const Block& block : blocks) {
    std::vector<Box> boxes = LayOut(block, width);
    Spacing spacing = SpacingOf(block);
    if (!boxes.empty()) {
      Box& first = boxes.front();
      first.space_before = std::max({first.space_before, after, spacing.before});
      after = spacing.after;
    }
    for (Box& box : boxes) out.push_back(std::move(box));
  }
  return out;
}

std::vector<Box> BlockLayout::LayOut(const Block& block, float width) {
  return std::visit(
      [&](const auto& b) -> std::vector<Box> {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, Table>) {
          return LayOutTable(b, width, *this);
        } else if constexpr (std::is_same_v<T, PageBreak>) {
          Box box;
          box.page_break = true;
          return {box};
        } else {
          return LayOut(b, width);
        }
      },
      block.content);
}

std::vector<Box> BlockLayout::LayOut(const Paragraph& p, float width) {
  std::vector<Line> lines = BreakLines(p.spans, p.size, width, doc_);
  float height = p.size * p.leading;
  float baseline = BaselineIn(height, p.size);
  std::vector<Box> boxes;
  for (const Line& line : lines) {
    Box box;
    box.height = height;
    float x0 = AlignOffset(p.align, width, line.width);
    for (const LineRun& run : line.runs) {
      const Span& span = p.spans[run.span];
      Color color = span.color ? *span.color : span.link.empty() ? p.color : p.link_color;
      box.ops.push_back(TextOp{x0 + run.x, baseline, span.face, p.size, color, run.text});
      if (!span.link.empty()) {
        float underline = baseline + p.size * 0.12f;
        box.ops.push_back(LineOp{x0 + run.x, underline, x0 + run.x + run.width, underline, color, p.size * 0.05f});
        box.ops.push_back(LinkOp{x0 + run.x, 0, run.width, height, span.link});
      }
    }
    boxes.push_back(std::move(box));
  }
  // No single line left alone at the foot or the head of a page.
  size_t n = boxes.size();
  if (n >= 2) boxes[0].keep_with_next = true;
  if (n >= 3) boxes[n - 2].keep_with_next = true;
  if (p.keep_with_next)
    for (Box& box : boxes) box.keep_with_next = true;
  return boxes;
}

std::vector<Box> BlockLayout::LayOut(const List& list, float width) {
  std::vector<Box> out;
  float inner = std::max(width - list.indent, width * 0.25f);
  float indent = width - inner;
  float gap = list.marker_size * 0.45f;
  for (size_t i = 0; i < list.items.size(); ++i) {
    const ListItem& item = list.items[i];
    std::vector<Box> boxes = LayOut(item.blocks, inner);
    if (boxes.empty()) boxes.push_back(BlankBox(list.marker_size * 1.4f));
    for (Box& box : boxes)
      for (DrawOp& op : box.ops) Translate(&op, indent, 0);
    Box& first = boxes.front();
    first.space_before = i == 0 ? 0 : list.item_gap;
    float baseline = BaselineIn(first.height, list.marker_size);
    for (const DrawOp& op : first.ops)
      if (const TextOp* text = std::get_if<TextOp>(&op)) {
        baseline = text->baseline;
        break;
      }
    float right = indent - gap;
    if (item.tick_box) {
      float side = list.marker_size * 0.8f;
      float top = baseline - kHalfCapHeight * list.marker_size - side / 2;
      first.ops.push_back(RectOp{right - side, top, side, side, std::nullopt, list.marker_color,
                                 list.marker_size * 0.07f});
      if (item.checked) {
        float w = list.marker_size * 0.1f;
        first.ops.push_back(LineOp{right - side * 0.8f, top + side * 0.5f, right - side * 0.55f,
                                   top + side * 0.78f, list.marker_color, w});
        first.ops.push_back(LineOp{right - side * 0.55f, top + side * 0.78f, right - side * 0.15f,
                                   top + side * 0.22f, list.marker_color, w});
      }
    } else {
      std::string marker = list.kind == List::Kind::kBullet
                               ? "•"
                               : std::to_string(list.start + static_cast<int>(i)) + ".";
      float w = doc_.Width(Face::kRegular, list.marker_size, marker);
      first.ops.push_back(TextOp{right - w, baseline, Face::kRegular, list.marker_size, list.marker_color, marker});
    }
    for (Box& box : boxes) out.push_back(std::move(box));
  }
  return out;
}

std::vector<Box> BlockLayout::LayOut(const Image& image, float width) {
  ImageSize px = doc_.SizeOf(image.image);
  if (image.image < 0 || px.width <= 0 || px.height <= 0) return {};
  float w = px.width * 72.0f / image.dpi, h = px.height * 72.0f / image.dpi;
  float max_h = image.max_height > 0 ? std::min(image.max_height, body_height_) : body_height_ * 0.5f;
  float scale = std::min({1.0f, width / w, max_h / h});
  w *= scale;
  h *= scale;
  Box box;
  box.height = h;
  box.ops.push_back(ImageOp{AlignOffset(image.align, width, w), 0, w, h, image.image});
  return {box};
}

std::vector<Box> BlockLayout::LayOut(const WritingLines& lines, float width) {
  std::vector<Box> boxes;
  for (int i = 0; i < lines.count; ++i) {
    Box box;
    box.height = lines.spacing;
    box.ops.push_back(LineOp{0, lines.spacing, width, lines.spacing, lines.color, lines.line_width});
    boxes.push_back(std::move(box));
  }
  return boxes;
}

std::vector<Box> BlockLayout::LayOut(const Rule& rule, float width) {
  Box box;
  box.height = rule.width;
  box.ops.push_back(LineOp{0, rule.width / 2, width, rule.width / 2, rule.color, rule.width});
  return {box};
}

std::vector<Box> BlockLayout::LayOut(const Panel& panel, float width) {
  float bar = panel.bar ? panel.bar_width + panel.padding : 0;
  float inner = std::max(width - 2 * panel.padding - bar, width * 0.25f);
  std::vector<Box> content = LayOut(panel.blocks, inner);
  if (!content.empty()) content.front().space_before = 0;
  auto decorate = [&](Box* box) {
    std::vector<DrawOp> ops;
    if (panel.fill) ops.push_back(RectOp{0, 0, width, box->height, panel.fill, std::nullopt});
    if (panel.bar) ops.push_back(RectOp{0, 0, panel.bar_width, box->height, panel.bar, std::nullopt});
    for (DrawOp& op : box->ops) ops.push_back(std::move(op));
    box->ops = std::move(ops);
  };
  std::vector<Box> out;
  Box top = BlankBox(panel.padding);
  top.keep_with_next = true;
  decorate(&top);
  out.push_back(std::move(top));
  for (Box& box : content) {
    // Inside the panel, space is part of the shaded box, not a droppable gap.
    float shift = box.space_before;
    for (DrawOp& op : box.ops) Translate(&op, panel.padding + bar, shift);
    box.height += shift;
    box.space_before = 0;
    decorate(&box);
    out.push_back(std::move(box));
  }
  if (out.size() > 1) out.back().keep_with_next = true;
  Box bottom = BlankBox(panel.padding);
  decorate(&bottom);
  out.push_back(std::move(bottom));
  return out;
}

std::vector<Box> BlockLayout::LayOut(const Drawing& drawing, float width) {
  Box box;
  box.height = drawing.height;
  box.keep_with_next = drawing.keep_with_next;
  AppendOps(drawing.ops, AlignOffset(drawing.align, width, drawing.width), 0, &box.ops);
  return {box};
}

TextExtent BlockLayout::Extent(const std::vector<Block>& blocks) {
  TextExtent extent;
  for (const Block& block : blocks) {
    TextExtent e = Extent(block);
    extent.min = std::max(extent.min, e.min);
    extent.max = std::max(extent.max, e.max);
  }
  return extent;
}

TextExtent BlockLayout::Extent(const Block& block) {
  return std::visit(
      [&](const auto& b) -> TextExtent {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, Paragraph>) {
          return MeasureSpans(b.spans, b.size, doc_);
        } else if constexpr (std::is_same_v<T, List>) {
          TextExtent e;
          for (const ListItem& item : b.items) {
            TextExtent i = Extent(item.blocks);
            e.min = std::max(e.min, i.min + b.indent);
            e.max = std::max(e.max, i.max + b.indent);
          }
          return e;
        } else if constexpr (std::is_same_v<T, Panel>) {
          TextExtent e = Extent(b.blocks);
          float pad = 2 * b.padding + (b.bar ? b.bar_width + b.padding : 0);
          return TextExtent{e.min + pad, e.max + pad};
        } else if constexpr (std::is_same_v<T, Drawing>) {
          return TextExtent{b.width, b.width};
        } else if constexpr (std::is_same_v<T, Image>) {
          float w = doc_.SizeOf(b.image).width * 72.0f / b.dpi;
          return TextExtent{std::min(w, 72.0f), w};
        } else if constexpr (std::is_same_v<T, Table>) {
          TextExtent e;
          for (const TableRow& row : b.rows) {
            TextExtent r;
            for (const TableCell& cell : row.cells) {
              TextExtent c = Extent(cell.blocks);
              r.min += c.min + 2 * b.padding;
              r.max += c.max + 2 * b.padding;
            }
            e.min = std::max(e.min, r.min);
            e.max = std::max(e.max, r.max);
          }
          return e;
        } else {
          return TextExtent{};
        }
      },
      block.content);
}

}  // namespace klynge::pdf
