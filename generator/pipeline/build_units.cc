#include "pipeline/build_units.h"

#include <mutex>

#include "pipeline/build_record.h"
#include "pipeline/input_hash.h"
#include "pipeline/scheduler.h"
#include "render/html/site_paths.h"

namespace klynge {

BuildUnits::BuildUnits(const Catalog& catalog, const Theme& theme, const BuildClock& clock,
                       const InputSnapshot* snapshot, pdf::Marks marks)
    : catalog_(catalog),
      theme_(theme),
      clock_(clock),
      marks_(marks),
      snapshot_(snapshot),
      published_(PublishedSlugs(catalog)) {}

template <typename Input>
uint64_t BuildUnits::KeyOf(const Input& input) const {
  return snapshot_ ? InputKey(input, *snapshot_) : 0;
}

Status BuildUnits::First(const std::vector<BuildPart>& parts, std::vector<Unit>* units) {
  // The packs first: each is many PDFs in one unit, so the threads end the wave together.
  if (HasPart(parts, BuildPart::kClusters))
    for (const ClusterEdition& cluster : catalog_.clusters) {
      const Package* package = catalog_.FindPackage(cluster.package);
      if (!package) return Status::Error("clusters/" + cluster.slug + ": no package `" + cluster.package + "`");
      const ClusterPackInput& input =
          packs_.emplace_back(ClusterPackInput{cluster, *package, catalog_.site, theme_, published_, clock_, marks_});
      units->push_back(Unit{UnitId::ClusterPack(cluster.slug), KeyOf(input),
                            [&input](Output* out) { return RenderClusterPack(input, out); }});
    }
  if (HasPart(parts, BuildPart::kPdf))
    for (const Package* package : catalog_.PublishedPackages())
      for (PrintDocument& document : PrintDocuments(*package, theme_)) {
        const PackagePdfInput& input =
            pdfs_.emplace_back(
            PackagePdfInput{catalog_.site, theme_, *package, std::move(document), published_, marks_});
        units->push_back(Unit{UnitId::PackagePdf(package->slug, input.document.name), KeyOf(input),
                              [&input](Output* out) { return RenderPackagePdf(input, out); }});
      }
  return Status::Ok();
}

std::vector<Unit> BuildUnits::Second(const std::vector<BuildPart>& parts, PackageDocuments documents) {
  std::vector<Unit> units;
  if (!HasPart(parts, BuildPart::kSite)) return units;
  documents_ = std::move(documents);
  const SiteIndexInput& index = index_.emplace(SiteIndexInput{catalog_, theme_, documents_, published_});
  units.push_back(
      Unit{UnitId::SiteIndex(), KeyOf(index), [&index](Output* out) { return RenderSiteIndex(index, out); }});
  std::vector<const Package*> packages = catalog_.PublishedPackages();
  const FreePageLinks page_links = FreePageLinksOf(catalog_);  // the same menu and footer on every page
  for (const Package* package : packages) {
    auto listed = documents_.find(package->slug);
    const PackagePagesInput& input = pages_.emplace_back(PackagePagesInputOf(
        catalog_, theme_, *package, published_,
        listed == documents_.end() ? std::vector<PublishedDocument>{} : listed->second, page_links));
    units.push_back(Unit{UnitId::PackagePages(package->slug), KeyOf(input),
                         [&input](Output* out) { return RenderPackagePages(input, out); }});
  }
  return units;
}

Status RenderParts(const Catalog& catalog, const Theme& theme, const BuildClock& clock,
                   const std::vector<BuildPart>& parts, unsigned threads, Output* out,
                   const PackageDocuments* listed) {
  std::mutex mutex;
  UnitHooks hooks;
  hooks.threads = threads;
  hooks.take = [&](const Unit&, Output files) {
    std::lock_guard<std::mutex> lock(mutex);
    out->Merge(std::move(files));
    return Status::Ok();
  };
  BuildUnits units(catalog, theme, clock, nullptr);
  std::vector<Unit> first;
  Status status = units.First(parts, &first);
  if (status.ok()) status = RunUnits(first, hooks);
  if (!status.ok()) return status;
  PackageDocuments documents = listed ? *listed : ListPackageDocuments(catalog, theme, [&](const std::string& path) {
    const std::string* bytes = out->Get(kSiteRoot + path);
    return bytes ? bytes->size() : 0;
  });
  return RunUnits(units.Second(parts, std::move(documents)), hooks);
}

}  // namespace klynge
