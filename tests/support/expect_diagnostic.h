#pragma once
// Exact checks of one diagnostic (file, line, column, severity, message) for
// validator tests, in the language the test case runs in (BothLanguages).

#include <gtest/gtest.h>

#include <string>

#include "base/diagnostics.h"
#include "base/messages.h"
#include "support/temp_site.h"

namespace klynge::testing {

// The language the running case words its messages in: English unless a
// BothLanguages fixture set it.
inline Language& CaseLanguage() {
  static Language language = Language::kEnglish;
  return language;
}

// A fixture whose cases run once in English and once in Danish: the site says
// so in site.yaml (SiteYaml), and HasError/HasWarning check the words in that
// language. Instantiate with KLYNGE_IN_BOTH_LANGUAGES(Suite).
class BothLanguages : public ::testing::TestWithParam<Language> {
 protected:
  BothLanguages() { CaseLanguage() = GetParam(); }
  ~BothLanguages() override { CaseLanguage() = Language::kEnglish; }
  Language language() const { return GetParam(); }
  bool danish() const { return GetParam() == Language::kDanish; }
  // `yaml`, a site.yaml, with this case's `language:` (unless it has one).
  std::string SiteYaml(const std::string& yaml = kSiteYaml) const {
    if (yaml.find("\nlanguage:") != std::string::npos || yaml.starts_with("language:")) return yaml;
    return yaml + "language: " + LanguageCode(GetParam()) + "\n";
  }
};

inline std::string LanguageCaseName(const ::testing::TestParamInfo<Language>& info) {
  return info.param == Language::kDanish ? "Danish" : "English";
}

#define KLYNGE_IN_BOTH_LANGUAGES(Suite)                                                           \
  INSTANTIATE_TEST_SUITE_P(InBothLanguages, Suite,                                                \
                           ::testing::Values(::klynge::Language::kEnglish, ::klynge::Language::kDanish), \
                           ::klynge::testing::LanguageCaseName)

// Success when the Danish words of `d` are a finished text of their own: no
// `{n}` left unfilled, not the English words, not a text outside the catalog.
inline ::testing::AssertionResult IsDanishText(const Diagnostic& d) {
  std::string danish = d.In(Language::kDanish);
  if (d.text.id == Msg::kVerbatim)
    return ::testing::AssertionFailure() << "\"" << d.message << "\" is not in the message catalog";
  if (danish == d.message) return ::testing::AssertionFailure() << "the Danish text is the English: " << danish;
  for (size_t i = danish.find('{'); i != std::string::npos; i = danish.find('{', i + 1)) {
    size_t j = i + 1;
    while (j < danish.size() && danish[j] >= '0' && danish[j] <= '9') ++j;
    if (j > i + 1 && j < danish.size() && danish[j] == '}')
      return ::testing::AssertionFailure() << "a placeholder is left in: " << danish;
  }
  return ::testing::AssertionSuccess();
}

// Success when `diags` holds a diagnostic with exactly this English message,
// and it is at path:line:column with this severity. In a Danish case its
// Danish words must be a finished text (IsDanishText), and exactly `danish`
// when given. The failure lists every diagnostic.
inline ::testing::AssertionResult HasDiagnostic(const Diagnostics& diags, Severity severity,
                                                const std::string& path, int line, int column,
                                                const std::string& message, const std::string& danish = "") {
  for (const Diagnostic& d : diags.list()) {
    if (d.message != message) continue;
    if (d.where.path != path || d.where.line != line || d.where.column != column || d.severity != severity)
      return ::testing::AssertionFailure()
             << "found \"" << message << "\" at " << d.where.path << ":" << d.where.line << ":"
             << d.where.column << (d.severity == Severity::kError ? " (error)" : " (warning)")
             << ", expected " << path << ":" << line << ":" << column
             << (severity == Severity::kError ? " (error)" : " (warning)");
    if (CaseLanguage() != Language::kDanish) return ::testing::AssertionSuccess();
    if (::testing::AssertionResult text = IsDanishText(d); !text) return text;
    if (!danish.empty() && d.In(Language::kDanish) != danish)
      return ::testing::AssertionFailure() << "the Danish text is\n  " << d.In(Language::kDanish)
                                           << "\nexpected\n  " << danish;
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no diagnostic \"" << message << "\"; got:\n"
                                       << Describe(diags);
}

inline ::testing::AssertionResult HasError(const Diagnostics& diags, const std::string& path, int line,
                                           int column, const std::string& message,
                                           const std::string& danish = "") {
  return HasDiagnostic(diags, Severity::kError, path, line, column, message, danish);
}

inline ::testing::AssertionResult HasWarning(const Diagnostics& diags, const std::string& path,
                                             int line, int column, const std::string& message,
                                             const std::string& danish = "") {
  return HasDiagnostic(diags, Severity::kWarning, path, line, column, message, danish);
}

}  // namespace klynge::testing
