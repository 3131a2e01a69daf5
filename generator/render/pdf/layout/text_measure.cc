#include "render/pdf/layout/text_measure.h"

#include "base/utf8.h"

namespace klynge::pdf {

float TextMeasure::Width(Face face, float size, std::string_view text) {
  float units = 0;
  for (size_t pos = 0; pos < text.size();) units += CharUnits(face, DecodeUtf8(text, &pos));
  return units * size / 1000.0f;
}

}  // namespace klynge::pdf
