#pragma once
// The languages a site (site.yaml `language`) is written in: its pages,
// documents and the messages klynge prints.

#include <string_view>

namespace klynge {

enum class Language { kDanish, kEnglish };

// "en" → English; anything else ("da", "", unknown) → Danish, the default.
Language LanguageFromCode(std::string_view code);
// "da" or "en".
const char* LanguageCode(Language language);

}  // namespace klynge
