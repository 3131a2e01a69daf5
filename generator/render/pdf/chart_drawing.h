#pragma once
// The PDF backend of render/chart: a chart's primitives as layout draw ops in
// the theme's colours, placed like any other block.

#include "render/chart/chart.h"
#include "render/pdf/layout/blocks.h"
#include "render/pdf/layout/text_measure.h"
#include "render/pdf/print_context.h"

namespace klynge {

// The theme colour of `ink`: the same in every document and on the slides.
pdf::Color ChartInkColor(chart::Ink ink, const PrintStyle& style);

// Text widths in the document's fonts, for chart layout.
chart::TextWidth ChartTextWidth(pdf::TextMeasure& measure);

// `chart` as a drawing block; inks get colours from `style`.
pdf::Drawing ChartDrawing(const chart::Chart& chart, const PrintStyle& style,
                          pdf::TextMeasure& measure);

}  // namespace klynge
