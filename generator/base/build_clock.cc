#include "base/build_clock.h"

#include <charconv>
#include <cstdlib>
#include <cstring>

namespace klynge {

BuildClock ParseSourceDateEpoch(const char* text) {
  BuildClock clock;
  if (!text || !*text) return clock;
  int64_t seconds = 0;
  const char* end = text + std::strlen(text);
  auto [ptr, ec] = std::from_chars(text, end, seconds);
  if (ec == std::errc() && ptr == end && seconds >= 0) clock.epoch_seconds = seconds;
  return clock;
}

BuildClock BuildClockFromEnvironment() { return ParseSourceDateEpoch(std::getenv("SOURCE_DATE_EPOCH")); }

uint64_t ClockKey(const BuildClock& clock) {
  // Unset is 0; a set clock is its seconds + 1 (seconds are non-negative).
  return clock.epoch_seconds ? static_cast<uint64_t>(*clock.epoch_seconds) + 1 : 0;
}

}  // namespace klynge
