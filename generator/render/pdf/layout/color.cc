#include "render/pdf/layout/color.h"

namespace klynge::pdf {

Color Lighten(Color c, float amount) {
  auto mix = [amount](float v) { return v + (1.0f - v) * amount; };
  return Color{mix(c.r), mix(c.g), mix(c.b)};
}

}  // namespace klynge::pdf
