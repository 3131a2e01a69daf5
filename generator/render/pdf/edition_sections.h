#pragma once
// The data part of a cluster's documents: for one indicator, a chart per
// period and the follow-up, each with its caption (definition, unit, period,
// source), and the tables beside them. The handout shows every clinic; a
// clinic's sheet (ctx.edition->clinic set) highlights its own bar and shows
// its own numbers only.

#include <vector>

#include "render/pdf/edition_context.h"
#include "render/pdf/layout/blocks.h"
#include "render/pdf/print_parts.h"

namespace klynge {

// Headings, charts, captions and tables for `figures`, `width` points wide.
std::vector<pdf::Block> IndicatorSection(const PrintContext& ctx, pdf::PdfDocument& doc,
                                         const PackageMarkdown& markdown,
                                         const IndicatorFigures& figures, float width);

}  // namespace klynge
