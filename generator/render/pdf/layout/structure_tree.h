#pragma once
// The logical structure of one tagged PDF, built as it is laid out and
// painted: elements with roles, and what each holds in reading order (child
// elements, marked content on a page, link annotations). Plain data; the
// libharu side writes it (structure_pdf.h).
//
// Layout makes elements for everything it lays out, measuring included; an
// element joins the tree only when its first content is painted, so the
// tree holds no empty elements and its order is the order of the pages.

#include <string>
#include <vector>

#include "render/pdf/layout/structure.h"

namespace klynge::pdf {

struct StructureKid {
  enum class Kind { kElement, kContent, kAnnotation } kind = Kind::kElement;
  int value = 0;  // element id, MCID on `page`, or annotation number
  int page = 0;
};

struct StructureElement {
  Role role = Role::kP;
  Tag parent = 0;
  std::string text;  // a Figure's alternative text; a heading's words, for its bookmark
  bool attached = false;
  std::vector<StructureKid> kids;  // in reading order
  int page = -1;                   // where its content starts (bookmarks)
  float top = 0;                   // from that page's top, in points
};

class StructureTree {
 public:
  static constexpr Tag kRoot = 1;  // the Document element

  StructureTree();

  // A new element under `parent`, not yet in the tree; `text` as for
  // StructureElement::text.
  Tag Add(Tag parent, Role role, std::string text = "");

  // Content of `tag` painted on page `page` (from 0) at `top`: the MCID it
  // gets there. Joins the element and its missing ancestors to the tree; a
  // heading joining it takes at most one level more than the heading before
  // it (H1 first), so levels never skip.
  int Mark(Tag tag, int page, float top);
  // Link annotation number `annotation` (from 0, document-wide) on `page`
  // belongs to `tag`.
  void Annotate(Tag tag, int page, int annotation);

  const StructureElement& at(Tag tag) const { return elements_[tag - 1]; }
  int size() const { return static_cast<int>(elements_.size()); }
  // The element of each MCID, page by page.
  const std::vector<std::vector<Tag>>& marks() const { return marks_; }
  // The element of each annotation.
  const std::vector<Tag>& annotations() const { return annotations_; }
  // Attached headings in reading order (their levels already without gaps).
  std::vector<Tag> Headings() const;

 private:
  void Attach(Tag tag, int page, float top);

  std::vector<StructureElement> elements_;  // id - 1
  std::vector<std::vector<Tag>> marks_;
  std::vector<Tag> annotations_;
  std::vector<Tag> headings_;
  int last_heading_level_ = 0;
};

}  // namespace klynge::pdf
