#include "render/pdf/package_pdfs.h"

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "render/pdf/documents.h"

namespace klynge {

Status RenderPrintDocument(const PrintContext& ctx, const PrintDocument& document, std::string* bytes) {
  switch (document.kind) {
    case PrintKind::kHandout: return RenderHandoutPdf(ctx, bytes);
    case PrintKind::kProgram: return RenderProgramPdf(ctx, bytes);
    case PrintKind::kDrejebog: return RenderDrejebogPdf(ctx, bytes);
    case PrintKind::kNotes: return RenderNotesPdf(ctx, bytes);
    case PrintKind::kPraksisark: return RenderPraksisarkPdf(ctx, bytes);
    case PrintKind::kPlan: return RenderPlanPdf(ctx, document.paper, bytes);
  }
  return Status::Error(document.name + ": unknown kind of document");
}

Status RenderPackagePdfs(const Catalog& catalog, const Theme& theme, Output* out,
                         PackageDocuments* documents, unsigned threads) {
  struct Job {
    const PrintContext* ctx;
    PrintDocument document;
    std::string bytes;
    Status status = Status::Ok();
  };
  std::vector<std::unique_ptr<PrintContext>> contexts;
  std::vector<Job> jobs;
  for (const Package* package : catalog.PublishedPackages()) {
    contexts.push_back(std::make_unique<PrintContext>(catalog, *package, theme));
    for (PrintDocument& document : PrintDocuments(*package, theme))
      jobs.push_back(Job{contexts.back().get(), std::move(document), {}});
  }

  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < jobs.size();)
      jobs[i].status = RenderPrintDocument(*jobs[i].ctx, jobs[i].document, &jobs[i].bytes);
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, jobs.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();

  for (Job& job : jobs) {
    if (!job.status.ok()) return Status::Error(job.document.path + ": " + job.status.message());
    std::string paper = job.document.kind == PrintKind::kPlan ? PaperName(job.document.paper) : "";
    (*documents)[job.ctx->package.slug].push_back(
        PublishedDocument{job.document.title, job.document.path, job.bytes.size(), paper});
    out->Add("site/" + job.document.path, std::move(job.bytes));
  }
  return Status::Ok();
}

}  // namespace klynge
