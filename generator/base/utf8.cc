#include "base/utf8.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace klynge {

namespace {

// Length of the sequence starting at text[i], or 0 when it is invalid
// (overlong forms, surrogates and values above U+10FFFF included).
size_t SequenceLength(std::string_view text, size_t i) {
  unsigned char c = text[i];
  if (c < 0x80) return 1;
  size_t len;
  char32_t cp;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
  else return 0;
  if (i + len > text.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = text[i + k];
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
      (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    // Most content is ASCII: eight bytes at a time while none has its high bit.
    uint64_t word;
    if (i + 8 <= text.size() && (std::memcpy(&word, text.data() + i, 8), (word & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    size_t len = SequenceLength(text, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  size_t i = *pos;
  size_t len = SequenceLength(text, i);
  if (len == 0) {
    *pos = i + 1;
    return 0xFFFD;
  }
  unsigned char c = text[i];
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
  *pos = i + len;
  return cp;
}

}  // namespace klynge
