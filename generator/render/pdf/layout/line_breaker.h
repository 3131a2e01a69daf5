#pragma once
// Greedy line breaking of styled text: breaks at spaces and after hyphens and
// slashes; a word that does not fit is hyphenated (at its soft hyphens, else
// where the measure's hyphenation patterns allow), and only a piece wider
// than the whole line is cut between other characters, also with a hyphen.
// Soft hyphens never print except as the hyphen of a line they end.

#include <string>
#include <vector>

#include "render/pdf/layout/color.h"
#include "render/pdf/layout/draw_ops.h"
#include "render/pdf/layout/text_measure.h"

namespace klynge::pdf {

// A run of text in one style: a paragraph is a list of spans.
struct Span {
  Span() = default;
  Span(std::string text, Face face = Face::kRegular, std::optional<Color> color = std::nullopt,
       std::string link = "")  // NOLINT: a string is a plain span
      : text(std::move(text)), face(face), color(color), link(std::move(link)) {}

  std::string text;  // UTF-8; '\n' is a forced line break
  Face face = Face::kRegular;
  std::optional<Color> color;  // default: the paragraph's colour
  std::string link;            // absolute URL, or "" for plain text
};

// Part of one span on one line, `x` from the line's start.
struct LineRun {
  size_t span = 0;
  std::string text;
  float x = 0;
  float width = 0;
};

struct Line {
  std::vector<LineRun> runs;
  float width = 0;  // without trailing spaces
};

// How far line breaking hyphenates: running text and table cells fill each
// line; headings and slide text hyphenate only a word wider than the line.
enum class Hyphenate { kFill, kOverlongOnly };

// Breaks `spans` at font size `size` into lines no wider than `max_width`
// (except a single character wider than the line). Always returns at least one line.
std::vector<Line> BreakLines(const std::vector<Span>& spans, float size, float max_width,
                             TextMeasure& measure, Hyphenate hyphenate = Hyphenate::kFill);

// The widest unbreakable piece and the width of the whole text on one line:
// what a table needs to choose its column widths.
struct TextExtent {
  float min = 0;
  float max = 0;
};
TextExtent MeasureSpans(const std::vector<Span>& spans, float size, TextMeasure& measure);

}  // namespace klynge::pdf
