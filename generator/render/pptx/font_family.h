#pragma once
// The family name a TrueType file declares ("Open Sans"): what the deck's
// text runs name, so PowerPoint and Impress pick the theme's font.

#include <string>

namespace klynge::deck {

// The name table's family (name id 1, Windows Unicode or Mac Roman); the
// file's name without extension and face suffix when the file has none or
// cannot be read.
std::string FontFamilyOf(const std::string& ttf_path);

}  // namespace klynge::deck
