#pragma once
// The chair's deck for a cluster's meeting: a title slide, the program with
// its clock times, and at each program item that names an indicator or a
// survey that data's slides, in program order. A pure function of the
// cluster's figures (ctx.edition, which must be set) and the theme.
//
// Disclosure control carries over from stats/: a suppressed clinic shows
// kSuppressedText, a withheld cluster sum says so, and a closed cluster's
// clinics appear only as their letters.

#include "render/pdf/layout/text_measure.h"
#include "render/pdf/print_context.h"
#include "render/pptx/slide.h"

namespace klynge {

// `measure` is the theme's font (a PdfDocument of ctx.style.fonts).
deck::Deck BuildDeck(const PrintContext& ctx, pdf::TextMeasure& measure);

}  // namespace klynge
