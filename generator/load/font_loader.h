#pragma once
// Reads the theme's font files, each once per build, and parses their
// metrics for the PDF layout: the only code that reads a font, and the
// hyphenation dictionary. The dictionary is parsed here (libhyphen from the
// bytes, not the path) and shared read-only through the print theme, so the
// renderer hyphenates without reading anything.

#include <map>
#include <string>

#include "base/file_system.h"
#include "load/content_bytes.h"
#include "model/print_theme.h"

namespace klynge {

class FontLoader {
 public:
  // Reads through `fs`; a file found in `bytes` (the snapshot's, by path) is taken from there.
  explicit FontLoader(const FileSystem& fs, ContentBytes* bytes = nullptr) : fs_(fs), bytes_(bytes) {}

  // The font at `path`, read and parsed on the first call for it.
  const PrintFont& Load(const std::string& path);

  // "" when the file at `path` (loaded) is a TrueType file libharu can
  // embed, else why not, for print.yaml's diagnostics.
  const std::string& FileProblem(const std::string& path);

  // Loads every face of `theme` that has a file, the fallback face, and its
  // hyphenation dictionary unless turned off.
  void LoadFaces(PrintTheme* theme);

 private:
  struct Loaded {
    PrintFont font;
    std::string file_problem;
  };
  Loaded& Get(const std::string& path);

  const FileSystem& fs_;
  ContentBytes* bytes_;
  std::map<std::string, Loaded> loaded_;  // by path
};

}  // namespace klynge
