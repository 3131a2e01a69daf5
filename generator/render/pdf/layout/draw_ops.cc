#include "render/pdf/layout/draw_ops.h"

namespace klynge::pdf {

Face Bolder(Face face) {
  return face == Face::kItalic || face == Face::kBoldItalic ? Face::kBoldItalic : Face::kBold;
}

Face Italicer(Face face) {
  return face == Face::kBold || face == Face::kBoldItalic ? Face::kBoldItalic : Face::kItalic;
}

void Translate(DrawOp* op, float dx, float dy) {
  std::visit(
      [&](auto& o) {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, TextOp>) {
          o.x += dx;
          o.baseline += dy;
        } else if constexpr (std::is_same_v<T, LineOp>) {
          o.x1 += dx;
          o.x2 += dx;
          o.y1 += dy;
          o.y2 += dy;
        } else {
          o.x += dx;
          o.y += dy;
        }
      },
      *op);
}

Tag TagOf(const DrawOp& op) {
  return std::visit([](const auto& o) { return o.tag; }, op);
}

void SetTag(DrawOp* op, Tag tag) {
  std::visit([tag](auto& o) { o.tag = tag; }, *op);
}

void TagUntagged(std::vector<DrawOp>* ops, Tag tag) {
  for (DrawOp& op : *ops)
    if (TagOf(op) == kUntagged) SetTag(&op, tag);
}

void AppendOps(const std::vector<DrawOp>& ops, float dx, float dy, std::vector<DrawOp>* out) {
  for (const DrawOp& op : ops) {
    out->push_back(op);
    Translate(&out->back(), dx, dy);
  }
}

}  // namespace klynge::pdf
