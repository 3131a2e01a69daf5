#pragma once
// CSV text (RFC 4180: commas, double quotes, LF or CRLF) split into rows of
// fields that remember where they start, so every value can be blamed.

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_file.h"

namespace klynge {

struct CsvField {
  std::string text;  // unquoted; spaces around an unquoted value removed
  int line = 0;      // 1-based
  int column = 0;    // 1-based character column of the field's first character
};

struct CsvRow {
  std::vector<CsvField> fields;
  int line = 0;      // line of the first field
  int end_line = 0;  // where the row ends: where a missing field would go
  int end_column = 0;
};

struct CsvTable {
  const SourceFile* file = nullptr;
  std::vector<CsvRow> rows;  // blank lines skipped; a header is rows[0]

  SourceLocation At(const CsvField& field) const;
  SourceLocation End(const CsvRow& row) const;
};

// Splits `file`'s text. Malformed quoting (a quote inside an unquoted value,
// text after a closing quote, a quote never closed) is an error at its line
// and column; that row is dropped and the rest of the file is still read.
CsvTable ParseCsv(const SourceFile& file, Diagnostics* diags);

}  // namespace klynge
