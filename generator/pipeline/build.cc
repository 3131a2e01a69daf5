#include "pipeline/build.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <ostream>
#include <sstream>
#include <vector>

#include "load/content_loader.h"
#include "load/input_snapshot.h"
#include "load/theme_loader.h"
#include "pipeline/build_record.h"
#include "pipeline/progress.h"
#include "pipeline/unit_keys.h"
#include "render/cluster/cluster_edition.h"
#include "render/html/site_renderer.h"
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

bool Has(const std::vector<BuildPart>& parts, BuildPart part) {
  return std::find(parts.begin(), parts.end(), part) != parts.end();
}

size_t CountPdfs(const Output& files) {
  size_t n = 0;
  for (const auto& [path, bytes] : files.files())
    if (path.size() > 4 && path.compare(path.size() - 4, 4, ".pdf") == 0) ++n;
  return n;
}

// The rendering half of a build, once content is valid and the theme loaded.
class Renderer {
 public:
  Renderer(const Catalog& catalog, const Theme& theme, const InputSnapshot& snapshot,
           const BuildOptions& options, BuildRecord* record, Progress* progress)
      : catalog_(catalog), theme_(theme), snapshot_(snapshot), options_(options),
        record_(record), progress_(progress), print_key_(PrintKey(snapshot, catalog)) {}

  Status Run(const std::vector<BuildPart>& parts) {
    std::vector<const Package*> packages;
    std::vector<const ClusterEdition*> clusters;
    if (Has(parts, BuildPart::kPdf))
      for (const Package* p : catalog_.PublishedPackages())
        if (!record_->Keep("pdf:" + p->slug, PackageUnitKey(print_key_, snapshot_, *p))) packages.push_back(p);
    if (Has(parts, BuildPart::kClusters))
      for (const ClusterEdition& c : catalog_.clusters)
        if (!record_->Keep("cluster:" + c.slug, ClusterUnitKey(print_key_, snapshot_, c))) clusters.push_back(&c);
    progress_->Start(packages.size() + clusters.size());

    // PDFs first: the package pages list them with their sizes.
    if (!packages.empty()) {
      std::set<const Package*> wanted(packages.begin(), packages.end());
      Status status = RenderPackagePdfs(
          catalog_, theme_, [&](const Package& p) { return wanted.count(&p) > 0; },
          [&](const std::string& unit, Output files) {
            const Package& p = *catalog_.FindPackage(unit.substr(4));
            return Took(record_->Take(unit, PackageUnitKey(print_key_, snapshot_, p), files), files);
          },
          options_.jobs);
      if (!status.ok()) return status;
    }
    if (Has(parts, BuildPart::kSite)) {
      Status status = RenderSitePart();
      if (!status.ok()) return status;
    }
    // The private packs go to output/clusters/, beside the public site, never inside it.
    if (!clusters.empty()) {
      std::set<const ClusterEdition*> wanted(clusters.begin(), clusters.end());
      Status status = RenderClusterEditions(
          catalog_, theme_, [&](const ClusterEdition& c) { return wanted.count(&c) > 0; },
          [&](const std::string& unit, Output files) {
            const ClusterEdition* c = *std::find_if(clusters.begin(), clusters.end(), [&](auto* x) {
              return "cluster:" + x->slug == unit;
            });
            return Took(record_->Take(unit, ClusterUnitKey(print_key_, snapshot_, *c), files), files);
          },
          options_.jobs);
      if (!status.ok()) return status;
    }
    return Status::Ok();
  }

