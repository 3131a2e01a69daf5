#pragma once
// Small text checks shared by the loader and the validators.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace klynge {

// True for names of the form [a-z0-9]+(-[a-z0-9]+)*.
bool IsSlug(std::string_view s);
// Edit distance (insert, delete, substitute), on bytes.
int EditDistance(std::string_view a, std::string_view b);
// The candidate nearest to `word`, or "" when none is close enough to suggest.
std::string NearestWord(std::string_view word, const std::vector<std::string>& candidates);
// Strips spaces and tabs at both ends.
std::string_view Trim(std::string_view s);
// Reads all of `digits` as a hexadecimal number ("1b3a6b", "2F"); false for
// anything else (empty, a sign, "0x", a space, over 64 bits), leaving *value.
bool ParseHex(std::string_view digits, uint64_t* value);

}  // namespace klynge
