#pragma once
// The deck as a 16:9 PDF, page for slide: the same shapes the .pptx holds,
// drawn by the PDF layout engine.

#include "render/pdf/layout/pdf_document.h"
#include "render/pptx/slide.h"

namespace klynge::deck {

// Adds one 960 × 540 pt page per slide to `doc` (whose fonts measured the deck).
void DrawDeck(const Deck& deck, pdf::PdfDocument& doc);

}  // namespace klynge::deck
