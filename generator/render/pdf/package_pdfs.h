#pragma once
// Every published package's PDFs: site/pakker/<slug>/pdf/<name>.pdf.

#include <functional>
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

// Renders the documents of each published package `wanted` accepts and hands
// each package's files to `sink` as the unit "pdf:<slug>", paths under
// "site/". Documents are made on up to `threads` threads (0: one per core);
// the bytes do not depend on it. Fails with the first document that fails, naming it.
Status RenderPackagePdfs(const Catalog& catalog, const Theme& theme, const PackageFilter& wanted,
                         const UnitSink& sink, unsigned threads = 0);

// What every published package's page lists, each document with the size
// `size_of` gives for its site path ("pakker/<slug>/pdf/program.pdf").
PackageDocuments ListPackageDocuments(const Catalog& catalog, const Theme& theme,
                                      const std::function<size_t(const std::string&)>& size_of);

// All documents of all published packages into `out`, listed in `documents`.
Status RenderPackagePdfs(const Catalog& catalog, const Theme& theme, Output* out,
                         PackageDocuments* documents, unsigned threads = 0);

}  // namespace klynge
