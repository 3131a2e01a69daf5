#include "render/cluster/cluster_edition.h"

#include <algorithm>
#include <deque>
#include <functional>

#include "render/cluster/cluster_index.h"
#include "render/ics/calendar.h"
#include "render/invitation/invitation.h"
#include "render/invitation/invitation_eml.h"
#include "render/pdf/invitation_pdf.h"
#include "render/pdf/cluster_documents.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/package_documents.h"
#include "render/pdf/package_pdfs.h"
#include "render/pdf/print_bundle.h"
#include "render/pptx/deck_files.h"
#include "stats/cluster_figures.h"

namespace klynge {

namespace {

// One file of a pack, planned first and made once the plan is complete.
struct PackJob {
  std::string path;  // relative to the pack
  std::function<Status(std::string*)> render;
  std::vector<PackFile>* listing;  // where the index lists it
  size_t entry;                    // its place there
  std::string bytes;
  // Made from other files of the pack (the e-mail that attaches PDFs): only
  // once every other job has finished.
  bool assembled = false;
};

// A cluster's pack before it is rendered: the contexts its documents need
// (at stable addresses), the files to make and the index that lists them.
struct PackPlan {
  const ClusterEdition* cluster = nullptr;
  const Package* package = nullptr;
  std::string root;  // "clusters/<slug>/"
  ClusterFigures figures;
  std::deque<EditionContext> editions;
  std::deque<PrintContext> contexts;
  Invitation invitation;
  std::vector<PackJob> jobs;
  PackContents contents;

  void Add(const std::string& path, const std::string& title, std::vector<PackFile>* listing,
           std::function<Status(std::string*)> render, bool assembled = false) {
    listing->push_back(PackFile{title, path, 0});
    jobs.push_back(PackJob{path, std::move(render), listing, listing->size() - 1, {}, assembled});
  }

