#include "render/pdf/layout/paginator.h"

namespace klynge::pdf {

namespace {

constexpr float kSlack = 0.01f;

// For each box, the height of the boxes after it in its keep-with-next
// chain: one pass from the end, so a long chain (a deep panel) costs no more
// than a short one per box. With `firm_only` the chain ends at a loose keep.
std::vector<double> ChainRests(const std::vector<Box>& boxes, bool firm_only) {
  std::vector<double> rest(boxes.size(), 0);
  for (size_t i = boxes.size(); i-- > 1;) {
    const Box& next = boxes[i];
    const Box& box = boxes[i - 1];
    if (box.keep_with_next && !next.page_break && !(firm_only && box.keep_loosely))
      rest[i - 1] = next.space_before + next.height + rest[i];
  }
  return rest;
}

}  // namespace

std::vector<PageBoxes> Paginate(const std::vector<Box>& boxes, float body_height) {
  std::vector<PageBoxes> pages(1);
  std::vector<double> chain_rest = ChainRests(boxes, false);
  std::vector<double> firm_rest = ChainRests(boxes, true);
  float y = 0;
  bool fresh = true;  // nothing on the page but a repeated header
  // Boxes up to here are placed without a check: a firm chain begun on a
  // page under half full, its loose keeps set aside.
  size_t committed = 0;
  auto place_all = [&](const std::shared_ptr<const std::vector<Box>>& header) {
    if (!header) return;
    for (const Box& h : *header) {
      pages.back().boxes.push_back(PlacedBox{&h, y});
      y += h.height;
    }
  };
  auto new_page = [&](const Box* next) {
    pages.emplace_back();
    y = 0;
    fresh = true;
    if (next) {
      place_all(next->continued);
      place_all(next->repeat);
    }
  };
  for (size_t i = 0; i < boxes.size(); ++i) {
    const Box& box = boxes[i];
    if (box.page_break) {
      if (!pages.back().boxes.empty()) new_page(nullptr);
      continue;
    }
    float space = fresh ? 0 : box.space_before;
    if (!fresh && i >= committed) {
      // Height from the top of this box through the end of its chain; a
      // chain longer than a page cannot stay together: only the box must fit.
      auto need = [&](const std::vector<double>& rest) {
        float n = static_cast<float>(space + box.height + rest[i]);
        return n > body_height ? space + box.height : n;
      };
      bool fits = y + need(chain_rest) <= body_height + kSlack;
      // Rather than leave a page under half full, loose keeps give way.
      if (!fits && y < body_height / 2 && y + need(firm_rest) <= body_height + kSlack) {
        fits = true;
        size_t end = i;
        if (y + space + box.height + firm_rest[i] <= body_height + kSlack)
          while (end + 1 < boxes.size() && boxes[end].keep_with_next && !boxes[end].keep_loosely &&
                 !boxes[end + 1].page_break)
            ++end;
        committed = end + 1;
      }
      if (!fits) {
        new_page(&box);
        space = 0;
      }
    }
    pages.back().boxes.push_back(PlacedBox{&box, y + space});
    y += space + box.height;
    fresh = false;
  }
  return pages;
}

}  // namespace klynge::pdf
