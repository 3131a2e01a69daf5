#pragma once
// What a piece of a page is to a reader of the tagged PDF: the structure
// roles blocks carry (PDF 1.7, 14.8.4) and the tag every draw op carries,
// either an element of the document's StructureTree or an artifact.

#include <cstdint>

namespace klynge::pdf {

enum class Role : uint8_t {
  kDocument, kP, kH1, kH2, kH3, kH4, kH5, kH6, kCaption,
  kL, kLI, kLbl, kLBody,
  kTable, kTHead, kTBody, kTR, kTH, kTD,
  kFigure, kLink,
};

// H1 … H6 for a level (clamped to 1 … 6).
Role HeadingRole(int level);
// The heading level of `role`, or 0 for a role that is not a heading.
int HeadingLevel(Role role);
// The standard structure type's name: "P", "H2", "LBody".
const char* RoleName(Role role);

// An op's place in the structure: an element id from StructureTree::Add,
// kArtifact for what is not content (rules, fills, running headers), or
// kUntagged for what its container decides (a drawing's ops take the
// drawing's role; an op still untagged when painted is an artifact).
using Tag = int32_t;
constexpr Tag kUntagged = 0;
constexpr Tag kArtifact = -1;

}  // namespace klynge::pdf
