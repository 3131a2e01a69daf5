#include "render/pdf/layout/structure_pdf.h"

#include "render/pdf/layout/pdf_objects.h"

namespace klynge::pdf {

namespace {

// A kid's reference to marked content: a plain MCID on the element's own
// page, a marked-content reference elsewhere.
void AddContentKid(HPDF_Doc doc, const StructureKid& kid, int element_page, const std::vector<HPDF_Page>& pages,
                   HPDF_Array kids) {
  if (kid.page == element_page) {
    HPDF_Array_AddNumber(kids, kid.value);
    return;
  }
  HPDF_Dict mcr = HPDF_Dict_New(doc->mmgr);
  HPDF_Array_Add(kids, mcr);
  HPDF_Dict_AddName(mcr, "Type", "MCR");
  HPDF_Dict_Add(mcr, "Pg", pages[kid.page]);
  HPDF_Dict_AddNumber(mcr, "MCID", kid.value);
}

// The element each element is written as: itself, or for a lone paragraph
// in a table cell or list body, that container (content may sit there
// directly; a cell with its paragraph would be two objects for one).
std::vector<Tag> WrittenAs(const StructureTree& tree) {
  std::vector<Tag> as(tree.size() + 1);
  for (Tag t = 1; t <= tree.size(); ++t) {
    as[t] = t;
    const StructureElement& e = tree.at(t);
    if (t == StructureTree::kRoot || !e.attached || e.role != Role::kP) continue;
    const StructureElement& parent = tree.at(e.parent);
    bool container = parent.role == Role::kTD || parent.role == Role::kTH || parent.role == Role::kLBody;
    if (container && parent.kids.size() == 1) as[t] = e.parent;
  }
  return as;
}

}  // namespace

void WriteStructure(HPDF_Doc doc, const StructureTree& tree, const std::vector<HPDF_Page>& pages,
                    const std::vector<HPDF_Annotation>& annotations) {
  HPDF_MMgr mmgr = doc->mmgr;
  HPDF_Dict root = IndirectDict(doc);
  HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
  // Every element is in the cross-reference table before anything refers to it.
  std::vector<Tag> as = WrittenAs(tree);
  std::vector<HPDF_Dict> dicts(tree.size(), nullptr);
  for (Tag t = 1; t <= tree.size(); ++t)
    if (tree.at(t).attached && as[t] == t) dicts[t - 1] = IndirectDict(doc);
  auto dict_of = [&](Tag t) { return dicts[as[t] - 1]; };
  auto page_of = [&](int page) -> HPDF_Page {
    return page >= 0 && page < static_cast<int>(pages.size()) ? pages[page] : nullptr;
  };
  for (Tag t = 1; t <= tree.size(); ++t) {
    const StructureElement& e = tree.at(t);
    HPDF_Dict dict = dicts[t - 1];
    if (!dict) continue;
    // /Type /StructElem is optional; with hundreds of elements a document is smaller without it.
    HPDF_Dict_AddName(dict, "S", RoleName(e.role));
    HPDF_Dict_Add(dict, "P", t == StructureTree::kRoot ? root : dict_of(e.parent));
    if (e.role == Role::kFigure && !e.text.empty()) HPDF_Dict_Add(dict, "Alt", TextString(mmgr, e.text));
    if (e.role == Role::kTH) {
      // Header cells head the column below them.
      HPDF_Dict attributes = HPDF_Dict_New(mmgr);
      HPDF_Dict_Add(dict, "A", attributes);
      HPDF_Dict_AddName(attributes, "O", "Table");
      HPDF_Dict_AddName(attributes, "Scope", "Column");
    }
    // A paragraph written as this element gives its kids instead.
    const std::vector<StructureKid>* own = &e.kids;
    if (e.kids.size() == 1 && e.kids[0].kind == StructureKid::Kind::kElement && as[e.kids[0].value] == t)
      own = &tree.at(e.kids[0].value).kids;
    // Only an element with marked content of its own needs a page for its MCIDs.
    bool content = false;
    for (const StructureKid& kid : *own) content |= kid.kind == StructureKid::Kind::kContent;
    if (HPDF_Page page = page_of(e.page); page && content) HPDF_Dict_Add(dict, "Pg", page);
    HPDF_Array kids = HPDF_Array_New(mmgr);
    HPDF_Dict_Add(dict, "K", kids);
    for (const StructureKid& kid : *own) {
      if (!page_of(kid.page)) continue;
      switch (kid.kind) {
        case StructureKid::Kind::kElement: HPDF_Array_Add(kids, dict_of(kid.value)); break;
        case StructureKid::Kind::kContent: AddContentKid(doc, kid, e.page, pages, kids); break;
        case StructureKid::Kind::kAnnotation: {
          HPDF_Dict objr = HPDF_Dict_New(mmgr);
          HPDF_Array_Add(kids, objr);
          HPDF_Dict_AddName(objr, "Type", "OBJR");
          HPDF_Dict_Add(objr, "Obj", annotations[kid.value]);
          HPDF_Dict_Add(objr, "Pg", pages[kid.page]);
          break;
        }
      }
    }
  }
  HPDF_Dict_Add(root, "K", dicts[StructureTree::kRoot - 1]);

  // ParentTree: page i's MCIDs under key i, annotation k under key pages + k.
  HPDF_Dict parents = IndirectDict(doc);
  HPDF_Array nums = HPDF_Array_New(mmgr);
  HPDF_Dict_Add(parents, "Nums", nums);
  int key = 0;
  for (size_t p = 0; p < pages.size(); ++p, ++key) {
    HPDF_Array_AddNumber(nums, key);
    HPDF_Array marks = HPDF_Array_New(mmgr);
    HPDF_Array_Add(nums, marks);
    if (p < tree.marks().size())
      for (Tag t : tree.marks()[p]) HPDF_Array_Add(marks, dict_of(t));
    HPDF_Dict_AddNumber(pages[p], "StructParents", key);
    // Tab order follows the structure.
    HPDF_Dict_AddName(pages[p], "Tabs", "S");
  }
  for (size_t a = 0; a < annotations.size() && a < tree.annotations().size(); ++a, ++key) {
    HPDF_Array_AddNumber(nums, key);
    HPDF_Array_Add(nums, dict_of(tree.annotations()[a]));
    HPDF_Dict_AddNumber(annotations[a], "StructParent", key);
  }
  HPDF_Dict_Add(root, "ParentTree", parents);
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey", key);
  HPDF_Dict_Add(doc->catalog, "StructTreeRoot", root);
  ThrowOnError(doc);
}

}  // namespace klynge::pdf
