#pragma once
// A published package's PDFs, one document at a time: site/pakker/<slug>/pdf/<name>.pdf.

#include <functional>
#include <string>
#include <tuple>

#include "base/status.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/output.h"
#include "render/pdf/package_documents.h"
#include "render/pdf/print_context.h"
#include "render/published_document.h"

namespace klynge {

// Everything one of a package's PDFs may read. Fields() lists every member:
// the build cache keys the document on exactly these.
struct PackagePdfInput {
  const Site& site;
  const Theme& theme;  // the print theme, its fonts and strings
  const Package& package;
  PrintDocument document;  // one of PrintDocuments(package, theme)
  SlugSet published;       // the published packages, which its links may point to
  pdf::Marks marks = pdf::Marks::kNone;  // build --print-marks

  auto Fields() const { return std::tie(site, theme, package, document, published, marks); }
};

// One document of PrintDocuments(package, theme).
Status RenderPrintDocument(const PrintContext& ctx, const PrintDocument& document, std::string* bytes);

// The document as "site/<document.path>" into `out`; an error names the document.
Status RenderPackagePdf(const PackagePdfInput& input, Output* out);

// What every published package's page lists, each document with the size
// `size_of` gives for its site path ("pakker/<slug>/pdf/program.pdf").
PackageDocuments ListPackageDocuments(const Catalog& catalog, const Theme& theme,
                                      const std::function<size_t(const std::string&)>& size_of);

}  // namespace klynge
