#pragma once
// The print documents of a package, each rendered to PDF bytes. Pure: the
// package and theme in, bytes out; libharu's failures come back as a Status.

#include <string>

#include "base/status.h"
#include "model/sheets.h"
#include "render/pdf/layout/pdf_document.h"
#include "render/pdf/print_context.h"

namespace klynge {

// klyngepakke.pdf: the package page as a handout, with its facts and målepunkter.
Status RenderHandoutPdf(const PrintContext& ctx, std::string* bytes);
// program.pdf: the timed agenda for the chair. Requires package.program.
Status RenderProgramPdf(const PrintContext& ctx, std::string* bytes);
// drejebog.pdf: before, during and after, with timing, roles and checklists.
Status RenderDrejebogPdf(const PrintContext& ctx, std::string* bytes);
// drejebog-<name>.pdf: drejebog-<name>.yaml's tasks, titled with its title and audience.
Status RenderAudienceDrejebogPdf(const PrintContext& ctx, const AudienceDrejebog& audience, std::string* bytes);
// moedenoter.pdf: the notes sheet's sections with ruled lines.
Status RenderNotesPdf(const PrintContext& ctx, std::string* bytes);
// praksisark.pdf: the take-home sheet. Requires package.praksisark.
Status RenderPraksisarkPdf(const PrintContext& ctx, std::string* bytes);
// implementeringsplan-<size>.pdf: one landscape sheet to fill in by hand.
Status RenderPlanPdf(const PrintContext& ctx, PaperSize paper, std::string* bytes);
// The same sheet added to `doc`, which may hold other documents (tryk.pdf).
Status AppendPlanPages(const PrintContext& ctx, PaperSize paper, pdf::PdfDocument& doc);

}  // namespace klynge
