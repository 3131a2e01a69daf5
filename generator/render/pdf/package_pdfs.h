#pragma once
// Every published package's PDFs: site/pakker/<slug>/pdf/<name>.pdf.

#include <string>

#include "base/status.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/output.h"
#include "render/pdf/package_documents.h"
#include "render/pdf/print_context.h"
#include "render/published_document.h"

namespace klynge {

// One document of PrintDocuments(package, theme).
Status RenderPrintDocument(const PrintContext& ctx, const PrintDocument& document, std::string* bytes);

// Renders the documents of every published package into `out` and lists
// them, with their sizes, in `documents` for the package pages. Documents
// are made on up to `threads` threads (0: one per core); the bytes do not
// depend on it. Fails with the first document that fails, naming it.
Status RenderPackagePdfs(const Catalog& catalog, const Theme& theme, Output* out,
                         PackageDocuments* documents, unsigned threads = 0);

}  // namespace klynge
