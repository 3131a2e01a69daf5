#pragma once
// Exact checks of one diagnostic (file, line, column, severity, message) for validator tests.

#include <gtest/gtest.h>

#include <string>

#include "base/diagnostics.h"
#include "support/temp_site.h"

namespace klynge::testing {

// Success when `diags` holds a diagnostic with exactly this message, and it is
// at path:line:column with this severity. The failure lists every diagnostic.
inline ::testing::AssertionResult HasDiagnostic(const Diagnostics& diags, Severity severity,
                                                const std::string& path, int line, int column,
                                                const std::string& message) {
  for (const Diagnostic& d : diags.list()) {
    if (d.message != message) continue;
    if (d.where.path == path && d.where.line == line && d.where.column == column &&
        d.severity == severity)
      return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "found \"" << message << "\" at " << d.where.path << ":" << d.where.line << ":"
           << d.where.column << (d.severity == Severity::kError ? " (error)" : " (warning)")
           << ", expected " << path << ":" << line << ":" << column
           << (severity == Severity::kError ? " (error)" : " (warning)");
  }
  return ::testing::AssertionFailure() << "no diagnostic \"" << message << "\"; got:\n"
                                       << Describe(diags);
}

inline ::testing::AssertionResult HasError(const Diagnostics& diags, const std::string& path, int line,
                                           int column, const std::string& message) {
  return HasDiagnostic(diags, Severity::kError, path, line, column, message);
}

inline ::testing::AssertionResult HasWarning(const Diagnostics& diags, const std::string& path,
                                             int line, int column, const std::string& message) {
  return HasDiagnostic(diags, Severity::kWarning, path, line, column, message);
}

}  // namespace klynge::testing
