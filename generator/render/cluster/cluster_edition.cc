#include "render/cluster/cluster_edition.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "render/cluster/cluster_index.h"
#include "render/ics/calendar.h"
#include "render/pdf/cluster_documents.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/package_documents.h"
#include "render/pdf/package_pdfs.h"
#include "stats/cluster_figures.h"

namespace klynge {

namespace {

class PackWriter {
 public:
  PackWriter(const ClusterEdition& cluster, Output* out)
      : root_("clusters/" + cluster.slug + "/"), out_(out) {}

  // Renders one file of the pack; the first failure sticks, naming the file.
  template <typename Render>
  void Add(const std::string& path, const std::string& title, std::vector<PackFile>* listing,
           Render render) {
    if (!status_.ok()) return;
    std::string bytes;
    Status s = render(&bytes);
    if (!s.ok()) {
      status_ = Status::Error(root_ + path + ": " + s.message());
      return;
    }
    listing->push_back(PackFile{title, path, bytes.size()});
    out_->Add(root_ + path, std::move(bytes));
  }
  void AddBytes(const std::string& path, std::string bytes) {
    out_->Add(root_ + path, std::move(bytes));
  }

  const Status& status() const { return status_; }

 private:
  std::string root_;
  Output* out_;
  Status status_ = Status::Ok();
};

}  // namespace

Status RenderClusterEdition(const ClusterEdition& cluster, const Catalog& catalog,
                            const Theme& theme, Output* out) {
  const Package* package = catalog.FindPackage(cluster.package);
  if (!package)
    return Status::Error("clusters/" + cluster.slug + ": no package `" + cluster.package + "`");
  ClusterFigures figures = ComputeClusterFigures(cluster, *package);
  EditionContext edition{cluster, figures, nullptr};
  PrintContext ctx(catalog, *package, theme);
  ctx.edition = &edition;

  Output pack;
  PackWriter writer(cluster, &pack);
  PackContents contents;
  writer.Add("uddelingskopi.pdf", ctx.Ui("edition_handout"), &contents.shared,
             [&](std::string* bytes) { return RenderClusterHandoutPdf(ctx, bytes); });
  std::vector<PrintDocument> documents = PrintDocuments(*package, theme);
  for (const PrintDocument& document : documents) {
    if (document.kind == PrintKind::kHandout)
      continue;  // the public handout; uddelingskopi replaces it
    writer.Add(document.name + ".pdf", document.title, &contents.shared,
               [&](std::string* bytes) { return RenderPrintDocument(ctx, document, bytes); });
    if (document.kind == PrintKind::kDrejebog)
      writer.Add("drejebog.ics", ctx.Ui("edition_calendar"), &contents.shared,
                 [&](std::string* bytes) {
                   *bytes = RenderCalendar(cluster, *package);
                   return Status::Ok();
                 });
  }

  // The envelopes, in ydernummer order so that the listing says nothing about the letters.
  std::vector<const Clinic*> clinics;
  for (const Clinic& c : figures.clinics) clinics.push_back(&c);
  std::sort(clinics.begin(), clinics.end(),
            [](const Clinic* a, const Clinic* b) { return a->practice < b->practice; });
  for (const Clinic* clinic : clinics) {
    EditionContext own{cluster, figures, clinic};
    PrintContext clinic_ctx(catalog, *package, theme);
    clinic_ctx.edition = &own;
    PackClinic entry{clinic->practice, clinic->name, {}};
    std::string folder = "klinikker/" + clinic->practice + "/";
    writer.Add(folder + "klinikark.pdf", ctx.Ui("edition_clinic_sheet"), &entry.files,
               [&](std::string* bytes) { return RenderClinicSheetPdf(clinic_ctx, bytes); });
    for (const PrintDocument& document : documents) {
      if (document.kind != PrintKind::kPlan) continue;
      writer.Add(
          folder + document.name + ".pdf", document.title, &entry.files,
          [&](std::string* bytes) { return RenderPrintDocument(clinic_ctx, document, bytes); });
    }
    contents.clinics.push_back(std::move(entry));
  }
  if (!writer.status().ok()) return writer.status();

  writer.AddBytes("index.html", RenderClusterIndex(cluster, *package, contents, theme, ctx.lang));
  out->Merge(std::move(pack));
  return Status::Ok();
}

Status RenderClusterEditions(const Catalog& catalog, const Theme& theme, Output* out,
                             unsigned threads) {
  const std::vector<ClusterEdition>& clusters = catalog.clusters;
  std::vector<Output> packs(clusters.size());
  std::vector<Status> statuses(clusters.size(), Status::Ok());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < clusters.size();)
      statuses[i] = RenderClusterEdition(clusters[i], catalog, theme, &packs[i]);
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, clusters.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  for (size_t i = 0; i < clusters.size(); ++i) {
    if (!statuses[i].ok()) return statuses[i];
    out->Merge(std::move(packs[i]));
  }
  return Status::Ok();
}

}  // namespace klynge
