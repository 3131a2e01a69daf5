#pragma once
// Reads a theme's print.yaml: the fonts and colours of the PDFs.

#include <string>

#include "base/status.h"
#include "model/print_theme.h"

namespace klynge {

// Reads `path` (themes/<theme>/print.yaml) over the defaults in *theme, with
// the print strings of `language`. A missing file keeps the defaults. Font
// paths are absolute or relative to the file's folder and must be TrueType
// files; errors name file:line:col.
Status LoadPrintTheme(const std::string& path, const std::string& language, PrintTheme* theme);

// The same for the text of `path`, already read (the theme loader reads it
// through its folder fence).
Status ParsePrintTheme(const std::string& path, const std::string& text, const std::string& language,
                       PrintTheme* theme);

}  // namespace klynge
