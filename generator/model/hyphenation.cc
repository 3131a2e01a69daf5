#include "model/hyphenation.h"

#include <hyphen.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "base/utf8.h"

namespace klynge {

namespace {

bool IsLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

char32_t Lower(char32_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 0x20;
  return c;
}

}  // namespace

std::unique_ptr<const Hyphenation> Hyphenation::Parse(const std::string& bytes, std::string* problem) {
  // libhyphen reads a FILE*; a memory stream over the bytes keeps the
  // reading of files in load/ (hnj_hyphen_load would open the path itself).
  FILE* in = bytes.empty() ? nullptr : fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "r");
  HyphenDict* dict = in ? hnj_hyphen_load_file(in) : nullptr;
  if (in) std::fclose(in);
  if (!dict) {
    *problem = "not a hyphenation dictionary (libhyphen .dic)";
    return nullptr;
  }
  auto out = std::unique_ptr<Hyphenation>(new Hyphenation);
  out->dict_ = dict;
  out->utf8_ = std::strcmp(dict->cset, "UTF-8") == 0;
  return out;
}

Hyphenation::~Hyphenation() {
  if (dict_) hnj_hyphen_free(dict_);
}

std::vector<size_t> Hyphenation::Points(std::string_view word) const {
  std::vector<size_t> points;
  // The letters' code points and where each starts in `word`.
  std::vector<char32_t> chars;
  std::vector<size_t> starts;
  for (size_t pos = 0; pos < word.size();) {
    starts.push_back(pos);
    chars.push_back(DecodeUtf8(word, &pos));
  }
  size_t first = 0, last = chars.size();
  while (first < last && !IsLetter(chars[first])) ++first;
  while (last > first && !IsLetter(chars[last - 1])) --last;
  if (last - first < 4) return points;
  std::string spelled;  // lower case, in the dictionary's charset
  std::vector<size_t> index_of;  // by byte of `spelled`: the character it belongs to
  for (size_t i = first; i < last; ++i) {
    if (!IsLetter(chars[i])) return points;
    char32_t c = Lower(chars[i]);
    if (utf8_) {
      AppendUtf8(c, &spelled);
    } else {
      if (c > 0xFF) return points;
      spelled += static_cast<char>(c);
    }
    index_of.resize(spelled.size(), i);
  }
  std::vector<char> hyphens(spelled.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  hnj_hyphen_hyphenate3(dict_, spelled.data(), static_cast<int>(spelled.size()), hyphens.data(), nullptr, &rep, &pos,
                        &cut, 2, 2, 2, 2);
  for (size_t b = 0; b + 1 < spelled.size(); ++b) {
    // Odd: a hyphen may follow byte b; only at the end of a character, and
    // not where the pattern asks for a spelling change (rep), which Danish does not use.
    if ((hyphens[b] & 1) == 0 || index_of[b + 1] == index_of[b]) continue;
    if (rep && rep[b]) continue;
    points.push_back(starts[index_of[b + 1]]);
  }
  if (rep) {
    for (size_t b = 0; b < spelled.size(); ++b) std::free(rep[b]);
    std::free(rep);
    std::free(pos);
    std::free(cut);
  }
  return points;
}

}  // namespace klynge
