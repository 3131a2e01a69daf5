#pragma once
// Which build of klynge is running, so a new klynge never trusts an old cache.

#include <cstdint>

namespace klynge {

// A hash of the running executable's GNU build ID (the linker's hash of the
// whole binary), or of the executable's bytes when it has none.
uint64_t ExecutableId();

}  // namespace klynge
