#include "base/diagnostics.h"

#include <gtest/gtest.h>

#include "base/source_file.h"

namespace klynge {
namespace {

TEST(DiagnosticsTest, FormatsLikeTheContentFormatWithSourceLineAndCaret) {
  SourceFile file("content/packages/smertebehandling/program.yaml", "packages/smertebehandling/program.yaml",
                  "blocks:\n  - title: Blok 3\n    minutes: 30\n");
  Diagnostic d{Severity::kWarning, {file.path(), 3, 14}, "block \"Blok 3\" declares 30 min, its items add up to 29 min"};
  std::string text = FormatDiagnostic(d, [&](const std::string&) { return &file; });
  EXPECT_EQ(text,
            "content/packages/smertebehandling/program.yaml:3:14: warning: block \"Blok 3\" declares 30 min, "
            "its items add up to 29 min\n"
            "    3 |     minutes: 30\n"
            "      |              ^\n");
}

TEST(DiagnosticsTest, CaretCountsCharactersNotBytes) {
  SourceFile file("a.yaml", "a.yaml", "titel: Æblegrød\n");
  Diagnostic d{Severity::kError, {"a.yaml", 1, 12}, "x"};
  std::string text = FormatDiagnostic(d, [&](const std::string&) { return &file; });
  EXPECT_NE(text.find("\n      |            ^\n"), std::string::npos) << text;
}

TEST(DiagnosticsTest, WholeFileProblemHasNoLineNumber) {
  Diagnostic d{Severity::kError, {"content/packages/Smerte"}, "invalid package folder name"};
  EXPECT_EQ(FormatDiagnostic(d, nullptr), "content/packages/Smerte: error: invalid package folder name\n");
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
