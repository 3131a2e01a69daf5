#pragma once
// The units of a build, each with its renderer's input and key: every PDF of
// every published package and every cluster's pack first, then (since the
// package pages list the PDFs with their sizes) each package's pages and the
// site index. The pipeline runs them (pipeline/scheduler.h).

#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/build_clock.h"
#include "base/status.h"
#include "cache/build_manifest.h"
#include "load/input_snapshot.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "pipeline/unit_id.h"
#include "render/cluster/cluster_edition.h"
#include "render/html/package_pages.h"
#include "render/html/site_renderer.h"
#include "render/output.h"
#include "render/pdf/package_pdfs.h"

namespace klynge {

// One unit: its id, the hash of its input (with klynge's own digest) and its renderer bound to that input.
struct Unit {
  UnitId id;
  uint64_t key = 0;
  std::function<Status(Output*)> render;
};

class BuildUnits {
 public:
  // `snapshot`: what the keys hash; null gives keys of 0 (a build without cache).
  // `marks`: every PDF's bleed and crop marks (build --print-marks).
  BuildUnits(const Catalog& catalog, const Theme& theme, const BuildClock& clock,
             const InputSnapshot* snapshot, pdf::Marks marks = pdf::Marks::kNone);
  BuildUnits(const BuildUnits&) = delete;
  BuildUnits& operator=(const BuildUnits&) = delete;

  // Each cluster's pack (kClusters among `parts`) and each published
  // package's PDFs, one unit a document (kPdf): units that need no other's files.
  // Fails when a cluster's package is missing.
  Status First(const std::vector<BuildPart>& parts, std::vector<Unit>* units);

  // With kSite among `parts`: the site index, then each published package's
  // pages, listing the PDFs as `documents` does (ListPackageDocuments).
  std::vector<Unit> Second(const std::vector<BuildPart>& parts, PackageDocuments documents);

 private:
  template <typename Input>
  uint64_t KeyOf(const Input& input) const;

  const Catalog& catalog_;
  const Theme& theme_;
  BuildClock clock_;
  pdf::Marks marks_;
  const InputSnapshot* snapshot_;
  SlugSet published_;
  // The inputs the units' renderers are bound to, at stable addresses.
  std::deque<PackagePdfInput> pdfs_;
  std::deque<ClusterPackInput> packs_;
  std::deque<PackagePagesInput> pages_;
  PackageDocuments documents_;
  std::optional<SiteIndexInput> index_;
};

// Every unit of `parts` into `out`, without a cache, on up to `threads`
// threads (0: one per core); for tests and benchmarks. `listed`: what the
// site lists of the PDFs instead of those rendered with it (null: those).
Status RenderParts(const Catalog& catalog, const Theme& theme, const BuildClock& clock,
                   const std::vector<BuildPart>& parts, unsigned threads, Output* out,
                   const PackageDocuments* listed = nullptr);

}  // namespace klynge
