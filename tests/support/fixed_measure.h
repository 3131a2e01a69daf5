#pragma once
// Line-breaker tests' measure and reading: every character half an em wide,
// and a line as the text of its runs.

#include <string>
#include <vector>

#include "render/pdf/layout/line_breaker.h"
#include "render/pdf/layout/typeset.h"

namespace klynge::pdf::testing {

// Every character is half an em wide: 5 pt at size 10; `patterns` hyphenate, if given.
class FixedMeasure : public TextMeasure {
 public:
  explicit FixedMeasure(const Hyphenation* patterns = nullptr) : patterns_(patterns) {}
  float CharUnits(Face, char32_t) override { return 500; }
  const Hyphenation* hyphenation() override { return patterns_; }

 private:
  const Hyphenation* patterns_;
};

// Each line's text, its runs joined.
inline std::vector<std::string> LineTexts(const std::vector<Line>& lines) {
  std::vector<std::string> out;
  for (const Line& line : lines) {
    std::string text;
    for (const LineRun& run : line.runs) text += run.text;
    out.push_back(text);
  }
  return out;
}

}  // namespace klynge::pdf::testing
