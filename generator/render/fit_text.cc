#include "render/fit_text.h"

#include <vector>

#include "base/utf8.h"

namespace klynge {

std::string FitToWidth(const std::string& text, float width, const WidthOf& width_of) {
  if (width_of(text) <= width) return text;
  std::vector<size_t> starts;  // where each code point begins
  for (size_t pos = 0; pos < text.size();) {
    starts.push_back(pos);
    DecodeUtf8(text, &pos);
  }
  // One code point off the end at a time: lines are short, so the walk is cheap.
  while (!starts.empty()) {
    // No space before the "…": "og …" reads as a word left out, "og…" as cut.
    size_t end = starts.back();
    starts.pop_back();
    while (end > 0 && text[end - 1] == ' ') --end;
    std::string shorter = text.substr(0, end) + "…";
    if (width_of(shorter) <= width) return shorter;
  }
  return "…";
}

}  // namespace klynge
