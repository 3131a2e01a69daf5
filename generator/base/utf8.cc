#include "base/utf8.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstring>

namespace klynge {

namespace {

// Bytes of the sequence at text[i] with its code point, or < 0 when invalid.
utf8proc_ssize_t Next(std::string_view text, size_t i, utf8proc_int32_t* cp) {
  return utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                          static_cast<utf8proc_ssize_t>(text.size() - i), cp);
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    // Most content is ASCII, which needs no library call: eight bytes at a
    // time while none has its high bit, then one at a time.
    uint64_t word;
    if (i + 8 <= text.size() && (std::memcpy(&word, text.data() + i, 8), (word & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = Next(text, i, &cp);
    if (len < 0) return i;
    i += static_cast<size_t>(len);
  }
  return std::string_view::npos;
}

char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  size_t i = *pos;
  unsigned char c = text[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  utf8proc_int32_t cp;
  utf8proc_ssize_t len = Next(text, i, &cp);
  *pos = i + (len < 0 ? 1 : static_cast<size_t>(len));
  return len < 0 ? 0xFFFD : static_cast<char32_t>(cp);
}

void AppendUtf8(char32_t c, std::string* out) {
  if (!utf8proc_codepoint_valid(static_cast<utf8proc_int32_t>(c))) c = 0xFFFD;
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t len = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += !IsUtf8Continuation(c);
  return n;
}

size_t Utf8Offset(std::string_view text, size_t n) {
  size_t i = 0;
  for (; i < text.size() && n > 0; --n) {
    ++i;
    while (i < text.size() && IsUtf8Continuation(text[i])) ++i;
  }
  return i;
}

size_t Utf8Floor(std::string_view text, size_t at) {
  if (at >= text.size()) return at;
  while (at > 0 && IsUtf8Continuation(text[at])) --at;
  return at;
}

}  // namespace klynge
