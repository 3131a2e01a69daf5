#pragma once
// The theme's print settings (themes/<theme>/print.yaml): the fonts and
// colours of the PDFs. The defaults are the default theme's.

#include <cstdint>
#include <map>
#include <string>

#include "model/font_metrics.h"
#include "model/hyphenation.h"

namespace klynge {

struct RgbColor {
  uint8_t r = 0, g = 0, b = 0;

  bool operator==(const RgbColor&) const = default;
};

// The hyphenation dictionary of the theme, as the loader read it.
struct PrintHyphenation {
  std::string path = "/usr/share/hyphen/hyph_da_DK.dic";  // "" when the theme turns hyphenation off
  std::shared_ptr<const Hyphenation> patterns;  // null until loaded, when off, or when unusable
  std::string problem;  // why patterns is null although path is set
  uint64_t hash = 0;    // InputHash of the bytes read
};

struct PrintTheme {
  std::string file;  // the print.yaml these settings came from; "" for the defaults

  // TrueType files (CFF .otf cannot be embedded by libharu). Open Sans from
  // Debian's fonts-open-sans. The theme loader reads and parses them.
  PrintFont font_regular{"/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf"};
  PrintFont font_bold{"/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf"};
  PrintFont font_italic{"/usr/share/fonts/truetype/open-sans/OpenSans-Italic.ttf"};
  PrintFont font_bold_italic{"/usr/share/fonts/truetype/open-sans/OpenSans-BoldItalic.ttf"};
  // Draws what the four faces lack (→, ≥): DejaVu Sans from fonts-dejavu-core.
  PrintFont font_fallback{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"};

  // Hyphenation of running text and table cells: libhyphen patterns from
  // Debian's hyphen-da; a theme turns it off with `hyphenation: false`.
  PrintHyphenation hyphenation;

  // The site's colours (themes/default/static/style.css), so print and screen match.
  RgbColor accent{0x0b, 0x3a, 0x6f};       // title band, table headers
  RgbColor accent_dark{0x07, 0x2a, 0x52};  // headings
  RgbColor link{0x0b, 0x4f, 0x9c};
  RgbColor text{0x1b, 0x1f, 0x24};
  RgbColor muted{0x4a, 0x55, 0x63};        // running header and footer, notes
  RgbColor rule{0xcf, 0xd6, 0xe0};         // table rules, writing lines
  RgbColor tint{0xf2, 0xf5, 0xf9};         // facts panel, block rows
  RgbColor break_fill{0xfb, 0xf3, 0xdd};   // break rows in the program

  // Words only the PDFs use ("print_page_of" → "Side {page} af {pages}"), in
  // the site's language; the rest come from the theme's UI strings.
  std::map<std::string, std::string> strings;
};

}  // namespace klynge
