#pragma once
// The time a build writes into files that need one (iCalendar's DTSTAMP). It
// is a build option, read once from the environment by the command line, so
// the renderers stay pure and the build cache can key on it.

#include <cstdint>
#include <optional>
#include <string>

namespace klynge {

struct BuildClock {
  // Seconds since 1970-01-01 UTC (SOURCE_DATE_EPOCH); unset: each file uses a
  // date of its own content instead, so builds stay byte-identical.
  std::optional<int64_t> epoch_seconds;

  bool operator==(const BuildClock&) const = default;
};

// SOURCE_DATE_EPOCH as the reproducible-builds convention defines it: a
// non-negative decimal count of seconds. Anything else (or null) gives an unset clock.
BuildClock ParseSourceDateEpoch(const char* text);

// The clock of this process's environment (SOURCE_DATE_EPOCH).
BuildClock BuildClockFromEnvironment();

// A number for cache keys: differs between any two clocks.
uint64_t ClockKey(const BuildClock& clock);

}  // namespace klynge
