#include "render/mail/mime.h"

#include <algorithm>
#include <cstdint>

namespace klynge {

namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string Base64(const std::string& bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t n = static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kBase64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kBase64[n & 63] : '=';
  }
  return out;
}

std::string Hex2(unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  return {'=', kHex[c >> 4], kHex[c & 15]};
}

// The length of the UTF-8 sequence that starts with `lead` (1 for a stray byte).
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

bool PrintableAscii(const std::string& s) {
  for (char c : s)
    if (c < 0x20 || c > 0x7E) return false;
  return true;
}

// A plain value folded at spaces (RFC 5322, 2.2.3).
std::string FoldAtSpaces(const std::string& line) {
  std::string out;
  size_t width = 0, start = 0;
  while (start < line.size()) {
    size_t space = line.find(' ', start + 1);
    std::string word = line.substr(start, space == std::string::npos ? std::string::npos : space - start);
    if (width > 0 && width + word.size() > 76) {
      out += "\r\n";
      width = 0;  // the word starts with the space that continues the field
    }
    out += word;
    width += word.size();
    if (space == std::string::npos) break;
    start = space;
  }
  return out + "\r\n";
}

}  // namespace

std::string Base64Lines(const std::string& bytes) {
  std::string encoded = Base64(bytes), out;
  for (size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
  return out;
}

std::string QuotedPrintable(const std::string& text) {
  std::string out;
  size_t line_start = 0;
  while (line_start <= text.size()) {
    size_t end = text.find('\n', line_start);
    bool last = end == std::string::npos;
    std::string line = text.substr(line_start, last ? std::string::npos : end - line_start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string encoded_line;
    size_t width = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(line[i]);
      bool at_end = i + 1 == line.size();
      std::string piece;
      if ((c == ' ' || c == '\t') && at_end) {
        piece = Hex2(c);
      } else if ((c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t') {
        piece = std::string(1, static_cast<char>(c));
      } else {
        piece = Hex2(c);
      }
      // 75 characters and the '=' of a soft break make the 76 a line may hold.
      if (width + piece.size() > 75) {
        encoded_line += "=\r\n";
        width = 0;
      }
      encoded_line += piece;
      width += piece.size();
    }
    out += encoded_line;
    if (last) break;
    out += "\r\n";
    line_start = end + 1;
  }
  if (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0) out += "\r\n";
  return out;
}

std::string HeaderField(const std::string& name, const std::string& value) {
  if (PrintableAscii(value)) return FoldAtSpaces(name + ": " + value);
  // Each encoded-word ("=?UTF-8?B?" + base64 + "?=", 12 + 4 per 3 bytes) is
  // at most 75 characters, and with what precedes it on its line at most 78.
  std::vector<std::string> words;
  for (size_t i = 0; i < value.size();) {
    size_t prefix = words.empty() ? name.size() + 2 : 1;
    size_t max_bytes = 3 * std::min<size_t>(15, (66 - std::min<size_t>(prefix, 54)) / 4);
    size_t end = i;
    while (end < value.size()) {
      size_t len = SequenceLength(static_cast<unsigned char>(value[end]));
      if (end + len - i > max_bytes) break;
      end += len;
    }
    if (end == i) end = std::min(value.size(), i + 1);  // a stray byte never stalls the loop
    words.push_back("=?UTF-8?B?" + Base64(value.substr(i, end - i)) + "?=");
    i = end;
  }
  std::string out = name + ":";
  for (size_t w = 0; w < words.size(); ++w) out += (w == 0 ? " " : "\r\n ") + words[w];
  return out + "\r\n";
}

std::string MailDate(const BuildClock& clock, const Date& fallback) {
  static const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  Date day = fallback;
  int64_t seconds = 0;
  if (clock.epoch_seconds) {
    int64_t days = *clock.epoch_seconds / 86400;
    seconds = *clock.epoch_seconds % 86400;
    day = Date::FromDays(static_cast<int>(days));
  }
  auto two = [](int64_t n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  return std::string(kDays[day.Weekday()]) + ", " + std::to_string(day.day) + " " + kMonths[day.month - 1] +
         " " + std::to_string(day.year) + " " + two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" +
         two(seconds % 60) + " +0000";
}

std::string MultipartBody(const std::string& boundary, const std::vector<MimePart>& parts) {
  std::string out;
  for (const MimePart& part : parts) out += "--" + boundary + "\r\n" + part.headers + "\r\n" + part.body;
  return out + "--" + boundary + "--\r\n";
}

}  // namespace klynge
