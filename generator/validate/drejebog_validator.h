#pragma once
// drejebog.yaml and drejebog-<name>.yaml: the tasks before, during and after the meeting.

#include <optional>
#include <string_view>

#include "base/diagnostics.h"
#include "load/yaml_document.h"
#include "model/drejebog.h"

namespace klynge {

// Parses a `when` offset: "0", "-14d", "-8w", "-2m", "+6m" (a sign is required
// unless the amount is 0). nullopt for anything else.
std::optional<Offset> ParseOffset(std::string_view text);

// The drejebog as far as it is valid (every problem reported), or nullopt
// when the YAML could not be parsed.
std::optional<Drejebog> ValidateDrejebog(const YamlDocument& doc, Diagnostics* diags);

// drejebog-<name>.yaml: drejebog.yaml's phases plus `title` and `audience`,
// both required. As far as it is valid, or nullopt when the YAML could not be parsed.
std::optional<AudienceDrejebog> ValidateAudienceDrejebog(const YamlDocument& doc, const std::string& name,
                                                         Diagnostics* diags);

}  // namespace klynge
