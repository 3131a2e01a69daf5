#include "pipeline/unit_keys.h"

#include <xxhash.h>

namespace klynge {

std::map<std::string, uint64_t> ThemeFonts(const Theme& theme) {
  std::map<std::string, uint64_t> fonts;
  for (const PrintFont* f : {&theme.print.font_regular, &theme.print.font_bold,
                             &theme.print.font_italic, &theme.print.font_bold_italic, &theme.print.font_fallback})
    if (!f->path.empty()) fonts[f->path] = f->hash;
  // The hyphenation dictionary changes the PDFs as a font does.
  if (!theme.print.hyphenation.path.empty()) fonts[theme.print.hyphenation.path] = theme.print.hyphenation.hash;
  return fonts;
}

uint64_t BuildDigest(const InputSnapshot& snapshot, const BuildClock& clock, bool print_marks, bool show_drafts) {
  uint64_t keys[3] = {ClockKey(clock), print_marks ? 1u : 0u, show_drafts ? 1u : 0u};
  return XXH64(keys, sizeof keys, snapshot.Digest());
}

}  // namespace klynge
