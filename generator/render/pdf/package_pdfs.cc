#include "render/pdf/package_pdfs.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "base/parallel.h"
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

namespace {

// One package's documents; the thread that finishes its last one hands them on.
struct PackageJob {
  std::unique_ptr<PrintContext> ctx;
  std::vector<PrintDocument> documents;
  std::vector<std::string> bytes;
  std::atomic<size_t> left{0};
};

}  // namespace

Status RenderPackagePdfs(const Catalog& catalog, const Theme& theme, const PackageFilter& wanted,
                         const UnitSink& sink, unsigned threads) {
  std::vector<std::unique_ptr<PackageJob>> packages;
  std::vector<std::pair<PackageJob*, size_t>> jobs;  // one a document, in package order
  SlugSet published = PublishedSlugs(catalog);
  for (const Package* package : catalog.PublishedPackages()) {
    if (wanted && !wanted(*package)) continue;
    auto job = std::make_unique<PackageJob>();
    job->ctx = std::make_unique<PrintContext>(catalog, *package, theme, published);
    job->documents = PrintDocuments(*package, theme);
    job->bytes.resize(job->documents.size());
    job->left = job->documents.size();
    for (size_t d = 0; d < job->documents.size(); ++d) jobs.emplace_back(job.get(), d);
    packages.push_back(std::move(job));
  }

  return ParallelTry(jobs.size(), threads, [&](size_t i) {
    auto [job, d] = jobs[i];
    const PrintDocument& document = job->documents[d];
    Status status = RenderPrintDocument(*job->ctx, document, &job->bytes[d]);
    if (!status.ok()) return Status::Error(document.path + ": " + status.message());
    if (--job->left != 0) return Status::Ok();
    Output files;
    for (size_t k = 0; k < job->documents.size(); ++k)
      files.Add("site/" + job->documents[k].path, std::move(job->bytes[k]));
    return sink("pdf:" + job->ctx->package.slug, std::move(files));
  });
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

Status RenderPackagePdfs(const Catalog& catalog, const Theme& theme, Output* out,
                         PackageDocuments* documents, unsigned threads) {
  std::mutex mutex;
  Output all;
  Status status = RenderPackagePdfs(
      catalog, theme, nullptr,
      [&](const std::string&, Output files) {
        std::lock_guard<std::mutex> lock(mutex);
        all.Merge(std::move(files));
        return Status::Ok();
      },
      threads);
  if (!status.ok()) return status;
  *documents = ListPackageDocuments(catalog, theme, [&](const std::string& path) {
    const std::string* bytes = all.Get("site/" + path);
    return bytes ? bytes->size() : 0;
  });
  out->Merge(std::move(all));
  return Status::Ok();
}

}  // namespace klynge
