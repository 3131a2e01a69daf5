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

std::vector<std::vector<DrawOp>> BandOps(const Column& column, const Placement& placed, int pages) {
  std::vector<std::vector<DrawOp>> ops(pages);
  if (column.bands.empty()) return ops;
  // The first and last box on each page: a band's part on a page runs between them.
  constexpr size_t kNone = static_cast<size_t>(-1);
  std::vector<size_t> first(pages, kNone), last(pages, 0);
  for (size_t i = 0; i < column.boxes.size(); ++i) {
    int p = placed.page[i];
    if (p < 0) continue;
    if (first[p] == kNone) first[p] = i;
    last[p] = i;
  }
  for (const Band& band : column.bands) {
    size_t a = band.first, b = band.end;
    while (a < b && placed.page[a] < 0) ++a;
    while (b > a && placed.page[b - 1] < 0) --b;
    if (a == b) continue;
    int pa = placed.page[a], pb = placed.page[b - 1];
    for (int p = pa; p <= pb; ++p) {
      if (first[p] == kNone) continue;
      size_t s = std::max(a, first[p]), e = std::min(b - 1, last[p]);
      if (s > e) continue;
      // On a page the band continues onto, it starts at the top, above any
      // repeated table header of its own.
      float top = p > pa ? 0 : placed.top[s] + (s == band.first ? band.inset : 0);
      float height = placed.top[e] + column.boxes[e].height - top;
      if (band.fill)
        ops[p].push_back(RectOp{band.x, top, band.width, height, band.fill, std::nullopt, 0.5f, kArtifact});
      if (band.bar)
        ops[p].push_back(RectOp{band.x, top, band.bar_width, height, band.bar, std::nullopt, 0.5f, kArtifact});
    }
  }
  return ops;
}

void BlockLayout::SetSpaceBefore(Column* out, size_t box, size_t first_band, float space, bool solid) {
  Box& b = out->boxes[box];
  if (!solid) {
    b.space_before = space;
    return;
  }
  b.space_before = 0;
  if (space == 0) return;
  for (DrawOp& op : b.ops) Translate(&op, 0, space);
  b.height += space;
  for (size_t i = first_band; i < out->bands.size() && out->bands[i].first == box; ++i) out->bands[i].inset += space;
}

Column BlockLayout::LayOut(const std::vector<Block>& blocks, float width, Tag parent) {
  Column out;
  Add(blocks, Frame{0, width, false, parent}, &out);
  return out;
}

void BlockLayout::Add(const std::vector<Block>& blocks, Frame frame, Column* out) {
  float after = 0;
  bool first_block = true;
  for (const Block& block : blocks) {
    size_t begin = out->boxes.size(), bands = out->bands.size();
    Add(block, frame, out);
    if (out->boxes.size() == begin) continue;
    Spacing spacing = SpacingOf(block);
    Box& first = out->boxes[begin];
    float space = std::max({first.space_before, after, spacing.before});
    // The first block's space is for the container to settle (a panel drops
    // it, a list item puts its gap there); the others' is final here.
    if (first_block) {
      first.space_before = space;
    } else {
      SetSpaceBefore(out, begin, bands, space, frame.solid);
    }
    first_block = false;
    after = spacing.after;
  }
}

void BlockLayout::Add(const Block& block, Frame frame, Column* out) {
  std::visit(
      [&](const auto& b) {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, Table>) {
          for (Box& box : LayOutTable(b, frame.x, frame.width, frame.parent, *this)) out->boxes.push_back(std::move(box));
        } else if constexpr (std::is_same_v<T, PageBreak>) {
          Box box;
          box.page_break = true;
          out->boxes.push_back(std::move(box));
        } else {
          Add(b, frame, out);
        }
      },
      block.content);
}

