#pragma once
// Places boxes on pages: honours keep-with-next chains (loose ones only while
// the page is at least half full), drops spacing at the
// top of a page, forced page breaks, and repeats section headings and table
// headers on the pages they continue onto.

#include <vector>

#include "render/pdf/layout/draw_ops.h"

namespace klynge::pdf {

struct PlacedBox {
  const Box* box = nullptr;
  float y = 0;  // from the top of the page body
};

struct PageBoxes {
  std::vector<PlacedBox> boxes;
};

// Boxes must outlive the result (it points into them and their headers).
// Always returns at least one page.
std::vector<PageBoxes> Paginate(const std::vector<Box>& boxes, float body_height);

}  // namespace klynge::pdf
