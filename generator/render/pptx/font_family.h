#pragma once
// The family name a TrueType file declares ("Open Sans"): what the deck's
// text runs name, so PowerPoint and Impress pick the theme's font.

#include <string>

#include "model/font_metrics.h"

namespace klynge::deck {

// The name table's family (name id 1, Windows Unicode or Mac Roman) of the
// loaded font; the file's name without extension and face suffix when it
// has none or did not load.
std::string FontFamilyOf(const PrintFont& font);

}  // namespace klynge::deck
