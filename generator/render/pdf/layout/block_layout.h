#pragma once
// Turns blocks into boxes for a given width: lines of text, list items with
// their markers, images scaled to fit, panels, tables (table_layout.h).
//
// Work is linear in the blocks however deeply they nest: every box is made
// once, at its final x, and a panel's background and bar are one band over
// its boxes, not a copy in each of them.

#include <memory>
#include <optional>
#include <vector>

#include "render/pdf/layout/blocks.h"
#include "render/pdf/layout/draw_ops.h"
#include "render/pdf/layout/pdf_document.h"

namespace klynge::pdf {

// A panel's fill and bar behind boxes [first, end) of a column: drawn once
// for each page (or table-row slice) the boxes land on.
struct Band {
  size_t first = 0, end = 0;
  float inset = 0;  // from the first box's top: space above the panel made part of that box
  float x = 0, width = 0;
  std::optional<Color> fill;
  std::optional<Color> bar;
  float bar_width = 0;
};

// A heading in a column: boxes [first, end), and for a section heading the
// boxes that say it again atop a page its section continues on (artifacts).
struct HeadingMark {
  size_t first = 0, end = 0;
  int level = 0;
  std::shared_ptr<const std::vector<Box>> continued;
};

// Laid-out blocks: boxes from top to bottom and the bands behind them,
// outer bands before the bands nested in them, and the top-level headings.
struct Column {
  std::vector<Box> boxes;
  std::vector<Band> bands;
  std::vector<HeadingMark> headings;
};

// Gives each box of a section the section heading's `continued` boxes, from
// after the heading up to the next heading of its level or above.
void MarkSections(Column* column);

// Where the boxes of a column landed: page (or slice) and top of each box,
// page -1 for a box that was not placed (a page-break marker).
struct Placement {
  std::vector<int> page;
  std::vector<float> top;
};

// The band rectangles of `column` for each of `pages` pages, outer bands
// first, in the coordinates of `placed.top`. Draw them before the boxes.
std::vector<std::vector<DrawOp>> BandOps(const Column& column, const Placement& placed, int pages);

class BlockLayout {
 public:
  // `body_height` is the height of a page's text area: nothing taller is made.
  BlockLayout(PdfDocument& doc, float body_height) : doc_(doc), body_height_(body_height) {}

  // `blocks` stacked in a column `width` points wide, their structure
  // elements under `parent` in the document's StructureTree; rules, fills,
  // writing lines and tick boxes are artifacts.
  Column LayOut(const std::vector<Block>& blocks, float width, Tag parent = StructureTree::kRoot);
  // The narrowest and widest sensible widths of `blocks`, for table columns.
  TextExtent Extent(const std::vector<Block>& blocks);

  PdfDocument& doc() { return doc_; }
  float body_height() const { return body_height_; }

 private:
  // Where blocks go: `x` from the column's left edge, `width` wide; inside a
  // panel (`solid`) the space between boxes is part of the boxes.
  struct Frame {
    float x = 0;
    float width = 0;
    bool solid = false;
    Tag parent = StructureTree::kRoot;  // the structure element the blocks belong to
  };

  void Add(const std::vector<Block>& blocks, Frame frame, Column* out);
  // Puts `space` above box `box`; inside a panel (`solid`) the space becomes
  // part of the box, so the enclosing band runs on without a gap, and the
  // bands from `first_band` on that start at the box start below it.
  static void SetSpaceBefore(Column* out, size_t box, size_t first_band, float space, bool solid);
  void Add(const Block& block, Frame frame, Column* out);
  void Add(const Paragraph& p, Frame frame, Column* out);
  void Add(const List& list, Frame frame, Column* out);
  void Add(const Image& image, Frame frame, Column* out);
  void Add(const WritingLines& lines, Frame frame, Column* out);
  void Add(const Rule& rule, Frame frame, Column* out);
  void Add(const Panel& panel, Frame frame, Column* out);
  void Add(const Drawing& drawing, Frame frame, Column* out);
  std::shared_ptr<const std::vector<Box>> ContinuedHeading(const Paragraph& p, Frame frame);
  TextExtent Extent(const Block& block);

  PdfDocument& doc_;
  float body_height_;
};

// Table rows as boxes `x` points from the left, a Table element under
// `parent`; header rows come again after every page break.
std::vector<Box> LayOutTable(const Table& table, float x, float width, Tag parent, BlockLayout& layout);

// Where a line of text at `size` in a line `height` tall puts its baseline:
// capitals sit centred in the line.
float BaselineIn(float height, float size);

}  // namespace klynge::pdf
