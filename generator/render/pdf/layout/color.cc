#include "render/pdf/layout/color.h"

namespace klynge::pdf {

namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<Color> ParseHexColor(std::string_view text) {
  if (text.empty() || text[0] != '#') return std::nullopt;
  text.remove_prefix(1);
  if (text.size() != 3 && text.size() != 6) return std::nullopt;
  int digits[6];
  for (size_t i = 0; i < text.size(); ++i)
    if ((digits[i] = HexDigit(text[i])) < 0) return std::nullopt;
  auto channel = [&](int i) {
    int v = text.size() == 3 ? digits[i] * 17 : digits[2 * i] * 16 + digits[2 * i + 1];
    return static_cast<float>(v) / 255.0f;
  };
  return Color{channel(0), channel(1), channel(2)};
}

Color Lighten(Color c, float amount) {
  auto mix = [amount](float v) { return v + (1.0f - v) * amount; };
  return Color{mix(c.r), mix(c.g), mix(c.b)};
}

}  // namespace klynge::pdf
