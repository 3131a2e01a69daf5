#pragma once
// What the layout engine draws: positioned text, rectangles, lines, images and
// links, grouped into boxes that the paginator places on pages.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "render/pdf/layout/color.h"
#include "render/pdf/layout/structure.h"

namespace klynge::pdf {

// The four faces of the document's font family, and the fallback face that
// PdfDocument draws the characters they lack with (layout never asks for it).
enum class Face : uint8_t { kRegular, kBold, kItalic, kBoldItalic, kFallback };

Face Bolder(Face face);    // regular → bold, italic → bold italic
Face Italicer(Face face);  // regular → italic, bold → bold italic

// Coordinates are points from the top-left corner of the enclosing box (or
// page); y grows downward. The painter flips them into PDF space. Every op
// ends with its structure tag (structure.h).
struct TextOp {
  float x = 0;
  float baseline = 0;
  Face face = Face::kRegular;
  float size = 10;
  Color color;
  std::string text;  // UTF-8, Basic Multilingual Plane only
  Tag tag = kUntagged;
};

struct RectOp {
  float x = 0, y = 0, width = 0, height = 0;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  float line_width = 0.5f;
  Tag tag = kUntagged;
};

struct LineOp {
  float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  Color color;
  float width = 0.5f;
  float dash = 0;  // > 0: dashed with this on/off length
  Tag tag = kUntagged;
};

struct ImageOp {
  float x = 0, y = 0, width = 0, height = 0;
  int image = -1;  // an id from PdfDocument::AddImage
  Tag tag = kUntagged;
};

// A clickable area that opens `url` (absolute, ASCII), tagged with its Link
// element; `description` is the annotation's /Contents.
struct LinkOp {
  float x = 0, y = 0, width = 0, height = 0;
  std::string url;
  Tag tag = kUntagged;
  std::string description;
};

using DrawOp = std::variant<TextOp, RectOp, LineOp, ImageOp, LinkOp>;

void Translate(DrawOp* op, float dx, float dy);
Tag TagOf(const DrawOp& op);
void SetTag(DrawOp* op, Tag tag);
// Gives the untagged ops of `ops` the tag `tag`.
void TagUntagged(std::vector<DrawOp>* ops, Tag tag);

// A horizontal strip of a page: a line of text, a table row, an image. Boxes
// are never split by the paginator; producers keep them shorter than a page.
struct Box {
  float height = 0;
  float space_before = 0;       // dropped when the box starts a page
  bool keep_with_next = false;  // never end a page right after this box
  // The keep gives way when honouring it would leave the page under half
  // full (a chart and the table under it may part; a heading never does).
  bool keep_loosely = false;
  bool page_break = false;      // starts a new page (an empty marker box)
  std::vector<DrawOp> ops;
  // Placed first when this box starts a page: a table's header rows.
  std::shared_ptr<const std::vector<Box>> repeat;
  // Placed first, before `repeat`, when this box starts a page: the heading
  // of the section it belongs to, marked as continued.
  std::shared_ptr<const std::vector<Box>> continued;
};

// Appends `ops` moved by (dx, dy).
void AppendOps(const std::vector<DrawOp>& ops, float dx, float dy, std::vector<DrawOp>* out);

}  // namespace klynge::pdf
