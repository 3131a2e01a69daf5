#pragma once
// The documents only a cluster's edition has. Both need ctx.edition; the
// clinic sheet also ctx.edition->clinic.

#include <string>

#include "base/status.h"
#include "render/pdf/layout/pdf_document.h"
#include "render/pdf/print_context.h"

namespace klynge {

// uddelingskopi.pdf: for every indicator, charts and tables of all clinics
// (letters when the cluster is closed, names when open).
Status RenderClusterHandoutPdf(const PrintContext& ctx, std::string* bytes);

// The sheet for one clinic's sealed envelope: its name, its letter, its own
// values and ranks, and the charts with its bar highlighted. It names no
// other clinic: the others appear as letters only.
Status RenderClinicSheetPdf(const PrintContext& ctx, std::string* bytes);
// The same pages added to `doc`, which may hold other documents (tryk.pdf).
Status AppendClinicSheetPages(const PrintContext& ctx, pdf::PdfDocument& doc);

}  // namespace klynge
