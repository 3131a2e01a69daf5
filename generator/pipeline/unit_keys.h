#pragma once
// What the whole build depends on, apart from each unit's own key
// (pipeline/input_hash.h): the fonts the theme names and the build digest.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/build_clock.h"
#include "load/input_snapshot.h"
#include "model/theme.h"

namespace klynge {

// The font files the theme's PDFs embed, each with the InputHash of what the theme loader read.
std::map<std::string, uint64_t> ThemeFonts(const Theme& theme);

// The whole build's inputs: every file and every build option a unit reads
// (the clock, --print-marks, whether drafts are shown). When it matches the
// last build's, nothing is rendered.
uint64_t BuildDigest(const InputSnapshot& snapshot, const BuildClock& clock, bool print_marks, bool show_drafts);

}  // namespace klynge
