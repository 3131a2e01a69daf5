#include "render/pptx/font_family.h"

#include <cstdint>

namespace klynge::deck {

namespace {

uint32_t Be(const std::string& b, size_t at, int n) {
  uint32_t v = 0;
  for (int i = 0; i < n; ++i) v = (v << 8) | static_cast<uint8_t>(b[at + i]);
  return v;
}

// UTF-16BE (the Windows platform's names) to UTF-8, Basic Multilingual Plane only.
std::string Utf8FromUtf16Be(const std::string& b, size_t at, size_t length) {
  std::string out;
  for (size_t i = 0; i + 1 < length; i += 2) {
    uint32_t c = Be(b, at + i, 2);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::string FromNameTable(const std::string& b) {
  if (b.size() < 12) return "";
  size_t tables = Be(b, 4, 2);
  for (size_t t = 0; t < tables && 12 + t * 16 + 16 <= b.size(); ++t) {
    size_t rec = 12 + t * 16;
    if (b.compare(rec, 4, "name") != 0) continue;
    size_t table = Be(b, rec + 8, 4);
    if (table + 6 > b.size()) return "";
    size_t count = Be(b, table + 2, 2), strings = table + Be(b, table + 4, 2);
    std::string mac;
    for (size_t i = 0; i < count && table + 6 + i * 12 + 12 <= b.size(); ++i) {
      size_t r = table + 6 + i * 12;
      uint32_t platform = Be(b, r, 2), name_id = Be(b, r + 6, 2);
      size_t length = Be(b, r + 8, 2), offset = strings + Be(b, r + 10, 2);
      if (name_id != 1 || offset + length > b.size()) continue;
      if (platform == 3) return Utf8FromUtf16Be(b, offset, length);
      if (platform == 1 && mac.empty()) mac = b.substr(offset, length);
    }
    return mac;
  }
  return "";
}

}  // namespace

std::string FontFamilyOf(const PrintFont& font) {
  // The bytes the theme loader read: a renderer reads no file.
  std::string family = font.metrics ? FromNameTable(font.metrics->embeddable()) : "";
  if (!family.empty()) return family;
  std::string stem = font.path.substr(font.path.find_last_of('/') + 1);
  stem = stem.substr(0, stem.find_last_of('.'));
  if (size_t dash = stem.find('-'); dash != std::string::npos) stem.resize(dash);
  return stem;
}

}  // namespace klynge::deck
