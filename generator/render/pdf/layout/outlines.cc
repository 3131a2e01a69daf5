#include "render/pdf/layout/outlines.h"

#include <algorithm>
#include <utility>

#include "render/pdf/layout/pdf_document.h"
#include "render/pdf/layout/pdf_objects.h"

namespace klynge::pdf {

namespace {

// A bookmark titled `title` that opens `page` with `top` (PDF space) at the top of the window.
HPDF_Outline Bookmark(HPDF_Doc doc, HPDF_Outline parent, const std::string& title, HPDF_Page page, float top) {
  HPDF_Outline item = HPDF_CreateOutline(doc, parent, "", nullptr);
  HPDF_Dict_Add(item, "Title", TextString(doc->mmgr, PrintableText(title)));
  // [page /XYZ 0 top null]: null keeps the reader's zoom, which libharu's
  // HPDF_Destination_SetXYZ refuses to write.
  HPDF_Array destination = HPDF_Array_New(doc->mmgr);
  HPDF_Dict_Add(item, "Dest", destination);
  HPDF_Array_Add(destination, page);
  HPDF_Array_AddName(destination, "XYZ");
  HPDF_Array_AddReal(destination, 0);
  HPDF_Array_AddReal(destination, top);
  HPDF_Array_Add(destination, HPDF_Null_New(doc->mmgr));
  HPDF_Outline_SetOpened(item, HPDF_TRUE);
  return item;
}

std::string OneLine(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

}  // namespace

void WriteOutlines(HPDF_Doc doc, const StructureTree& tree, const std::vector<HPDF_Page>& pages,
                   const std::vector<float>& heights, const std::string& title) {
  if (pages.size() < 2) return;
  // The open bookmarks by level: a heading nests under the last one above its level.
  std::vector<std::pair<int, HPDF_Outline>> open;
  int made = 0;
  for (Tag t : tree.Headings()) {
    const StructureElement& e = tree.at(t);
    if (e.page < 0 || e.page >= static_cast<int>(pages.size()) || e.text.empty()) continue;
    int level = HeadingLevel(e.role);
    while (!open.empty() && open.back().first >= level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
    float top = std::clamp(heights[e.page] - e.top + 6, 0.0f, heights[e.page]);
    open.emplace_back(level, Bookmark(doc, parent, OneLine(e.text), pages[e.page], top));
    ++made;
  }
  if (made == 0) Bookmark(doc, nullptr, title, pages[0], heights[0]);
  HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
  ThrowOnError(doc);
}

}  // namespace klynge::pdf