 private:
  Status Took(Status status, const Output& files) {
    if (status.ok()) progress_->UnitDone(CountPdfs(files));
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
    // The pages show the PDFs' sizes, so those belong to the keys.
    std::map<std::string, uint64_t> page_keys;
    uint64_t page_key = PageKey(snapshot_, catalog_);
    uint64_t site_key = snapshot_.Digest();
    for (const auto& [slug, docs] : documents) {
      uint64_t key = PackagePagesKey(page_key, snapshot_, *catalog_.FindPackage(slug));
      for (const PublishedDocument& d : docs) key = key * 1099511628211ull + d.bytes;
      page_keys[slug] = key;
      site_key = site_key * 1099511628211ull + key;
    }
    std::set<std::string> stale;
    for (const auto& [slug, key] : page_keys)
      if (!record_->Keep("page:" + slug, key)) stale.insert(slug);
    if (record_->Keep("site", site_key) && stale.empty()) return Status::Ok();
    return RenderSite(
        catalog_, theme_, documents, [&](const Package& p) { return stale.count(p.slug) > 0; },
        [&](const std::string& unit, Output files) {
          uint64_t key = unit == "site" ? site_key : page_keys.at(unit.substr(5));
          return record_->Take(unit, key, files);
        },
        options_.jobs);
  }

  const Catalog& catalog_;
  const Theme& theme_;
  const InputSnapshot& snapshot_;
  const BuildOptions& options_;
  BuildRecord* record_;
  Progress* progress_;
  uint64_t print_key_;
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
  std::string output_dir = options.output_dir.empty() ? Join(options.root, "output") : options.output_dir;
  std::string content_dir = Join(options.root, "content");
  std::string theme_dir = FindThemeDir(options.root);
  std::vector<BuildPart> parts(options.only.begin(), options.only.end());
  if (parts.empty()) parts = {BuildPart::kSite, BuildPart::kPdf, BuildPart::kClusters};

  // Hashing every input is cheap next to parsing it: when nothing changed,
  // the build ends here.
  BuildManifest previous;
  bool cached = options.write && options.use_cache && ReadOutputManifest(output_dir, &previous);
  InputSnapshot snapshot;
  if (options.write) snapshot = TakeInputSnapshot(content_dir, theme_dir, previous.extra_inputs, options.jobs);
  if (cached && BuildRecord::UpToDate(previous, parts, snapshot.Digest(), output_dir)) {
    err << previous.diagnostics;
    result.warnings = previous.warnings;
    result.up_to_date = true;
    Summarize(options, previous, &result, SecondsSince(started), err);
    return result;
  }

  Diagnostics diags;
  ContentTree tree = LoadContent(content_dir, &diags, options.jobs, options.yaml_cache);
  Catalog catalog = Validate(tree, &diags);
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
  if (!options.write) return result;

  auto fail = [&](const Status& status) {
    err << "klynge: " << status.message() << "\n";
    result.exit_code = 1;
    return result;
  };
  Theme theme;
  Status status = LoadTheme(theme_dir, catalog.site.language, &theme);
  if (!status.ok()) return fail(status);
  // The fonts are inputs too; the theme names them.
  std::vector<std::string> fonts = ThemeFonts(theme);
  for (auto it = snapshot.files.lower_bound("file:"); it != snapshot.files.end() && it->first.rfind("file:", 0) == 0;)
    it = snapshot.files.erase(it);
  AddExtraFiles(fonts, &snapshot);

  OutputWriter writer(output_dir, cached ? OutputWriter::Mode::kInPlace : OutputWriter::Mode::kFresh,
                      cached ? &previous : nullptr);
  status = writer.Begin();
  if (!status.ok()) return fail(status);
  BuildRecord record(cached ? &previous : nullptr, parts, output_dir, &writer);
  {
    Progress progress(options.feedback ? &err : nullptr);
    status = Renderer(catalog, theme, snapshot, options, &record, &progress).Run(parts);
  }
  if (status.ok()) status = record.Commit(snapshot.Digest(), fonts, printed.str(), result.warnings);
  if (!status.ok()) return fail(status);
  result.files_written = writer.files_written();
  Summarize(options, record.manifest(), &result, SecondsSince(started), err);
  return result;
}

}  // namespace klynge
