#pragma once
// UTF-8 checks, measures and steps; content must be valid UTF-8 before it is
// parsed. Decoding and encoding are libutf8proc's.

#include <cstddef>
#include <string>
#include <string_view>

namespace klynge {

// Byte offset of the first invalid UTF-8 sequence, or npos when valid
// (overlong forms, surrogates and values above U+10FFFF are invalid).
size_t FindInvalidUtf8(std::string_view text);
// Decodes the code point at `*pos` and advances it; invalid bytes yield U+FFFD.
char32_t DecodeUtf8(std::string_view text, size_t* pos);
// Appends `c` as UTF-8 (U+FFFD for a surrogate or a value above U+10FFFF).
void AppendUtf8(char32_t c, std::string* out);

// A byte that continues a character rather than starting one.
inline bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
// Number of code points in valid UTF-8 text (continuation bytes skipped).
size_t Utf8Length(std::string_view text);
// Byte offset of code point `n` (0-based), or text.size() when there are fewer.
size_t Utf8Offset(std::string_view text, size_t n);
// `at`, moved back to the start of the character it falls inside: where
// text may be cut without halving a character.
size_t Utf8Floor(std::string_view text, size_t at);

}  // namespace klynge
