// praksisark.pdf: the sheet a clinic takes home after the meeting.

#include "render/pdf/documents.h"
#include "render/pdf/print_parts.h"

namespace klynge {

Status RenderPraksisarkPdf(const PrintContext& ctx, std::string* bytes) {
  if (!ctx.package.praksisark) return Status::Error("praksisark.pdf: the package has no praksisark");
  const Praksisark& sheet = *ctx.package.praksisark;
  pdf::PdfDocument doc(ctx.style.fonts, ctx.marks);
  doc.SetInfo(InfoFor(ctx, sheet.title));
  PackageMarkdown markdown(ctx, doc);

  std::vector<pdf::Block> blocks =
      TitleBlock(ctx, ctx.Ui("print_practice_sheet") + " · " + ctx.package.title, sheet.title, "");
  for (pdf::Block& b : markdown.Blocks(sheet.body)) blocks.push_back(std::move(b));

  pdf::PageSetup page = A4Page();
  pdf::Typeset(doc, page, blocks, RunningHeaderFooter(ctx, page, sheet.title));
  return FinishPdf(doc, "praksisark.pdf", bytes);
}

}  // namespace klynge
