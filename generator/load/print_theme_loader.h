#pragma once
// Reads a theme's print.yaml: the fonts and colours of the PDFs.

#include <string>

#include "base/status.h"
#include "load/font_loader.h"
#include "model/print_theme.h"

namespace klynge {

// Reads `path` (themes/<theme>/print.yaml) from the disk over the defaults
// in *theme, with the print strings of `language`, and loads its fonts. A
// missing file keeps the defaults. Font paths are absolute or relative to
// the file's folder and must be TrueType files; errors name file:line:col.
Status LoadPrintTheme(const std::string& path, const std::string& language, PrintTheme* theme);

// The same for the text of `path`, already read (the theme loader reads it
// through its folder fence), reading the fonts it names through `fonts`.
// The faces it leaves at their defaults are loaded by the caller (FontLoader::LoadFaces).
Status ParsePrintTheme(const std::string& path, const std::string& text, const std::string& language,
                       FontLoader* fonts, PrintTheme* theme);

}  // namespace klynge
