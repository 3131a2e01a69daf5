#pragma once
// What a package measures, from package.md's front matter: its indicators
// (`indicators:`, rates or counts) and its questionnaires (`surveys:`).

#include "model/package.h"
#include "validate/yaml_map.h"

namespace klynge {

// Appends each valid entry of `indicators:` to pkg->indicators; every problem
// is reported at its key or value.
void ReadIndicators(const YamlMap& front_matter, Package* pkg);

// The same for `surveys:` ({id, title}) into pkg->surveys.
void ReadSurveys(const YamlMap& front_matter, Package* pkg);

}  // namespace klynge
