#include "pipeline/build.h"

#include <chrono>
#include <map>
#include <set>
#include <ostream>
#include <sstream>
#include <vector>

#include "base/file_path.h"
#include "base/text.h"
#include "load/content_loader.h"
#include "load/input_snapshot.h"
#include "load/theme_loader.h"
#include "pipeline/build_record.h"
#include "pipeline/progress.h"
#include "pipeline/stored_parse_caches.h"
#include "pipeline/theme_check.h"
#include "pipeline/unit_keys.h"
#include "render/cluster/cluster_edition.h"
#include "render/html/site_renderer.h"
#include "render/pdf/package_pdfs.h"
#include "validate/validator.h"
#include "write/output_writer.h"

namespace klynge {

void PrintDiagnostics(const Diagnostics& diags, const SourceLookup& lookup, std::ostream& err) {
  for (const Diagnostic& d : diags.Sorted()) err << FormatDiagnostic(d, lookup);
}

namespace {

size_t CountPdfs(const Output& files) {
  size_t n = 0;
  for (const auto& [path, bytes] : files.files()) n += path.ends_with(".pdf");
  return n;
}

// The rendering half of a build, once content is valid and the theme loaded:
// each unit's key, then only the units the record cannot keep.
class Renderer {
 public:
  Renderer(const Catalog& catalog, const Theme& theme, const InputSnapshot& snapshot,
           const BuildOptions& options, BuildRecord* record, Progress* progress)
      : catalog_(catalog), theme_(theme), snapshot_(snapshot), options_(options),
        record_(record), progress_(progress) {}

  Status Run(const std::vector<BuildPart>& parts) {
    uint64_t print_key = PrintKey(snapshot_, catalog_);
    std::set<std::string> packages, clusters;  // slugs to render
    if (HasPart(parts, BuildPart::kPdf))
      for (const Package* p : catalog_.PublishedPackages())
        if (!Keep("pdf:" + p->slug, PackageUnitKey(print_key, snapshot_, *p))) packages.insert(p->slug);
    if (HasPart(parts, BuildPart::kClusters))
      for (const ClusterEdition& c : catalog_.clusters)
        if (!Keep("cluster:" + c.slug, ClusterUnitKey(print_key, snapshot_, c, options_.clock)))
          clusters.insert(c.slug);
    progress_->Start(packages.size() + clusters.size());

    // PDFs first: the package pages list them with their sizes.
    Status status = Status::Ok();
    if (!packages.empty())
      status = RenderPackagePdfs(
          catalog_, theme_, [&](const Package& p) { return packages.count(p.slug) > 0; },
          [&](const std::string& unit, Output files) { return Take(unit, files); }, options_.jobs);
    if (status.ok() && HasPart(parts, BuildPart::kSite)) status = RenderSitePart();
    // The private packs go to output/clusters/, beside the public site, never inside it.
    if (status.ok() && !clusters.empty())
      status = RenderClusterEditions(
          catalog_, theme_, options_.clock, [&](const ClusterEdition& c) { return clusters.count(c.slug) > 0; },
          [&](const std::string& unit, Output files) { return Take(unit, files); }, options_.jobs);
    return status;
  }

 private:
  // Records `unit`'s key; true when the last build's files for it can stay.
  bool Keep(const std::string& unit, uint64_t key) {
    keys_[unit] = key;
    return record_->Keep(unit, key);
  }

  // Called from render threads; keys_ is only read by then.
  Status Take(const std::string& unit, const Output& files) {
    Status status = record_->Take(unit, keys_.at(unit), files);
    if (status.ok() && unit != "site" && !unit.starts_with("page:")) progress_->UnitDone(CountPdfs(files));
    return status;
  }

  // A package's own pages are rendered again when its folder, its PDFs or
  // what it shows of other packages changed; the rest of the site (catalog,
  // search index, sitemap) whenever anything changed. The writer then writes
  // only the files whose bytes changed.
  Status RenderSitePart() {
    PackageDocuments documents = ListPackageDocuments(catalog_, theme_, [&](const std::string& path) {
      return record_->SizeOf("site/" + path);
    });
    uint64_t page_key = PageKey(snapshot_, catalog_);
    std::vector<uint64_t> page_keys;
    std::set<std::string> stale;
    for (const auto& [slug, docs] : documents) {
      page_keys.push_back(PackagePagesKey(page_key, snapshot_, *catalog_.FindPackage(slug), docs));
      if (!Keep("page:" + slug, page_keys.back())) stale.insert(slug);
    }
    if (Keep("site", SiteKey(snapshot_, page_keys)) && stale.empty()) return Status::Ok();
    return RenderSite(
        catalog_, theme_, documents, [&](const Package& p) { return stale.count(p.slug) > 0; },
        [&](const std::string& unit, Output files) { return Take(unit, files); }, options_.jobs);
  }

  const Catalog& catalog_;
  const Theme& theme_;
  const InputSnapshot& snapshot_;
  const BuildOptions& options_;
  BuildRecord* record_;
  Progress* progress_;
  std::map<std::string, uint64_t> keys_;  // every unit of this build
};

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
  std::string theme_dir = FindThemeDir(options.root, files);
  std::vector<BuildPart> parts(options.only.begin(), options.only.end());
  if (parts.empty()) parts = {BuildPart::kSite, BuildPart::kPdf, BuildPart::kClusters};

  // Hashing every input is cheap next to parsing it: when nothing changed,
  // the build ends here.
  BuildManifest previous;
  bool cached = options.write && options.use_cache && ReadOutputManifest(output_dir, &previous, files);
  InputSnapshot snapshot;
  InputBytes input_bytes;  // what the snapshot read: the loaders parse these very bytes
  if (options.write)
    snapshot = TakeInputSnapshot(content_dir, theme_dir, previous.extra_inputs, options.jobs, &input_bytes, files);
  if (cached && BuildRecord::UpToDate(previous, parts, BuildDigest(snapshot, options.clock), output_dir, files)) {
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
  Catalog catalog = Validate(tree, &diags, {options.jobs, caches.markdown});
  if (caches.markdown) caches.markdown->DropUnused();
  std::ostringstream printed;
  PrintDiagnostics(diags, tree.Lookup(), printed);
  err << printed.str();
  result.errors = diags.error_count();
  result.warnings = diags.warning_count();
  if (diags.HasErrors()) {
    err << "klynge: " << diags.error_count() << " error(s), " << diags.warning_count()
        << " warning(s); nothing was written\n";
    result.exit_code = 1;
    return result;
  }

  auto fail = [&](const Status& status) {
    err << "klynge: " << status.message() << "\n";
    result.exit_code = 1;
    return result;
  };
  Theme theme;
  Status status = LoadTheme(theme_dir, catalog.site.language, &theme, JoinPath(content_dir, "clusters"), files,
                            &input_bytes);
  input_bytes = InputBytes();
  if (!status.ok()) return fail(status);
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
    status = Renderer(catalog, theme, snapshot, options, &record, &progress).Run(parts);
  }
  if (status.ok()) status = stored.Save(&writer);
  if (status.ok()) status = record.Commit(BuildDigest(snapshot, options.clock), fonts, printed.str(), result.warnings);
  if (!status.ok()) return fail(status);
  result.files_written = writer.files_written();
  Summarize(options, record.manifest(), &result, SecondsSince(started), err);
  return result;
}

}  // namespace klynge
