#include "base/language.h"

namespace klynge {

Language LanguageFromCode(std::string_view code) {
  return code == "en" ? Language::kEnglish : Language::kDanish;
}

const char* LanguageCode(Language language) { return language == Language::kEnglish ? "en" : "da"; }

}  // namespace klynge
