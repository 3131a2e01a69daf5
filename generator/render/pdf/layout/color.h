#pragma once
// Colours for the PDF layout engine: RGB with components from 0 to 1.

namespace klynge::pdf {

struct Color {
  float r = 0, g = 0, b = 0;

  bool operator==(const Color&) const = default;
};

// Mixes `c` with white: 0 keeps it, 1 gives white.
Color Lighten(Color c, float amount);

}  // namespace klynge::pdf
