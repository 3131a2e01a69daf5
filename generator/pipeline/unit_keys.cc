#include "pipeline/unit_keys.h"

#include <xxhash.h>

namespace klynge {

std::vector<std::string> ThemeFonts(const Theme& theme) {
  std::vector<std::string> fonts;
  for (const std::string* f : {&theme.print.font_regular, &theme.print.font_bold,
                               &theme.print.font_italic, &theme.print.font_bold_italic})
    if (!f->empty()) fonts.push_back(*f);
  return fonts;
}

uint64_t BuildDigest(const InputSnapshot& snapshot, const BuildClock& clock) {
  uint64_t clock_key = ClockKey(clock);
  return XXH64(&clock_key, sizeof clock_key, snapshot.Digest());
}

}  // namespace klynge
