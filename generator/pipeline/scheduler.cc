#include "pipeline/scheduler.h"

#include "base/parallel.h"

namespace klynge {

namespace {

// The units the progress line counts: those that make PDFs.
bool MakesPdfs(const Unit& unit) {
  return unit.id.kind == UnitKind::kPackagePdf || unit.id.kind == UnitKind::kClusterPack;
}

size_t CountPdfs(const Output& files) {
  size_t n = 0;
  for (const auto& [path, bytes] : files.files()) n += path.ends_with(".pdf");
  return n;
}

}  // namespace

Status RunUnits(const std::vector<Unit>& units, const UnitHooks& hooks) {
  std::vector<const Unit*> stale;
  size_t counted = 0;
  for (const Unit& unit : units) {
    if (hooks.keep && hooks.keep(unit)) continue;
    stale.push_back(&unit);
    counted += MakesPdfs(unit);
  }
  if (hooks.progress && counted > 0) hooks.progress->Start(counted);
  return ParallelTry(stale.size(), hooks.threads, [&](size_t i) {
    const Unit& unit = *stale[i];
    Output files;
    if (Status rendered = unit.render(&files); !rendered.ok()) return rendered;
    size_t pdfs = CountPdfs(files);
    if (Status taken = hooks.take(unit, std::move(files)); !taken.ok()) return taken;
    if (hooks.progress && MakesPdfs(unit)) hooks.progress->UnitDone(pdfs);
    return Status::Ok();
  });
}

}  // namespace klynge
