#include "pipeline/build.h"

#include <chrono>
#include <map>
#include <ostream>
#include <sstream>
#include <vector>

#include "base/file_path.h"
#include "base/messages.h"
#include "base/text.h"
#include "load/content_loader.h"
#include "load/input_snapshot.h"
#include "load/theme_loader.h"
#include "pipeline/build_record.h"
#include "pipeline/build_units.h"
#include "pipeline/progress.h"
#include "pipeline/scheduler.h"
#include "pipeline/stored_parse_caches.h"
#include "pipeline/theme_check.h"
#include "pipeline/unit_keys.h"
#include "validate/glyph_check.h"
#include "validate/site_validator.h"
#include "validate/validator.h"
#include "write/output_writer.h"

namespace klynge {

void PrintDiagnostics(const Diagnostics& diags, const SourceLookup& lookup, Language language, std::ostream& err) {
  for (const Diagnostic& d : diags.Sorted()) err << FormatDiagnostic(d, lookup, language);
}

namespace {

// The whole build's key: the inputs and every option that changes a byte.
uint64_t Digest(const InputSnapshot& snapshot, const BuildOptions& options) {
  return BuildDigest(snapshot, options.clock, options.print_marks, options.show_drafts);
}

// The rendering half of a build, once content is valid and the theme loaded:
// each unit's key, then only the units the record cannot keep.
Status RenderUnits(const Catalog& catalog, const Theme& theme, const InputSnapshot& snapshot,
                   const BuildOptions& options, const std::vector<BuildPart>& parts, BuildRecord* record,
                   Progress* progress) {
  UnitHooks hooks;
  hooks.threads = options.jobs;
  hooks.keep = [&](const Unit& unit) { return record->Keep(unit.id, unit.key); };
  hooks.take = [&](const Unit& unit, Output files) { return record->Take(unit.id, unit.key, files); };
  hooks.progress = progress;
  BuildUnits units(catalog, theme, options.clock, &snapshot,
                   options.print_marks ? pdf::Marks::kBleedAndCrop : pdf::Marks::kNone);
  std::vector<Unit> first;  // the PDFs and the private cluster packs
  Status status = units.First(parts, &first);
  if (status.ok()) status = RunUnits(first, hooks);
  if (!status.ok()) return status;
  // Then the site, whose package pages list the PDFs with their sizes. The
  // writer writes only the files whose bytes changed.
  PackageDocuments documents = ListPackageDocuments(
      catalog, theme, [&](const std::string& path) { return record->SizeOf("site/" + path); });
  return RunUnits(units.Second(parts, std::move(documents)), hooks);
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void Summarize(const BuildOptions& options, const BuildManifest& manifest, BuildResult* result,
               double seconds, std::ostream& err) {
  OutputCounts counts = CountOutputs(manifest);
  result->pages = counts.pages;
  result->pdfs = counts.pdfs;
  result->clusters = counts.clusters;
  if (options.feedback)
    err << BuildSummary(counts.pages, counts.pdfs, counts.clusters, result->warnings, seconds,
                        result->files_written, result->up_to_date);
}

}  // namespace

BuildResult RunBuild(const BuildOptions& options, std::ostream& err) {
  auto started = std::chrono::steady_clock::now();
  BuildResult result;
  FileSystem* files = options.file_system;
  std::string output_dir = options.output_dir.empty() ? JoinPath(options.root, "output") : options.output_dir;
  std::string content_dir = JoinPath(options.root, "content");
  // The site's own theme may hold only the files it changes; the rest comes from the installed one.
  std::vector<std::string> theme_layers = ThemeLayers(options.root, files);
  const std::string& theme_dir = theme_layers.front();
  std::string base_theme_dir = theme_layers.size() > 1 ? theme_layers[1] : "";
  std::vector<BuildPart> parts(options.only.begin(), options.only.end());
  if (parts.empty()) parts = {BuildPart::kSite, BuildPart::kPdf, BuildPart::kClusters};

  // Hashing every input is cheap next to parsing it: when nothing changed,
  // the build ends here.
  BuildManifest previous;
  bool cached = options.write && options.use_cache && ReadOutputManifest(output_dir, &previous, files);
  InputSnapshot snapshot;
  InputBytes input_bytes;  // what the snapshot read: the loaders parse these very bytes
  if (options.write)
    snapshot = TakeInputSnapshot(content_dir, theme_dir, previous.extra_inputs, options.jobs, &input_bytes, files,
                                 base_theme_dir);
  if (cached && BuildRecord::UpToDate(previous, parts, Digest(snapshot, options), output_dir, files)) {
    err << previous.diagnostics;
    result.warnings = previous.warnings;
    result.up_to_date = true;
    Summarize(options, previous, &result, SecondsSince(started), err);
    return result;
  }

  // Between `build` runs what was parsed lives in the output folder's cache,
  // so a rebuild parses only the files that changed; serve keeps its own.
  StoredParseCaches stored(output_dir, cached, files);
  ParseCaches caches = options.write ? stored.Fill(options.caches) : options.caches;
  Diagnostics diags;
  ContentTree tree = LoadContent(content_dir, &diags, options.jobs, caches, &input_bytes.content, files);
  ContentBytes().swap(input_bytes.content);  // the files it did not use (hidden, unknown)
  // Validation reads the Markdown values in YAML through the same cache.
  Catalog catalog = Validate(tree, &diags, {options.jobs, caches.markdown, options.today, options.show_drafts});
  if (caches.markdown) caches.markdown->DropUnused();
  // Worded only now, so that what was found before site.yaml was read speaks its language too.
  Language language = MessageLanguage(tree);
  std::ostringstream printed;
  PrintDiagnostics(diags, tree.Lookup(), language, printed);
  err << printed.str();
  result.errors = diags.error_count();
  result.warnings = diags.warning_count();
  if (diags.HasErrors()) {
    err << "klynge: " << Format(Text(Msg::kNothingWritten, diags.error_count(), diags.warning_count()), language)
        << "\n";
    result.exit_code = 1;
    return result;
  }

  auto fail = [&](const Status& status) {
    err << "klynge: " << Format(status.text(), language) << "\n";
    result.exit_code = 1;
    return result;
  };
  Theme theme;
  Status status = LoadTheme(theme_layers, catalog.site.language, &theme, JoinPath(content_dir, "clusters"), files,
                            &input_bytes);
  input_bytes = InputBytes();
  if (!status.ok()) return fail(status);
  // The characters no font of the PDFs has can be looked for only now that the fonts are loaded.
  Diagnostics glyphs;
  CheckGlyphs(tree, theme.print, &glyphs);
  if (!glyphs.list().empty()) {
    std::ostringstream more;
    PrintDiagnostics(glyphs, tree.Lookup(), language, more);
    err << more.str();
    printed << more.str();
    result.warnings += glyphs.warning_count();
  }
  // `check` writes nothing, but finds what would fail or silently go missing
  // in the theme: a name no page supplies, a font that does not load.
  if (!options.write) {
    std::vector<std::string> problems = CheckTheme(catalog, theme, options.jobs);
    for (const std::string& problem : problems) err << "klynge: " << problem << "\n";
    if (!problems.empty()) {
      result.errors += static_cast<int>(problems.size());
      result.exit_code = 1;
    }
    return result;
  }
  // The fonts are inputs too; the theme names them, and hashed what it read.
  std::map<std::string, uint64_t> font_hashes = ThemeFonts(theme);
  SetExtraFiles(font_hashes, &snapshot);
  std::vector<std::string> fonts;
  for (const auto& [path, hash] : font_hashes) fonts.push_back(path);

  OutputWriter writer(output_dir, cached ? OutputWriter::Mode::kInPlace : OutputWriter::Mode::kFresh,
                      cached ? &previous : nullptr, files);
  status = writer.Begin();
  if (!status.ok()) return fail(status);
  BuildRecord record(cached ? &previous : nullptr, parts, output_dir, &writer);
  {
    Progress progress(options.feedback ? &err : nullptr);
    status = RenderUnits(catalog, theme, snapshot, options, parts, &record, &progress);
  }
  if (status.ok()) status = stored.Save(&writer);
  if (status.ok()) status = record.Commit(Digest(snapshot, options), fonts, printed.str(), result.warnings);
  if (!status.ok()) return fail(status);
  result.files_written = writer.files_written();
  Summarize(options, record.manifest(), &result, SecondsSince(started), err);
  return result;
}

}  // namespace klynge
