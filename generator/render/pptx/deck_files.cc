#include "render/pptx/deck_files.h"

#include "render/pdf/print_parts.h"
#include "render/pptx/deck.h"
#include "render/pptx/deck_pdf.h"
#include "render/pptx/pptx_package.h"

namespace klynge {

Status RenderDeckPptx(const PrintContext& ctx, std::string* bytes) {
  pdf::PdfDocument fonts(ctx.style.fonts);  // measures only: the slides wrap as the PDF's do
  return deck::WritePptx(BuildDeck(ctx, fonts), bytes);
}

Status RenderDeckPdf(const PrintContext& ctx, std::string* bytes) {
  pdf::PdfDocument doc(ctx.style.fonts, ctx.marks);
  deck::Deck deck = BuildDeck(ctx, doc);
  doc.SetInfo(InfoFor(ctx, deck.title));
  deck::DrawDeck(deck, doc);
  return FinishPdf(doc, "praesentation.pdf", bytes);
}

}  // namespace klynge
