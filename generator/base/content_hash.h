#pragma once
// The one hash the build cache uses for inputs and outputs.

#include <xxhash.h>

#include <cstdint>
#include <string_view>

namespace klynge {

inline uint64_t HashBytes(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

}  // namespace klynge
