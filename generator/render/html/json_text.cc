#include "render/html/json_text.h"

#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace klynge {

namespace {

// What nlohmann writes for text that is not valid UTF-8 (each bad sequence
// replaced), with '<' escaped after: rare, so left to the library.
void AppendThroughLibrary(std::string* out, std::string_view text) {
  std::string json = nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  for (char c : json) {
    if (c == '<') {
      *out += "\\u003c";
    } else {
      *out += c;
    }
  }
}

}  // namespace

void AppendJsonString(std::string* out, std::string_view text) {
  if (FindInvalidUtf8(text) != std::string_view::npos) return AppendThroughLibrary(out, text);
  static const char kHex[] = "0123456789abcdef";
  out->reserve(out->size() + text.size() + 2);
  *out += '"';
  size_t plain = 0;  // start of the run of bytes copied as they are
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != '<') continue;
    out->append(text.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\b': *out += "\\b"; break;
      case '\t': *out += "\\t"; break;
      case '\n': *out += "\\n"; break;
      case '\f': *out += "\\f"; break;
      case '\r': *out += "\\r"; break;
      case '<': *out += "\\u003c"; break;
      default:
        *out += "\\u00";
        *out += kHex[c >> 4];
        *out += kHex[c & 15];
    }
  }
  out->append(text.data() + plain, text.size() - plain);
  *out += '"';
}

}  // namespace klynge
