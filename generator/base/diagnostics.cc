#include "base/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "base/source_file.h"
#include "base/utf8.h"

namespace klynge {

namespace {

// At most this many characters of a source line are shown under a diagnostic.
constexpr int kMaxShownChars = 120;

}  // namespace

void Diagnostics::Error(SourceLocation where, Message message) {
  Add({Severity::kError, std::move(where), std::move(message), {}});
}

void Diagnostics::Warning(SourceLocation where, Message message) {
  Add({Severity::kWarning, std::move(where), std::move(message), {}});
}

void Diagnostics::Add(Diagnostic d) {
  d.message = Format(d.text, Language::kEnglish);
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

std::string FormatDiagnostic(const Diagnostic& d, const SourceLookup& lookup, Language language) {
  std::string out = d.where.path;
  if (d.where.line > 0) {
    out += ":" + std::to_string(d.where.line) + ":" + std::to_string(std::max(1, d.where.column));
  }
  // The severity stays "error" or "warning" in every language: editors and
  // scripts find the problems in a build's output by these words.
  out += d.severity == Severity::kError ? ": error: " : ": warning: ";
  out += d.In(language);
  out += "\n";
  const SourceFile* file = d.where.line > 0 && lookup ? lookup(d.where.path) : nullptr;
  if (file && d.where.line <= file->line_count()) {
    std::string number = std::to_string(d.where.line);
    std::string gutter(std::max<size_t>(5, number.size() + 1), ' ');
    std::string numbered = gutter;
    numbered.replace(numbered.size() - number.size(), number.size(), number);
    std::string_view line = file->Line(d.where.line);
    // A long line is cut to a window around the caret, so that one line of
    // 200 KB does not flood the terminal.
    int column = std::max(1, d.where.column);
    std::string before, after;
    if (Utf8Length(line) > static_cast<size_t>(kMaxShownChars)) {
      int first = std::max(1, column - kMaxShownChars / 2);
      size_t begin = Utf8Offset(line, static_cast<size_t>(first - 1));
      size_t end = Utf8Offset(line, static_cast<size_t>(first - 1 + kMaxShownChars));
      if (first > 1) before = "…";
      if (end < line.size()) after = "…";
      line = line.substr(begin, end - begin);
      column = column - first + 1 + (first > 1 ? 1 : 0);
    }
    out += numbered + " | " + before + std::string(line) + after + "\n";
    // Tabs stay tabs under the caret so it lines up in a terminal.
    std::string pad = before.empty() ? "" : " ";
    int col = before.empty() ? 1 : 2;
    for (size_t i = 0; i < line.size() && col < column; ++i) {
      if (IsUtf8Continuation(line[i])) continue;
      pad += line[i] == '\t' ? '\t' : ' ';
      ++col;
    }
    while (col < column) { pad += ' '; ++col; }
    out += gutter + " | " + pad + "^\n";
  }
  return out;
}

}  // namespace klynge