void BlockLayout::Add(const Paragraph& p, Frame frame, Column* out) {
  if (p.measure > 0) frame.width = std::min(frame.width, p.measure);
  bool heading = p.heading_breaks || (p.role >= Role::kH1 && p.role <= Role::kH6);
  std::vector<Line> lines =
      BreakLines(p.spans, p.size, frame.width, doc_, heading ? Hyphenate::kOverlongOnly : Hyphenate::kFill);
  float height = p.size * p.leading;
  float baseline = BaselineIn(height, p.size);
  size_t begin = out->boxes.size();
  StructureTree& tree = doc_.structure();
  std::string words;
  if (HeadingLevel(p.role))
    for (const Span& span : p.spans) words += span.text;
  Tag tag = tree.Add(frame.parent, p.role, std::move(words));
  std::vector<Tag> links(p.spans.size(), kUntagged);  // a Link element per linked span, on first use
  for (const Line& line : lines) {
    Box box;
    box.height = height;
    float x0 = frame.x + AlignOffset(p.align, frame.width, line.width);
    for (const LineRun& run : line.runs) {
      const Span& span = p.spans[run.span];
      Color color = span.color ? *span.color : span.link.empty() ? p.color : p.link_color;
      Tag& link = links[run.span];
      if (!span.link.empty() && link == kUntagged) link = tree.Add(tag, Role::kLink);
      box.ops.push_back(TextOp{x0 + run.x, baseline, span.face, p.size, color, run.text, span.link.empty() ? tag : link});
      if (!span.link.empty()) {
        float underline = baseline + p.size * 0.12f;
        box.ops.push_back(LineOp{x0 + run.x, underline, x0 + run.x + run.width, underline, color, p.size * 0.05f, 0,
                                 kArtifact});
        box.ops.push_back(LinkOp{x0 + run.x, 0, run.width, height, span.link, link, span.text});
      }
    }
    out->boxes.push_back(std::move(box));
  }
  // No single line left alone at the foot or the head of a page.
  Box* boxes = out->boxes.data() + begin;
  size_t n = out->boxes.size() - begin;
  if (n >= 2) boxes[0].keep_with_next = true;
  if (n >= 3) boxes[n - 2].keep_with_next = true;
  if (p.keep_with_next)
    for (size_t i = 0; i < n; ++i) boxes[i].keep_with_next = true;
  if (n > 0) boxes[n - 1].keep_loosely = p.keep_loosely;
  if (int level = HeadingLevel(p.role); level > 0 && frame.parent == StructureTree::kRoot) {
    HeadingMark mark{begin, out->boxes.size(), level, nullptr};
    if (!p.continued.empty()) mark.continued = ContinuedHeading(p, frame);
    out->headings.push_back(std::move(mark));
  }
}

// The heading said again, as artifacts: it was read where it first stood.
std::shared_ptr<const std::vector<Box>> BlockLayout::ContinuedHeading(const Paragraph& p, Frame frame) {
  auto boxes = std::make_shared<std::vector<Box>>();
  std::vector<Span> spans{Span{p.continued, p.spans.empty() ? Face::kBold : p.spans.front().face}};
  Color color = p.spans.empty() ? p.color : p.spans.front().color.value_or(p.color);
  float height = p.size * p.leading;
  for (const Line& line : BreakLines(spans, p.size, frame.width, doc_)) {
    Box box;
    box.height = height;
    float x0 = frame.x + AlignOffset(p.align, frame.width, line.width);
    for (const LineRun& run : line.runs)
      box.ops.push_back(TextOp{x0 + run.x, BaselineIn(height, p.size), spans[run.span].face, p.size, color,
                               run.text, kArtifact});
    boxes->push_back(std::move(box));
  }
  if (!boxes->empty()) boxes->back().height += std::max(p.spacing.after, p.size * 0.5f);
  return boxes;
}

void MarkSections(Column* column) {
  const std::vector<HeadingMark>& marks = column->headings;
  for (size_t m = 0; m < marks.size(); ++m) {
    if (!marks[m].continued) continue;
    size_t end = column->boxes.size();
    for (size_t n = m + 1; n < marks.size(); ++n)
      if (marks[n].level <= marks[m].level) {
        end = marks[n].first;
        break;
      }
    for (size_t i = marks[m].end; i < end; ++i) column->boxes[i].continued = marks[m].continued;
  }
}

void BlockLayout::Add(const List& list, Frame frame, Column* out) {
  float inner = std::max(frame.width - list.indent, frame.width * 0.25f);
  float indent = frame.width - inner;
  float gap = list.marker_size * 0.45f;
  StructureTree& tree = doc_.structure();
  Tag l = tree.Add(frame.parent, Role::kL);
  for (size_t i = 0; i < list.items.size(); ++i) {
    const ListItem& item = list.items[i];
    size_t begin = out->boxes.size(), bands = out->bands.size();
    Tag li = tree.Add(l, Role::kLI);
    // The label before the body, as they are read; a tick box is an artifact.
    Tag label = item.tick_box ? kArtifact : tree.Add(li, Role::kLbl);
    Add(item.blocks, Frame{frame.x + indent, inner, frame.solid, tree.Add(li, Role::kLBody)}, out);
    if (out->boxes.size() == begin) out->boxes.push_back(BlankBox(list.marker_size * 1.4f));
    Box& first = out->boxes[begin];
    float baseline = BaselineIn(first.height, list.marker_size);
    for (const DrawOp& op : first.ops)
      if (const TextOp* text = std::get_if<TextOp>(&op)) {
        baseline = text->baseline;
        break;
      }
    float right = frame.x + indent - gap;
    // The marker is painted first, so the label comes first in reading order.
    std::vector<DrawOp> marker_ops;
    if (item.tick_box) {
      float side = list.marker_size * 0.8f;
      float top = baseline - kHalfCapHeight * list.marker_size - side / 2;
      marker_ops.push_back(RectOp{right - side, top, side, side, std::nullopt, list.marker_color,
                                  list.marker_size * 0.07f, kArtifact});
      if (item.checked) {
        float w = list.marker_size * 0.1f;
        marker_ops.push_back(LineOp{right - side * 0.8f, top + side * 0.5f, right - side * 0.55f,
                                    top + side * 0.78f, list.marker_color, w, 0, kArtifact});
        marker_ops.push_back(LineOp{right - side * 0.55f, top + side * 0.78f, right - side * 0.15f,
                                    top + side * 0.22f, list.marker_color, w, 0, kArtifact});
      }
    } else {
      std::string marker = list.kind == List::Kind::kBullet
                               ? "•"
                               : std::to_string(list.start + static_cast<int>(i)) + ".";
      float w = doc_.Width(Face::kRegular, list.marker_size, marker);
      marker_ops.push_back(
          TextOp{right - w, baseline, Face::kRegular, list.marker_size, list.marker_color, marker, label});
    }
    first.ops.insert(first.ops.begin(), marker_ops.begin(), marker_ops.end());
    // The first item's space is the list's, for its container to settle.
    if (i == 0) {
      first.space_before = 0;
    } else {
      SetSpaceBefore(out, begin, bands, list.item_gap, frame.solid);
    }
  }
}

