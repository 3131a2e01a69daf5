#pragma once
// Which PDFs a package gets, what they are called and where they are
// published: the one list both the PDF renderer and the package page use.

#include <string>
#include <vector>

#include "model/package.h"
#include "model/sheets.h"
#include "model/theme.h"

namespace klynge {

enum class PrintKind { kHandout, kProgram, kDrejebog, kNotes, kPraksisark, kPlan };

struct PrintDocument {
  PrintKind kind = PrintKind::kHandout;
  PaperSize paper = PaperSize::kA4;  // for plans; the others are A4
  std::string name;   // "program", "implementeringsplan-a3"
  std::string title;  // "Detaljeret program til mødeleder", "Implementeringsplan A3"
  std::string path;   // site path: "pakker/<slug>/pdf/program.pdf"
  // For kDrejebog: the drejebog-<name>.yaml it prints, or nullptr for drejebog.yaml.
  const AudienceDrejebog* audience = nullptr;
};

// In the order the package page lists them: klyngepakke, program, drejebog,
// each drejebog-<name> (by name), mødenoter, praksisark (when the package has them), then the plan in each
// of its sizes from A4 up.
std::vector<PrintDocument> PrintDocuments(const Package& package, const Theme& theme);

}  // namespace klynge
