#pragma once
// Disclosure control for cluster data: small counts of patients are never shown.

#include <cstdint>

namespace klynge {

// What documents print instead of a suppressed clinic's rate.
inline constexpr const char* kSuppressedText = "<5";

// A numerator from 1 to 4 could identify patients: its rate is shown as "<5"
// and not drawn. 0 is shown (no patient to identify), and so is 5 or more.
inline bool IsSuppressed(int64_t numerator) { return numerator >= 1 && numerator <= 4; }

}  // namespace klynge
