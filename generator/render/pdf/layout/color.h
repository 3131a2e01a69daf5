#pragma once
// Colours for the PDF layout engine: RGB with components from 0 to 1.

#include <optional>
#include <string_view>

namespace klynge::pdf {

struct Color {
  float r = 0, g = 0, b = 0;

  bool operator==(const Color&) const = default;
};

// "#1b3a6b" or "#fff"; nullopt for anything else.
std::optional<Color> ParseHexColor(std::string_view text);
// Mixes `c` with white: 0 keeps it, 1 gives white.
Color Lighten(Color c, float amount);

}  // namespace klynge::pdf
