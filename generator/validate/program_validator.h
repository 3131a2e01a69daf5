#pragma once
// program.yaml: the chair's timed program, checked against its package.

#include <cstdint>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "load/yaml_document.h"
#include "model/package.h"
#include "model/program.h"

namespace klynge {

// Longest duration accepted anywhere: a meeting longer than a day is a typo.
inline constexpr int64_t kMaxMinutes = 24 * 60;

// The program as far as it is valid (every problem reported), or nullopt when
// the YAML could not be parsed. Item indicators and surveys are checked against
// `package`'s unless `indicators_known` is false (package.md could
// not be read), and the total against its duration.
std::optional<Program> ValidateProgram(const YamlDocument& doc, const Package& package,
                                       bool indicators_known, Diagnostics* diags);

// True for slide references "6" and "6-9" (N >= 1, N <= M).
bool IsSlideRange(const std::string& slides);

}  // namespace klynge
