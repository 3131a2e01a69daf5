#include "render/pdf/layout/typeset.h"

#include <cmath>
#include <functional>

#include "render/pdf/layout/block_layout.h"
#include "render/pdf/layout/paginator.h"

namespace klynge::pdf {

PageSetup PageSetup::A4Portrait() { return Iso(4, false); }
PageSetup PageSetup::A4Landscape() { return Iso(4, true); }

PageSetup PageSetup::Iso(int n, bool landscape) {
  // A0 is 841 × 1189 mm; each next size halves the long side (rounded down to a mm).
  int short_mm = 841, long_mm = 1189;
  for (int i = 0; i < n; ++i) {
    int half = long_mm / 2;
    long_mm = short_mm;
    short_mm = half;
  }
  PageSetup setup;
  // Rounded to 1/100 pt so that the file says 595.28, as pdfinfo and printers expect.
  auto points = [](int mm) { return static_cast<float>(std::round(mm * 72.0 / 25.4 * 100) / 100); };
  float s = points(short_mm), l = points(long_mm);
  setup.width = landscape ? l : s;
  setup.height = landscape ? s : l;
  return setup;
}

void Typeset(PdfDocument& doc, const PageSetup& setup, const std::vector<Block>& blocks,
             const PageDecorator& decorate) {
  BlockLayout layout(doc, setup.body_height());
  Column column = layout.LayOut(blocks, setup.body_width());
  MarkSections(&column);
  const std::vector<Box>& boxes = column.boxes;
  std::vector<PageBoxes> pages = Paginate(boxes, setup.body_height());
  int count = static_cast<int>(pages.size());
  // Repeated table headers are placed too; they are not the column's boxes.
  Placement where{std::vector<int>(boxes.size(), -1), std::vector<float>(boxes.size(), 0)};
  std::less<const Box*> before;
  auto own = [&](const Box* box) {
    return !boxes.empty() && !before(box, boxes.data()) && before(box, boxes.data() + boxes.size());
  };
  for (int i = 0; i < count; ++i)
    for (const PlacedBox& placed : pages[i].boxes)
      if (own(placed.box)) {
        size_t index = static_cast<size_t>(placed.box - boxes.data());
        where.page[index] = i;
        where.top[index] = placed.y;
      }
  std::vector<std::vector<DrawOp>> bands = BandOps(column, where, count);
  for (int i = 0; i < count; ++i) {
    std::vector<DrawOp> ops;
    // Running headers and footers are artifacts.
    if (decorate) ops = decorate(i + 1, count, doc);
    TagUntagged(&ops, kArtifact);
    AppendOps(bands[i], setup.left, setup.top, &ops);
    for (const PlacedBox& placed : pages[i].boxes) {
      size_t first = ops.size();
      AppendOps(placed.box->ops, setup.left, setup.top + placed.y, &ops);
      // A table header repeated after a page break was read where it first stood.
      if (!own(placed.box))
        for (size_t k = first; k < ops.size(); ++k) SetTag(&ops[k], kArtifact);
    }
    doc.AddPage(setup.width, setup.height, ops);
  }
}

float MeasureHeight(PdfDocument& doc, const std::vector<Block>& blocks, float width, float body_height) {
  BlockLayout layout(doc, body_height);
  Column column = layout.LayOut(blocks, width);
  float height = 0;
  bool first = true;
  for (const Box& box : column.boxes) {
    height += (first ? 0 : box.space_before) + box.height;
    first = false;
  }
  return height;
}

}  // namespace klynge::pdf
