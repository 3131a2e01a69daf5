#include "render/pdf/layout/paginator.h"

namespace klynge::pdf {

namespace {

constexpr float kSlack = 0.01f;

// Height from the top of box i through the end of its keep-with-next chain.
float ChainHeight(const std::vector<Box>& boxes, size_t i, float first_space) {
  float need = first_space + boxes[i].height;
  for (size_t j = i; boxes[j].keep_with_next && j + 1 < boxes.size() && !boxes[j + 1].page_break; ++j)
    need += boxes[j + 1].space_before + boxes[j + 1].height;
  return need;
}

}  // namespace

std::vector<PageBoxes> Paginate(const std::vector<Box>& boxes, float body_height) {
  std::vector<PageBoxes> pages(1);
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
    float need = ChainHeight(boxes, i, space);
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