void BlockLayout::Add(const Image& image, Frame frame, Column* out) {
  ImageSize px = doc_.SizeOf(image.image);
  if (image.image < 0 || px.width <= 0 || px.height <= 0) return;
  float w = px.width * 72.0f / image.dpi, h = px.height * 72.0f / image.dpi;
  float max_h = image.max_height > 0 ? std::min(image.max_height, body_height_) : body_height_ * 0.5f;
  float scale = std::min({1.0f, frame.width / w, max_h / h});
  w *= scale;
  h *= scale;
  Box box;
  box.height = h;
  Tag tag = image.alt.empty() ? kArtifact : doc_.structure().Add(frame.parent, Role::kFigure, image.alt);
  box.ops.push_back(ImageOp{frame.x + AlignOffset(image.align, frame.width, w), 0, w, h, image.image, tag});
  out->boxes.push_back(std::move(box));
}

void BlockLayout::Add(const WritingLines& lines, Frame frame, Column* out) {
  for (int i = 0; i < lines.count; ++i) {
    Box box;
    box.height = lines.spacing;
    box.ops.push_back(
        LineOp{frame.x, lines.spacing, frame.x + frame.width, lines.spacing, lines.color, lines.line_width, 0,
               kArtifact});
    out->boxes.push_back(std::move(box));
  }
}

void BlockLayout::Add(const Rule& rule, Frame frame, Column* out) {
  Box box;
  box.height = rule.width;
  box.ops.push_back(
      LineOp{frame.x, rule.width / 2, frame.x + frame.width, rule.width / 2, rule.color, rule.width, 0, kArtifact});
  out->boxes.push_back(std::move(box));
}

void BlockLayout::Add(const Panel& panel, Frame frame, Column* out) {
  float bar = panel.bar ? panel.bar_width + panel.padding : 0;
  float inner = std::max(frame.width - 2 * panel.padding - bar, frame.width * 0.25f);
  size_t band = out->bands.size();
  out->bands.push_back(Band{out->boxes.size(), 0, 0, frame.x, frame.width, panel.fill, panel.bar, panel.bar_width});
  Box top = BlankBox(panel.padding);
  top.keep_with_next = true;
  out->boxes.push_back(std::move(top));
  size_t content = out->boxes.size();
  // Inside the panel, space is part of the shaded boxes, not a droppable gap.
  Add(panel.blocks, Frame{frame.x + panel.padding + bar, inner, true, frame.parent}, out);
  if (out->boxes.size() > content) {
    out->boxes[content].space_before = 0;
    out->boxes.back().keep_with_next = true;
  }
  out->boxes.push_back(BlankBox(panel.padding));
  out->bands[band].end = out->boxes.size();
}

void BlockLayout::Add(const Drawing& drawing, Frame frame, Column* out) {
  Box box;
  box.height = drawing.height;
  box.keep_with_next = drawing.keep_with_next;
  box.keep_loosely = drawing.keep_loosely;
  AppendOps(drawing.ops, frame.x + AlignOffset(drawing.align, frame.width, drawing.width), 0, &box.ops);
  StructureTree& tree = doc_.structure();
  if (!drawing.alt.empty()) {
    TagUntagged(&box.ops, tree.Add(frame.parent, Role::kFigure, drawing.alt));
  } else {
    // Labels drawn by hand ("Klinik: ____") are still text to read.
    Tag text = kUntagged;
    for (DrawOp& op : box.ops) {
      if (TagOf(op) != kUntagged) continue;
      if (std::holds_alternative<TextOp>(op)) {
        if (text == kUntagged) text = tree.Add(frame.parent, Role::kP);
        SetTag(&op, text);
      } else {
        SetTag(&op, kArtifact);
      }
    }
  }
  out->boxes.push_back(std::move(box));
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
