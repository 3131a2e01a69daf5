#pragma once
// Where a word may be hyphenated: libhyphen's patterns (Debian's hyphen-da,
// /usr/share/hyphen/hyph_da_DK.dic), parsed once per build by the theme
// loader from bytes it read through the FileSystem, and shared read-only by
// every document's line breaking (libhyphen only reads a loaded dictionary).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct _HyphenDict;

namespace klynge {

class Hyphenation {
 public:
  // Parses a libhyphen .dic file; nullptr with *problem set when it has no patterns.
  static std::unique_ptr<const Hyphenation> Parse(const std::string& bytes, std::string* problem);
  ~Hyphenation();
  Hyphenation(const Hyphenation&) = delete;
  Hyphenation& operator=(const Hyphenation&) = delete;

  // Byte offsets into `word` (UTF-8) where a hyphen may go, rising: the
  // word's letters, without leading or trailing punctuation, hyphenated
  // at least two letters from either end. None for a word with digits or
  // characters the dictionary's encoding cannot spell.
  std::vector<size_t> Points(std::string_view word) const;

 private:
  Hyphenation() = default;
  _HyphenDict* dict_ = nullptr;
  bool utf8_ = false;  // the dictionary's charset: UTF-8, else ISO 8859-1
};

}  // namespace klynge
