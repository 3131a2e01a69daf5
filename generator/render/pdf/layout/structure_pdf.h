#pragma once
// Writes a StructureTree into a libharu document: the StructTreeRoot, one
// StructElem per element, the ParentTree, /StructParents and /Tabs /S on
// every page, /StructParent on every link annotation. After the pages are
// drawn; throws HpdfFailure.

#include <hpdf.h>

#include <vector>

#include "render/pdf/layout/structure_tree.h"

namespace klynge::pdf {

// `pages` and `annotations` in the order the tree numbers them.
void WriteStructure(HPDF_Doc doc, const StructureTree& tree, const std::vector<HPDF_Page>& pages,
                    const std::vector<HPDF_Annotation>& annotations);

}  // namespace klynge::pdf
