#include "validate/glyph_check.h"

#include <cstdio>
#include <set>

#include "base/utf8.h"

namespace klynge {

namespace {

// What the PDFs never draw as a glyph: line ends, tabs, soft hyphens (drawn
// only as a line's hyphen), and control characters (printed as '?').
bool Drawn(char32_t c) { return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0xAD && c != 0xFEFF; }

std::string CodePoint(char32_t c) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
  return name;
}

}  // namespace

void CheckGlyphs(const ContentTree& tree, const PrintTheme& print, Diagnostics* diags) {
  const FontMetrics* face = print.font_regular.metrics.get();
  const FontMetrics* fallback = print.font_fallback.metrics.get();
  if (!face) return;
  for (const SourceFile& file : tree.files) {
    const std::string& text = file.text();
    std::set<char32_t> told;  // once per character and file
    for (size_t pos = 0; pos < text.size();) {
      size_t start = pos;
      if (static_cast<unsigned char>(text[pos]) < 0x80) {  // ASCII: every font has it
        ++pos;
        continue;
      }
      char32_t c = DecodeUtf8(text, &pos);
      if (!Drawn(c) || face->Has(c) || (fallback && fallback->Has(c)) || !told.insert(c).second) continue;
      int line = 0, byte_col = 0;
      file.LineOf(start, &line, &byte_col);
      std::string names = print.font_fallback.metrics ? "neither the PDFs' font nor its fallback" : "the PDFs' font";
      diags->Warning({file.path(), line, file.CharColumn(line, byte_col)},
                     "the character " + CodePoint(c) + " has no glyph in " + names +
                         " (" + print.font_regular.path + (fallback ? ", " + print.font_fallback.path : "") +
                         "): the PDFs print it as an empty box");
    }
  }
}

}  // namespace klynge
