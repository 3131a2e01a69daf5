#pragma once
// How wide text is, the question line breaking asks of a font, and where a
// word may be hyphenated, the one it asks of the language.

#include <string_view>

#include "model/hyphenation.h"
#include "render/pdf/layout/draw_ops.h"

namespace klynge::pdf {

class TextMeasure {
 public:
  virtual ~TextMeasure() = default;
  // Advance width of one code point in thousandths of the font size.
  virtual float CharUnits(Face face, char32_t c) = 0;
  // The patterns lines are hyphenated with; nullptr: words break only at
  // spaces, hyphens, slashes and soft hyphens.
  virtual const Hyphenation* hyphenation() { return nullptr; }

  // Width in points of valid UTF-8 text at `size`.
  float Width(Face face, float size, std::string_view text);
};

}  // namespace klynge::pdf
