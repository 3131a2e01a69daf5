#include "render/html/anchor_ids.h"

#include "base/utf8.h"

namespace klynge {

namespace {

// The ASCII spelling of a Latin letter, or nullptr for anything else.
const char* Transliterate(char32_t c) {
  switch (c) {
    case U'æ': case U'Æ': case U'ä': case U'Ä': return "ae";
    case U'ø': case U'Ø': case U'ö': case U'Ö': return "oe";
    case U'å': case U'Å': return "aa";
    case U'à': case U'á': case U'â': case U'ã': case U'À': case U'Á': case U'Â': case U'Ã': return "a";
    case U'ç': case U'Ç': return "c";
    case U'è': case U'é': case U'ê': case U'ë': case U'È': case U'É': case U'Ê': case U'Ë': return "e";
    case U'ì': case U'í': case U'î': case U'ï': case U'Ì': case U'Í': case U'Î': case U'Ï': return "i";
    case U'ñ': case U'Ñ': return "n";
    case U'ò': case U'ó': case U'ô': case U'õ': case U'Ò': case U'Ó': case U'Ô': case U'Õ': return "o";
    case U'ù': case U'ú': case U'û': case U'ü': case U'Ù': case U'Ú': case U'Û': case U'Ü': return "u";
    case U'ý': case U'ÿ': case U'Ý': return "y";
    case U'ß': return "ss";
    case U'ð': case U'Ð': return "d";
    case U'þ': case U'Þ': return "th";
    default: return nullptr;
  }
}

}  // namespace

std::string Slugify(std::string_view text) {
  std::string out;
  bool dash = false;  // a separator is pending
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = DecodeUtf8(text, &pos);
    std::string piece;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      piece = static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      piece = static_cast<char>(c - 'A' + 'a');
    } else if (const char* latin = Transliterate(c)) {
      piece = latin;
    } else if (c == '\'' || c == U'’' || c == U'´') {
      continue;  // "KAP-H's" → "kap-hs", not "kap-h-s"
    } else {
      dash = true;
      continue;
    }
    if (dash && !out.empty()) out += '-';
    dash = false;
    out += piece;
  }
  return out;
}

std::string AnchorIds::Take(std::string_view text) {
  std::string base = Slugify(text);
  if (base.empty()) base = "afsnit";
  std::string id = base;
  for (int n = 2; used_.count(id); ++n) id = base + "-" + std::to_string(n);
  used_.insert(id);
  return id;
}

}  // namespace klynge
