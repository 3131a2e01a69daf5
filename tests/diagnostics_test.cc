#include "base/diagnostics.h"

#include <gtest/gtest.h>

#include "base/source_file.h"

namespace klynge {
namespace {

TEST(DiagnosticsTest, FormatsLikeTheContentFormatWithSourceLineAndCaret) {
  SourceFile file("content/packages/smertebehandling/program.yaml", "packages/smertebehandling/program.yaml",
                  "blocks:\n  - title: Blok 3\n    minutes: 30\n");
  Diagnostic d{Severity::kWarning, {file.path(), 3, 14}, "block \"Blok 3\" declares 30 min, its items add up to 29 min"};
  std::string text = FormatDiagnostic(d, [&](const std::string&) { return &file; }, Language::kEnglish);
  EXPECT_EQ(text,
            "content/packages/smertebehandling/program.yaml:3:14: warning: block \"Blok 3\" declares 30 min, "
            "its items add up to 29 min\n"
            "    3 |     minutes: 30\n"
            "      |              ^\n");
}

TEST(DiagnosticsTest, CaretCountsCharactersNotBytes) {
  SourceFile file("a.yaml", "a.yaml", "titel: Æblegrød\n");
  Diagnostic d{Severity::kError, {"a.yaml", 1, 12}, "x"};
  std::string text = FormatDiagnostic(d, [&](const std::string&) { return &file; }, Language::kEnglish);
  EXPECT_NE(text.find("\n      |            ^\n"), std::string::npos) << text;
}

TEST(DiagnosticsTest, ALongLineIsCutToAWindowAroundTheCaret) {
  // 300 characters, æ (two bytes) at every tenth; the problem is at character 199.
  std::string line;
  for (int i = 1; i <= 300; ++i) line += i % 10 == 0 ? "æ" : "a";
  SourceFile file("a.yaml", "a.yaml", line + "\n");
  Diagnostic d{Severity::kError, {"a.yaml", 1, 199}, "x"};
  std::string text = FormatDiagnostic(d, [&](const std::string&) { return &file; }, Language::kEnglish);
  std::string shown = text.substr(text.find(" | ") + 3);
  shown = shown.substr(0, shown.find('\n'));
  // Characters 139 to 258 between two ellipses.
  std::string window;
  for (int i = 139; i <= 258; ++i) window += i % 10 == 0 ? "æ" : "a";
  EXPECT_EQ(shown, "…" + window + "…") << text;
  // The caret stands under character 199: the ellipsis and 60 characters before it.
  EXPECT_NE(text.find("\n      | " + std::string(61, ' ') + "^\n"), std::string::npos) << text;
}

TEST(DiagnosticsTest, AShortLineIsShownWhole) {
  std::string line(120, 'a');
  SourceFile file("a.yaml", "a.yaml", line + "\n");
  Diagnostic d{Severity::kError, {"a.yaml", 1, 120}, "x"};
  std::string text = FormatDiagnostic(d, [&](const std::string&) { return &file; }, Language::kEnglish);
  EXPECT_NE(text.find("    1 | " + line + "\n"), std::string::npos) << text;
  EXPECT_NE(text.find("      | " + std::string(119, ' ') + "^\n"), std::string::npos) << text;
}

TEST(DiagnosticsTest, WholeFileProblemHasNoLineNumber) {
  Diagnostic d{Severity::kError, {"content/packages/Smerte"}, "invalid package folder name"};
  EXPECT_EQ(FormatDiagnostic(d, nullptr, Language::kEnglish), "content/packages/Smerte: error: invalid package folder name\n");
}

TEST(DiagnosticsTest, CountsErrorsAndWarningsAndSortsByPlace) {
  Diagnostics diags;
  diags.Warning({"b.yaml", 2, 1}, "w");
  diags.Error({"a.yaml", 9, 1}, "e1");
  diags.Error({"a.yaml", 3, 5}, "e2");
  EXPECT_TRUE(diags.HasErrors());
  EXPECT_EQ(diags.error_count(), 2);
  EXPECT_EQ(diags.warning_count(), 1);
  std::vector<Diagnostic> sorted = diags.Sorted();
  EXPECT_EQ(sorted[0].message, "e2");
  EXPECT_EQ(sorted[1].message, "e1");
  EXPECT_EQ(sorted[2].message, "w");
}

}  // namespace
}  // namespace klynge