  // The bytes of a finished job, or nullptr.
  const std::string* Made(const std::string& path) const {
    for (const PackJob& job : jobs)
      if (job.path == path && !job.assembled) return &job.bytes;
    return nullptr;
  }
};

// invitation.eml, from the pack's own klyngepakke.pdf and praksisark.pdf, so
// that the attachments are the files beside it, byte for byte.
Status AssembleInvitationMail(const PackPlan& plan, const BuildClock& clock, std::string* bytes) {
  std::vector<MailAttachment> attachments;
  for (const InvitationFile& file : plan.invitation.attachments) {
    const std::string* made = plan.Made(file.file);
    if (!made) return Status::Error("the pack has no " + file.file + " to attach");
    attachments.push_back({file.file, *made});
  }
  *bytes = RenderInvitationEml(plan.invitation, attachments, clock);
  return Status::Ok();
}

void PlanPack(const ClusterPackInput& input, PackPlan* plan) {
  const ClusterEdition& cluster = input.cluster;
  const Package* package = &input.package;
  const Theme& theme = input.theme;
  const BuildClock& clock = input.clock;
  plan->cluster = &cluster;
  plan->package = package;
  plan->root = "clusters/" + cluster.slug + "/";
  plan->figures = ComputeClusterFigures(cluster, *package);
  const EditionContext& edition = plan->editions.emplace_back(EditionContext{cluster, plan->figures, nullptr});
  PrintContext& ctx = plan->contexts.emplace_back(input.site, *package, theme, input.published);
  ctx.edition = &edition;
  ctx.marks = input.marks;

  std::vector<PackFile>* shared = &plan->contents.shared;
  // The invitation first: it is what the coordinator sends before the meeting.
  plan->invitation = MakeInvitation(cluster, *package, input.site, theme, input.published.get());
  plan->Add("invitation.eml", ctx.Ui("edition_invitation_mail"), shared,
            [plan, clock](std::string* bytes) { return AssembleInvitationMail(*plan, clock, bytes); }, true);
  plan->Add("invitation.pdf", ctx.Ui("edition_invitation_letter"), shared,
            [&ctx, plan](std::string* bytes) { return RenderInvitationPdf(ctx, plan->invitation, bytes); });
  plan->Add("uddelingskopi.pdf", ctx.Ui("edition_handout"), shared,
            [&ctx](std::string* bytes) { return RenderClusterHandoutPdf(ctx, bytes); });
  plan->Add("praesentation.pptx", ctx.Ui("edition_deck"), shared, [&ctx](std::string* b) { return RenderDeckPptx(ctx, b); });
  plan->Add("praesentation.pdf", ctx.Ui("edition_deck_pdf"), shared, [&ctx](std::string* b) { return RenderDeckPdf(ctx, b); });
  std::vector<PrintDocument> documents = PrintDocuments(*package, theme);
  for (const PrintDocument& document : documents) {
    // klyngepakke.pdf is the package itself, with the cluster's meeting on it
    // (the invitation attaches it); uddelingskopi holds the cluster's data.
    plan->Add(document.name + ".pdf", document.title, shared,
              [&ctx, document](std::string* bytes) { return RenderPrintDocument(ctx, document, bytes); });
    if (document.kind == PrintKind::kDrejebog && !document.audience)
      plan->Add("drejebog.ics", ctx.Ui("edition_calendar"), shared,
                [&cluster, package, clock](std::string* bytes) {
                  *bytes = RenderCalendar(cluster, *package, clock);
                  return Status::Ok();
                });
    if (document.kind == PrintKind::kDrejebog && document.audience)
      plan->Add(document.name + ".ics", document.title + ": " + ctx.Ui("edition_audience_calendar"), shared,
                [&cluster, package, clock, audience = document.audience](std::string* bytes) {
                  *bytes = RenderCalendar(cluster, *package, *audience, clock);
                  return Status::Ok();
                });
  }

  // The envelopes, in ydernummer order so that the listing says nothing about the letters.
  std::vector<const Clinic*> clinics;
  for (const Clinic& c : plan->figures.clinics) clinics.push_back(&c);
  std::sort(clinics.begin(), clinics.end(),
            [](const Clinic* a, const Clinic* b) { return a->practice < b->practice; });
  plan->contents.clinics.reserve(clinics.size());  // listings below point into it
  std::vector<const PrintContext*> envelopes;
  for (const Clinic* clinic : clinics) {
    const EditionContext& own = plan->editions.emplace_back(EditionContext{cluster, plan->figures, clinic});
    PrintContext& clinic_ctx = plan->contexts.emplace_back(input.site, *package, theme, input.published);
    clinic_ctx.edition = &own;
    clinic_ctx.marks = input.marks;
    envelopes.push_back(&clinic_ctx);
    PackClinic& entry = plan->contents.clinics.emplace_back(PackClinic{clinic->practice, clinic->name, {}});
    std::string folder = "klinikker/" + clinic->practice + "/";
    plan->Add(folder + "klinikark.pdf", ctx.Ui("edition_clinic_sheet"), &entry.files,
              [&clinic_ctx](std::string* bytes) { return RenderClinicSheetPdf(clinic_ctx, bytes); });
    for (const PrintDocument& document : documents) {
      if (document.kind != PrintKind::kPlan) continue;
      plan->Add(folder + document.name + ".pdf", document.title, &entry.files,
                [&clinic_ctx, document](std::string* bytes) {
                  return RenderPrintDocument(clinic_ctx, document, bytes);
                });
    }
  }
  if (!envelopes.empty() && !package->plan.columns.empty())
    plan->Add("tryk.pdf", ctx.Ui("edition_print_bundle"), &plan->contents.print,
              [envelopes](std::string* bytes) { return RenderPrintBundlePdf(envelopes, bytes); });
}

Status RenderJob(const PackPlan& plan, PackJob* job) {
  Status s = job->render(&job->bytes);
  if (!s.ok()) return Status::Error(plan.root + job->path + ": " + s.message());
  (*job->listing)[job->entry].bytes = job->bytes.size();
  return Status::Ok();
}

// The rendered files and the index that lists them, once every job but the
// assembled ones is done; those are made here.
Status FinishPack(PackPlan* plan, Output* pack) {
  for (PackJob& job : plan->jobs)
    if (job.assembled)
      if (Status s = RenderJob(*plan, &job); !s.ok()) return s;
  const PrintContext& ctx = plan->contexts.front();
  std::string index;
  Status s = RenderClusterIndex(*plan->cluster, *plan->package, plan->contents, ctx.theme, ctx.lang, &index);
  if (!s.ok()) return Status::Error(plan->root + "index.html: " + s.message());
  for (PackJob& job : plan->jobs) pack->Add(plan->root + job.path, std::move(job.bytes));
  pack->Add(plan->root + "index.html", std::move(index));
  return Status::Ok();
}

}  // namespace

Status RenderClusterPack(const ClusterPackInput& input, Output* out) {
  PackPlan plan;
  PlanPack(input, &plan);
  for (PackJob& job : plan.jobs)
    if (!job.assembled)
      if (Status s = RenderJob(plan, &job); !s.ok()) return s;
  Output pack;
  if (Status finished = FinishPack(&plan, &pack); !finished.ok()) return finished;
  out->Merge(std::move(pack));
  return Status::Ok();
}

PackContents ListClusterPack(const ClusterPackInput& input) {
  PackPlan plan;
  PlanPack(input, &plan);
  return std::move(plan.contents);
}

}  // namespace klynge
