#include "markdown/typography.h"

#include <utility>

namespace klynge {

namespace {

// A quote opens at the start of a block, after a space, an opening bracket,
// a dash or another opening quote; anywhere else it closes.
bool OpensAfter(std::string_view before, const Typography& quotes) {
  if (before.empty()) return true;
  char last = before.back();
  if (last == ' ' || last == '\t' || last == '\n' || last == '(' || last == '[' || last == '{' ||
      last == '-' || last == '/')
    return true;
  for (std::string_view opener : {std::string_view(quotes.open), std::string_view("\u2013"),
                                  std::string_view("\u2014"), std::string_view("\u00A0")})
    if (!opener.empty() && before.ends_with(opener)) return true;
  return false;
}

}  // namespace

Typography TypographyFor(const std::string& language, const std::map<std::string, std::string>& strings) {
  Typography quotes;
  if (language != "da") quotes = {"\u201C", "\u201D", "Notes", "Back to reference"};
  for (auto [key, field] : {std::pair{"quote_open", &quotes.open}, std::pair{"quote_close", &quotes.close},
                            std::pair{"footnotes", &quotes.notes_heading},
                            std::pair{"footnote_back", &quotes.back_to_note}})
    if (auto it = strings.find(key); it != strings.end() && !it->second.empty()) *field = it->second;
  return quotes;
}

std::string Typeset(std::string_view text, std::string_view before, const Typography& quotes) {
  if (text.find_first_of("\"'-") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  auto context = [&]() -> std::string_view {
    if (!out.empty()) return out;
    return before;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      out += OpensAfter(context(), quotes) ? quotes.open : quotes.close;
    } else if (c == '\'') {
      out += "\u2019";
    } else if (c == '-' && text.substr(i, 3) == "---") {
      out += "\u2014";
      i += 2;
    } else if (c == '-' && text.substr(i, 2) == "--") {
      out += "\u2013";
      i += 1;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace klynge
