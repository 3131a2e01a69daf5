#pragma once
// How wide text is: the one question line breaking asks of a font.

#include <string_view>

#include "render/pdf/layout/draw_ops.h"

namespace klynge::pdf {

class TextMeasure {
 public:
  virtual ~TextMeasure() = default;
  // Advance width of one code point in thousandths of the font size.
  virtual float CharUnits(Face face, char32_t c) = 0;

  // Width in points of valid UTF-8 text at `size`.
  float Width(Face face, float size, std::string_view text);
};

}  // namespace klynge::pdf
