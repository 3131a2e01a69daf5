#include "base/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "base/source_file.h"

namespace klynge {

void Diagnostics::Error(SourceLocation where, std::string message) {
  Add({Severity::kError, std::move(where), std::move(message)});
}

void Diagnostics::Warning(SourceLocation where, std::string message) {
  Add({Severity::kWarning, std::move(where), std::move(message)});
}

void Diagnostics::Add(Diagnostic d) {
  if (d.severity == Severity::kError) ++errors_;
  list_.push_back(std::move(d));
}

void Diagnostics::Append(const Diagnostics& other) {
  for (const Diagnostic& d : other.list_) Add(d);
}

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> sorted = list_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.path, a.where.line, a.where.column) <
           std::tie(b.where.path, b.where.line, b.where.column);
  });
  return sorted;
}

std::string FormatDiagnostic(const Diagnostic& d, const SourceLookup& lookup) {
  std::string out = d.where.path;
  if (d.where.line > 0) {
    out += ":" + std::to_string(d.where.line) + ":" + std::to_string(std::max(1, d.where.column));
  }
  out += d.severity == Severity::kError ? ": error: " : ": warning: ";
  out += d.message;
  out += "\n";
  const SourceFile* file = d.where.line > 0 && lookup ? lookup(d.where.path) : nullptr;
  if (file && d.where.line <= file->line_count()) {
    std::string number = std::to_string(d.where.line);
    std::string gutter(std::max<size_t>(5, number.size() + 1), ' ');
    std::string numbered = gutter;
    numbered.replace(numbered.size() - number.size(), number.size(), number);
    std::string_view line = file->Line(d.where.line);
    out += numbered + " | " + std::string(line) + "\n";
    // Tabs stay tabs under the caret so it lines up in a terminal.
    std::string pad;
    int col = 1;
    for (size_t i = 0; i < line.size() && col < d.where.column; ++i) {
      unsigned char c = line[i];
      if ((c & 0xC0) == 0x80) continue;
      pad += c == '\t' ? '\t' : ' ';
      ++col;
    }
    while (col < d.where.column) { pad += ' '; ++col; }
    out += gutter + " | " + pad + "^\n";
  }
  return out;
}

}  // namespace klynge
