#pragma once
// The theme's print settings (themes/<theme>/print.yaml): the fonts and
// colours of the PDFs. The defaults are the default theme's.

#include <cstdint>
#include <string>

namespace klynge {

struct RgbColor {
  uint8_t r = 0, g = 0, b = 0;

  bool operator==(const RgbColor&) const = default;
};

struct PrintTheme {
  // TrueType files (CFF .otf cannot be embedded by libharu). Open Sans from
  // Debian's fonts-open-sans.
  std::string font_regular = "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf";
  std::string font_bold = "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf";
  std::string font_italic = "/usr/share/fonts/truetype/open-sans/OpenSans-Italic.ttf";
  std::string font_bold_italic = "/usr/share/fonts/truetype/open-sans/OpenSans-BoldItalic.ttf";

  RgbColor accent{0x1b, 0x3a, 0x6b};        // headings, table headers, rules: the site's dark blue
  RgbColor accent_light{0xe8, 0xee, 0xf6};  // panels, break rows
  RgbColor text{0x1f, 0x23, 0x28};
  RgbColor muted{0x5b, 0x64, 0x70};         // running header and footer, notes
  RgbColor rule{0xc9, 0xd1, 0xdb};          // table rules, writing lines
};

}  // namespace klynge
