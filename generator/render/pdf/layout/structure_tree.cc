#include "render/pdf/layout/structure_tree.h"

#include <algorithm>
#include <iterator>

namespace klynge::pdf {

Role HeadingRole(int level) {
  static constexpr Role kHeadings[] = {Role::kH1, Role::kH2, Role::kH3, Role::kH4, Role::kH5, Role::kH6};
  return kHeadings[std::clamp(level, 1, 6) - 1];
}

int HeadingLevel(Role role) {
  int n = static_cast<int>(role) - static_cast<int>(Role::kH1) + 1;
  return n >= 1 && n <= 6 ? n : 0;
}

const char* RoleName(Role role) {
  static constexpr const char* kNames[] = {"Document", "P",     "H1",    "H2",    "H3",   "H4", "H5",
                                           "H6",       "Caption", "L",   "LI",    "Lbl",  "LBody",
                                           "Table",    "THead", "TBody", "TR",    "TH",   "TD",
                                           "Figure",   "Link"};
  static_assert(std::size(kNames) == static_cast<size_t>(Role::kLink) + 1, "a name for every role");
  return kNames[static_cast<int>(role)];
}

StructureTree::StructureTree() {
  elements_.push_back(StructureElement{Role::kDocument, 0, "", true, {}, -1, 0});
}

Tag StructureTree::Add(Tag parent, Role role, std::string text) {
  StructureElement e;
  e.role = role;
  e.parent = parent > 0 && parent <= size() ? parent : kRoot;
  e.text = std::move(text);
  elements_.push_back(std::move(e));
  return static_cast<Tag>(elements_.size());
}

void StructureTree::Attach(Tag tag, int page, float top) {
  // Ancestors first, iteratively: the chain to the first attached one.
  std::vector<Tag> chain;
  for (Tag t = tag; t > 0 && !elements_[t - 1].attached; t = elements_[t - 1].parent) chain.push_back(t);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    StructureElement& e = elements_[*it - 1];
    e.attached = true;
    e.page = page;
    e.top = top;
    if (int level = HeadingLevel(e.role)) {
      level = std::min(level, last_heading_level_ + 1);
      e.role = HeadingRole(level);
      last_heading_level_ = level;
      headings_.push_back(*it);
    }
    elements_[e.parent - 1].kids.push_back(StructureKid{StructureKid::Kind::kElement, *it, page});
  }
}

int StructureTree::Mark(Tag tag, int page, float top) {
  Attach(tag, page, top);
  if (static_cast<int>(marks_.size()) <= page) marks_.resize(page + 1);
  int mcid = static_cast<int>(marks_[page].size());
  marks_[page].push_back(tag);
  elements_[tag - 1].kids.push_back(StructureKid{StructureKid::Kind::kContent, mcid, page});
  return mcid;
}

void StructureTree::Annotate(Tag tag, int page, int annotation) {
  Attach(tag, page, 0);
  if (static_cast<int>(annotations_.size()) <= annotation) annotations_.resize(annotation + 1, kRoot);
  annotations_[annotation] = tag;
  elements_[tag - 1].kids.push_back(StructureKid{StructureKid::Kind::kAnnotation, annotation, page});
}

std::vector<Tag> StructureTree::Headings() const { return headings_; }

}  // namespace klynge::pdf
