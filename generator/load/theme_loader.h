#pragma once
// Reads a theme folder: templates (partials inlined once), static files and
// the UI strings of the site's language. The only code that reads themes/.

#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "load/content_bytes.h"
#include "model/theme.h"

namespace klynge {

// <root>/themes/default when it exists, else the default theme of this
// klynge: the source tree's copy in a development build, else the installed one.
std::string FindThemeDir(const std::string& root, FileSystem* fs = nullptr);

// The default theme of this klynge: the source tree's copy in a development
// build, else the installed one.
std::string BaseThemeDir(FileSystem* fs = nullptr);

// The theme folders a build at `root` reads, the site's own first: {own,
// base} when <root>/themes/default exists (it may hold only the files it
// changes), else {base}.
std::vector<std::string> ThemeLayers(const std::string& root, FileSystem* fs = nullptr);

// Reads the theme in `dir`:
//   templates/*.mustache           page templates, by file name without extension
//   templates/partials/*.mustache  inlined wherever {{> name}} appears
//   static/**                      copied to the site's static/ folder
//   i18n/<language>.yaml           a flat map of UI strings
// Errors name the file and, where there is one, line:column. A symbolic
// link that leads out of `dir`, or into `private_folder` (content/clusters,
// when given), is an error. The print theme's fonts are read and parsed
// too (see FontLoader; a font that does not load is reported where it is used).
// Files are read through `fs` (null: the disk), or taken from `bytes` (the
// snapshot's theme and font files) when found there.
Status LoadTheme(const std::string& dir, const std::string& language, Theme* theme,
                 const std::string& private_folder = "", FileSystem* fs = nullptr,
                 InputBytes* bytes = nullptr);

// Reads a theme made of `layers` (top first, as ThemeLayers gives them),
// file by file: a template, partial or static file of an upper layer
// replaces the one of the same name below, its UI strings replace those of
// the same key, and its print.yaml replaces the whole print.yaml below.
// `bytes->theme` holds the top layer's files, `bytes->base_theme` the others'.
Status LoadTheme(const std::vector<std::string>& layers, const std::string& language, Theme* theme,
                 const std::string& private_folder = "", FileSystem* fs = nullptr,
                 InputBytes* bytes = nullptr);

}  // namespace klynge
