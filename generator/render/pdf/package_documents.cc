#include "render/pdf/package_documents.h"

#include <algorithm>

#include "render/html/site_paths.h"
#include "render/pdf/print_context.h"

namespace klynge {

std::vector<PrintDocument> PrintDocuments(const Package& package, const Theme& theme) {
  std::vector<PrintDocument> docs;
  auto add = [&](PrintKind kind, std::string name, std::string title, PaperSize paper = PaperSize::kA4) {
    std::string path = PackageDir(package.slug) + "pdf/" + name + ".pdf";
    docs.push_back(PrintDocument{kind, paper, std::move(name), std::move(title), std::move(path)});
  };
  add(PrintKind::kHandout, "klyngepakke", PrintUi(theme, "print_package"));
  if (package.program) add(PrintKind::kProgram, "program", package.program->title);
  if (package.drejebog) add(PrintKind::kDrejebog, "drejebog", PrintUi(theme, "drejebog_link"));
  for (const AudienceDrejebog& audience : package.audience_drejebog) {
    add(PrintKind::kDrejebog, audience.FileStem(), audience.title);
    docs.back().audience = &audience;
  }
  add(PrintKind::kNotes, "moedenoter", package.notes.title);
  if (package.praksisark) add(PrintKind::kPraksisark, "praksisark", package.praksisark->title);
  // PaperSize runs from A4 to A0: list the smallest sheet first, once per size.
  std::vector<PaperSize> sizes = package.plan.sizes;
  std::sort(sizes.begin(), sizes.end());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  for (PaperSize size : sizes) {
    std::string paper = PaperName(size);
    std::string lower = paper;
    lower[0] = 'a';
    add(PrintKind::kPlan, "implementeringsplan-" + lower, package.plan.title + " " + paper, size);
  }
  return docs;
}

}  // namespace klynge
