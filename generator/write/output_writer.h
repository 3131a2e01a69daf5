#pragma once
// The only part of klynge that writes to the output folder.

#include <string>

#include "base/status.h"
#include "render/output.h"

namespace klynge {

// Name of the file that marks a folder as klynge's own output.
inline constexpr const char* kOutputMarker = ".klynge-output";

// Whether `dir` may be replaced: it does not exist, is empty, or carries the marker.
Status CheckOutputFolder(const std::string& dir);

// Writes `output` into a fresh folder beside `dir`, then swaps it in, so a
// failure leaves the previous output as it was. Refuses folders that are not
// klynge's (see CheckOutputFolder).
Status WriteOutput(const Output& output, const std::string& dir);

}  // namespace klynge
