#pragma once
// UTF-8 checks and measures; content must be valid UTF-8 before it is parsed.

#include <cstddef>
#include <string_view>

namespace klynge {

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
size_t FindInvalidUtf8(std::string_view text);
// Number of code points in valid UTF-8 text (continuation bytes skipped).
size_t Utf8Length(std::string_view text);
// Decodes the code point at `*pos` and advances it; invalid bytes yield U+FFFD.
char32_t DecodeUtf8(std::string_view text, size_t* pos);

}  // namespace klynge
