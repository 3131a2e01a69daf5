#pragma once
// Building blocks of the deck's slides: text boxes measured in the theme's
// font, and render/chart charts scaled up until their smallest text is
// kMinTextSize, as one group of shapes.

#include <functional>
#include <string>
#include <vector>

#include "render/chart/chart.h"
#include "render/pdf/layout/text_measure.h"
#include "render/pdf/print_context.h"
#include "render/pptx/slide.h"

namespace klynge::deck {

// The lines `paragraphs` break into at `width` (what both renderers draw).
std::vector<std::string> WrapLines(const std::string& paragraph, float size, bool bold, bool italic, float width,
                                   pdf::TextMeasure& measure);

// A text box at (x, y), `width` wide, as tall as its wrapped lines.
TextBox MakeText(std::vector<std::string> paragraphs, float x, float y, float width, float size,
                 pdf::Color color, pdf::TextMeasure& measure, bool bold = false, bool italic = false);

// A chart laid out by `lay_out` (given a width in chart points) so that,
// scaled to `width` slide points, no text is under kMinTextSize; placed at
// (x, y), with `descr` as its alt text.
using ChartLayout = std::function<chart::Chart(float width)>;
Group ChartGroup(const ChartLayout& lay_out, float x, float y, float width, const std::string& name,
                 const std::string& descr, const PrintStyle& style, pdf::TextMeasure& measure);

// The bottom of a group's shapes.
float BottomOf(const Group& group);

}  // namespace klynge::deck
