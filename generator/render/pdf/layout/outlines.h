#pragma once
// Bookmarks for a libharu document of two or more pages: one per heading of
// the structure tree, nested by level, open when the document opens (a
// document without headings gets one for its title). Throws HpdfFailure.

#include <hpdf.h>

#include <string>
#include <vector>

#include "render/pdf/layout/structure_tree.h"

namespace klynge::pdf {

// `heights`: each page's height, to turn a heading's top into PDF space.
void WriteOutlines(HPDF_Doc doc, const StructureTree& tree, const std::vector<HPDF_Page>& pages,
                   const std::vector<float>& heights, const std::string& title);

}  // namespace klynge::pdf
