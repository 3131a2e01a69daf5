#pragma once
// The build's one scheduler: which units the cache keeps, the rest rendered
// on the thread pool, each unit's files handed on as soon as they are made,
// and the progress line. Renderers never start a thread themselves.

#include <functional>
#include <vector>

#include "base/status.h"
#include "pipeline/build_units.h"
#include "pipeline/progress.h"
#include "render/output.h"

namespace klynge {

struct UnitHooks {
  unsigned threads = 0;  // 0: one per core
  // Whether the last build's files of the unit can stay (null: none can).
  std::function<bool(const Unit& unit)> keep;
  // Takes a rendered unit's files; called from several threads at once.
  std::function<Status(const Unit& unit, Output files)> take;
  Progress* progress = nullptr;  // counts the units that make PDFs
};

// Renders every unit `hooks.keep` does not keep and hands its files to
// `hooks.take`. After a failure no new unit starts; the failure of the first
// unit in `units` that failed is returned, so the message does not depend on timing.
Status RunUnits(const std::vector<Unit>& units, const UnitHooks& hooks);

}  // namespace klynge
