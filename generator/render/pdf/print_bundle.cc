#include "render/pdf/print_bundle.h"

#include "render/fit_text.h"
#include "render/pdf/cluster_documents.h"
#include "render/pdf/documents.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/layout/structure_tree.h"
#include "render/pdf/print_parts.h"

namespace klynge {

namespace {

using pdf::Face;

constexpr float kPointsPerMm = 72.0f / 25.4f;

float Mm(float mm) { return mm * kPointsPerMm; }

const Practice* FindPractice(const ClusterEdition& cluster, const std::string& id) {
  for (const Practice& p : cluster.practices)
    if (p.id == id) return &p;
  return nullptr;
}

// The cover: in the window the sender on one small line, "Fortroligt", then
// the clinic's name and address; below the fold what the envelope holds.
void AddCoverSheet(const PrintContext& ctx, pdf::PdfDocument& doc) {
  const PrintStyle& s = ctx.style;
  const Clinic& clinic = *ctx.edition->clinic;
  pdf::PageSetup page = A4Page();
  std::vector<pdf::DrawOp> ops;
  float x = Mm(kWindowLeftMm + 5), top = Mm(kWindowTopMm), width = Mm(kWindowWidthMm - 10);
  // Shortened with "…" to `room` (the window's width unless given).
  auto fitted = [&](const std::string& text, Face face, float size, float room = 0) {
    if (room == 0) room = width;
    return FitToWidth(text, room, [&](std::string_view t) { return doc.Width(face, size, t); });
  };
  // Each line is its own paragraph in the tagged PDF, the package's title its heading.
  pdf::StructureTree& tree = doc.structure();
  auto tagged = [&](pdf::TextOp op, pdf::Role role = pdf::Role::kP) {
    op.tag = tree.Add(pdf::StructureTree::kRoot, role);
    ops.push_back(std::move(op));
  };
  // The remark zone: five lines of 3.5 mm above the address.
  tagged(pdf::TextOp{x, top + Mm(4), Face::kRegular, 7, s.muted, fitted(ctx.site.organisation, Face::kRegular, 7)});
  tagged(pdf::TextOp{x, top + Mm(12), Face::kBold, 8, s.text, fitted(ctx.Ui("edition_confidential"), Face::kBold, 8)});
  float line = top + Mm(17.7f) + 11;  // the address zone's first baseline
  std::vector<std::string> address = {clinic.name};
  if (const Practice* p = FindPractice(ctx.edition->cluster, clinic.practice))
    address.insert(address.end(), p->address.begin(), p->address.end());
  for (const std::string& text : address) {
    tagged(pdf::TextOp{x, line, Face::kRegular, 10, s.text, fitted(text, Face::kRegular, 10)});
    line += 12.5f;
  }
  float y = Mm(kWindowTopMm + kWindowHeightMm + 25);
  tagged(pdf::TextOp{page.left, y, Face::kBold, 14, s.accent_dark,
                     fitted(ctx.package.title, Face::kBold, 14, page.body_width())},
         pdf::Role::kH1);
  y += 20;
  tagged(pdf::TextOp{page.left, y, Face::kRegular, 10, s.text,
                     fitted(ctx.edition->cluster.name + " · " + MeetingWhen(ctx), Face::kRegular, 10,
                            page.body_width())});
  y += 24;
  tagged(pdf::TextOp{page.left, y, Face::kBold, 10, s.text, ctx.Ui("edition_envelope_holds")});
  for (const std::string& item : {ctx.Ui("edition_clinic_sheet"), ctx.package.plan.title + " (A4)"}) {
    y += 14;
    tagged(pdf::TextOp{page.left + 10, y, Face::kRegular, 10, s.text,
                       fitted("– " + item, Face::kRegular, 10, page.body_width() - 10)});
  }
  doc.AddPage(page.width, page.height, ops);
}

}  // namespace

Status RenderPrintBundlePdf(const std::vector<const PrintContext*>& clinics, std::string* bytes) {
  if (clinics.empty()) return Status::Error("tryk.pdf: no clinics");
  const PrintContext& first = *clinics.front();
  pdf::PdfDocument doc(first.style.fonts, first.marks);
  doc.SetInfo(InfoFor(first, first.Ui("edition_print_bundle") + ": " + first.edition->cluster.name));
  pdf::PageSetup a4 = A4Page();
  for (const PrintContext* ctx : clinics) {
    if (!ctx->edition || !ctx->edition->clinic) return Status::Error("tryk.pdf: a context without its clinic");
    AddCoverSheet(*ctx, doc);
    if (Status s = AppendClinicSheetPages(*ctx, doc); !s.ok()) return s;
    if (Status s = AppendPlanPages(*ctx, PaperSize::kA4, doc); !s.ok()) return s;
    // Duplex: the next clinic's cover goes on the front of a new sheet.
    if (doc.page_count() % 2 == 1) doc.AddPage(a4.width, a4.height, {});
  }
  return FinishPdf(doc, "tryk.pdf", bytes);
}

}  // namespace klynge
