#include "pipeline/build.h"

#include <filesystem>
#include <ostream>

#include "load/content_loader.h"
#include "load/theme_loader.h"
#include "render/cluster/cluster_edition.h"
#include "render/html/site_renderer.h"
#include "render/output.h"
#include "render/pdf/package_pdfs.h"
#include "validate/validator.h"
#include "write/output_writer.h"

namespace klynge {

namespace fs = std::filesystem;

void PrintDiagnostics(const Diagnostics& diags, const SourceLookup& lookup, std::ostream& err) {
  for (const Diagnostic& d : diags.Sorted()) err << FormatDiagnostic(d, lookup);
}

namespace {

std::string Join(const std::string& root, const std::string& name) {
  if (root.empty() || root == ".") return name;
  return (fs::path(root) / name).lexically_normal().generic_string();
}

}  // namespace

BuildResult RunBuild(const BuildOptions& options, std::ostream& err) {
  BuildResult result;
  std::string output_dir = options.output_dir.empty() ? Join(options.root, "output") : options.output_dir;
  Diagnostics diags;
  ContentTree tree = LoadContent(Join(options.root, "content"), &diags);
  Catalog catalog = Validate(tree, &diags);
  PrintDiagnostics(diags, tree.Lookup(), err);
  result.errors = diags.error_count();
  result.warnings = diags.warning_count();
  if (diags.HasErrors()) {
    err << "klynge: " << diags.error_count() << " error(s), " << diags.warning_count()
        << " warning(s); nothing was written\n";
    result.exit_code = 1;
    return result;
  }
  if (!options.write) return result;
  Status folder = CheckOutputFolder(output_dir);
  if (!folder.ok()) {
    err << "klynge: " << folder.message() << "\n";
    result.exit_code = 1;
    return result;
  }
  Output output;
  Theme theme;
  Status rendered = LoadTheme(FindThemeDir(options.root), catalog.site.language, &theme);
  // PDFs first: the package pages list them with their sizes.
  PackageDocuments documents;
  if (rendered.ok()) rendered = RenderPackagePdfs(catalog, theme, &output, &documents);
  if (rendered.ok()) rendered = RenderSite(catalog, theme, documents, &output);
  // The private cluster packs go to output/clusters/, beside the public site, never inside it.
  if (rendered.ok()) rendered = RenderClusterEditions(catalog, theme, &output);
  if (!rendered.ok()) {
    err << "klynge: " << rendered.message() << "\n";
    result.exit_code = 1;
    return result;
  }
  Status written = WriteOutput(output, output_dir);
  if (!written.ok()) {
    err << "klynge: " << written.message() << "\n";
    result.exit_code = 1;
    return result;
  }
  result.files_written = output.size();
  return result;
}

}  // namespace klynge
