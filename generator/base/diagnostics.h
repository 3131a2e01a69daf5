#pragma once
// Problems found in content, collected as values and printed together.

#include <functional>
#include <string>
#include <vector>

#include "base/message.h"

namespace klynge {

class SourceFile;

// A place in a content file; line and column are 1-based, column counts
// characters. line == 0 means the file as a whole (a path problem).
struct SourceLocation {
  std::string path;
  int line = 0;
  int column = 0;
};

enum class Severity { kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation where;
  Message text;  // what it says, worded in the site's language when printed
  // The English words, made when it is added to Diagnostics: what tests and
  // internal callers compare against.
  std::string message;
  std::string In(Language language) const { return Format(text, language); }
};

// The problems of one run, in the order found.
class Diagnostics {
 public:
  void Error(SourceLocation where, Message message);
  void Warning(SourceLocation where, Message message);
  void Add(Diagnostic d);
  void Append(const Diagnostics& other);

  bool HasErrors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  int warning_count() const { return static_cast<int>(list_.size()) - errors_; }
  const std::vector<Diagnostic>& list() const { return list_; }
  // The list ordered by path, line and column, for stable output.
  std::vector<Diagnostic> Sorted() const;

 private:
  std::vector<Diagnostic> list_;
  int errors_ = 0;
};

// Finds the loaded file for a path, or nullptr.
using SourceLookup = std::function<const SourceFile*(const std::string& path)>;

// "path:line:col: error: message" followed by the source line and a caret,
// as the content format's Diagnostics section shows, the message in `language`.
std::string FormatDiagnostic(const Diagnostic& d, const SourceLookup& lookup, Language language);

}  // namespace klynge
