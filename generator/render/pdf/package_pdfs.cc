#include "render/pdf/package_pdfs.h"

#include "render/pdf/documents.h"

namespace klynge {

Status RenderPrintDocument(const PrintContext& ctx, const PrintDocument& document, std::string* bytes) {
  switch (document.kind) {
    case PrintKind::kHandout: return RenderHandoutPdf(ctx, bytes);
    case PrintKind::kProgram: return RenderProgramPdf(ctx, bytes);
    case PrintKind::kDrejebog:
      return document.audience ? RenderAudienceDrejebogPdf(ctx, *document.audience, bytes)
                               : RenderDrejebogPdf(ctx, bytes);
    case PrintKind::kNotes: return RenderNotesPdf(ctx, bytes);
    case PrintKind::kPraksisark: return RenderPraksisarkPdf(ctx, bytes);
    case PrintKind::kPlan: return RenderPlanPdf(ctx, document.paper, bytes);
  }
  return Status::Error(document.name + ": unknown kind of document");
}

Status RenderPackagePdf(const PackagePdfInput& input, Output* out) {
  PrintContext ctx(input.site, input.package, input.theme, input.published);
  ctx.marks = input.marks;
  std::string bytes;
  Status status = RenderPrintDocument(ctx, input.document, &bytes);
  if (!status.ok()) return Status::Error(input.document.path + ": " + status.message());
  out->Add("site/" + input.document.path, std::move(bytes));
  return Status::Ok();
}

PackageDocuments ListPackageDocuments(const Catalog& catalog, const Theme& theme,
                                      const std::function<size_t(const std::string&)>& size_of) {
  PackageDocuments listed;
  for (const Package* package : catalog.PublishedPackages()) {
    std::vector<PublishedDocument>& docs = listed[package->slug];
    for (const PrintDocument& d : PrintDocuments(*package, theme)) {
      std::string paper = d.kind == PrintKind::kPlan ? PaperName(d.paper) : "";
      docs.push_back(PublishedDocument{d.title, d.path, size_of(d.path), paper});
    }
  }
  return listed;
}

}  // namespace klynge
