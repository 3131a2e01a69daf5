#pragma once
// Turns blocks into boxes for a given width: lines of text, list items with
// their markers, images scaled to fit, panels, tables (table_layout.h).

#include <vector>

#include "render/pdf/layout/blocks.h"
#include "render/pdf/layout/draw_ops.h"
#include "render/pdf/layout/pdf_document.h"

namespace klynge::pdf {

class BlockLayout {
 public:
  // `body_height` is the height of a page's text area: nothing taller is made.
  BlockLayout(PdfDocument& doc, float body_height) : doc_(doc), body_height_(body_height) {}

  // Boxes for `blocks` stacked in a column `width` points wide.
  std::vector<Box> LayOut(const std::vector<Block>& blocks, float width);
  // The narrowest and widest sensible widths of `blocks`, for table columns.
  TextExtent Extent(const std::vector<Block>& blocks);

  PdfDocument& doc() { return doc_; }
  float body_height() const { return body_height_; }

 private:
  std::vector<Box> LayOut(const Block& block, float width);
  std::vector<Box> LayOut(const Paragraph& p, float width);
  std::vector<Box> LayOut(const List& list, float width);
  std::vector<Box> LayOut(const Image& image, float width);
  std::vector<Box> LayOut(const WritingLines& lines, float width);
  std::vector<Box> LayOut(const Rule& rule, float width);
  std::vector<Box> LayOut(const Panel& panel, float width);
  std::vector<Box> LayOut(const Drawing& drawing, float width);
  TextExtent Extent(const Block& block);

  PdfDocument& doc_;
  float body_height_;
};

// Table rows as boxes; header rows come again after every page break.
std::vector<Box> LayOutTable(const Table& table, float width, BlockLayout& layout);

// Where a line of text at `size` in a line `height` tall puts its baseline:
// capitals sit centred in the line.
float BaselineIn(float height, float size);

}  // namespace klynge::pdf
