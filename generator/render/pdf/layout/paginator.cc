#include "render/pdf/layout/paginator.h"

namespace klynge::pdf {

namespace {

constexpr float kSlack = 0.01f;

// For each box, the height of the boxes after it in its keep-with-next
// chain: one pass from the end, so a long chain (a deep panel) costs no more
// than a short one per box.
std::vector<double> ChainRests(const std::vector<Box>& boxes) {
  std::vector<double> rest(boxes.size(), 0);
  for (size_t i = boxes.size(); i-- > 1;) {
    const Box& next = boxes[i];
    if (boxes[i - 1].keep_with_next && !next.page_break) rest[i - 1] = next.space_before + next.height + rest[i];
  }
  return rest;
}

}  // namespace

std::vector<PageBoxes> Paginate(const std::vector<Box>& boxes, float body_height) {
  std::vector<PageBoxes> pages(1);
  std::vector<double> chain_rest = ChainRests(boxes);
  float y = 0;
  bool fresh = true;  // nothing on the page but a repeated header
  auto new_page = [&](const Box* next) {
    pages.emplace_back();
    y = 0;
    fresh = true;
    if (next && next->repeat) {
      for (const Box& header : *next->repeat) {
        pages.back().boxes.push_back(PlacedBox{&header, y});
        y += header.height;
      }
    }
  };
  for (size_t i = 0; i < boxes.size(); ++i) {
    const Box& box = boxes[i];
    if (box.page_break) {
      if (!pages.back().boxes.empty()) new_page(nullptr);
      continue;
    }
    float space = fresh ? 0 : box.space_before;
    // Height from the top of this box through the end of its chain.
    float need = static_cast<float>(space + box.height + chain_rest[i]);
    // A chain longer than a page cannot stay together: only the box must fit.
    if (need > body_height) need = space + box.height;
    if (!fresh && y + need > body_height + kSlack) {
      new_page(&box);
      space = 0;
    }
    pages.back().boxes.push_back(PlacedBox{&box, y + space});
    y += space + box.height;
    fresh = false;
  }
  return pages;
}

}  // namespace klynge::pdf
