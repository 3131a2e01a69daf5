#include "validate/csv_fields.h"

#include <charconv>

#include "base/text.h"

namespace klynge {

std::string HeaderLine(const std::vector<std::string>& columns) {
  std::string out;
  for (const std::string& c : columns) out += (out.empty() ? "" : ",") + c;
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string ParseCsvCount(const std::string& text, int64_t* value) {
  if (text.empty()) return "is empty";
  bool negative = text[0] == '-';
  std::string_view digits = std::string_view(text).substr(negative ? 1 : 0);
  if (!AllDigits(digits))
    return "must be a whole number without decimals or separators, found `" + text + "`";
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  if (ec != std::errc() || ptr != text.data() + text.size() || *value > kMaxCount)
    return "is too large: `" + text + "`; a count is at most 1,000,000,000";
  return "";
}

std::string LineOf(const SourceLocation& first, const SourceLocation& here) {
  if (first.path == here.path) return "line " + std::to_string(first.line);
  return first.path + ":" + std::to_string(first.line);
}

bool CheckCsvHeader(const CsvTable& table, const std::vector<std::string>& columns, Diagnostics* diags) {
  const size_t n = columns.size();
  if (table.rows.empty()) {
    diags->Error({table.file->path(), 1, 1},
                  "the data file is empty; its first line must be the header " + HeaderLine(columns));
    return false;
  }
  const CsvRow& header = table.rows[0];
  if (!header.fields.empty() && AllDigits(header.fields[0].text)) {
    diags->Error(table.At(header.fields[0]),
                  "the header line is missing: the first line must be exactly " + HeaderLine(columns));
    return false;
  }
  // A Danish spreadsheet saves "CSV" with semicolons, since the comma is its decimal mark.
  if (header.fields.size() == 1 && header.fields[0].text.find(';') != std::string::npos) {
    diags->Error(
        table.At(header.fields[0]),
        "the file is separated by semicolons; save it as comma-separated CSV (UTF-8) with "
        "the header " +
            HeaderLine(columns));
    return false;
  }
  bool ok = true;
  for (size_t i = 0; i < header.fields.size() && i < n; ++i) {
    const CsvField& f = header.fields[i];
    if (f.text == columns[i]) continue;
    ok = false;
    std::string message = "column " + std::to_string(i + 1) + " of the header must be `" +
                          columns[i] + "`, found `" + f.text + "`";
    bool known = false;
    for (const std::string& c : columns) known = known || c == f.text;
    if (known) {
      message += "; the columns must come in the order " + HeaderLine(columns);
    } else if (std::string hint = NearestWord(f.text, columns); !hint.empty()) {
      message += " (did you mean `" + hint + "`?)";
    }
    diags->Error(table.At(f), message);
  }
  if (header.fields.size() < n) {
    ok = false;
    std::string missing;
    for (size_t i = header.fields.size(); i < n; ++i)
      missing += (missing.empty() ? "`" : ", `") + columns[i] + "`";
    diags->Error(table.End(header), "the header has " + std::to_string(header.fields.size()) +
                                         " columns; missing " + missing + " (expected " +
                                         HeaderLine(columns) + ")");
  } else if (header.fields.size() > n) {
    ok = false;
    diags->Error(table.At(header.fields[n]), "the header has an extra column `" +
                                                  header.fields[n].text + "`; expected exactly " +
                                                  HeaderLine(columns));
  }
  return ok;
}

bool CheckRowWidth(const CsvTable& table, const CsvRow& row, const std::vector<std::string>& columns,
                   Diagnostics* diags) {
  const size_t n = columns.size();
  if (row.fields.size() > n) {
    diags->Error(table.At(row.fields[n]), "malformed row: " + std::to_string(row.fields.size()) +
                                              " fields, expected " + std::to_string(n) + " (" +
                                              HeaderLine(columns) + ")");
    return false;
  }
  if (row.fields.size() < n) {
    diags->Error(table.End(row), "malformed row: " + std::to_string(row.fields.size()) +
                                     " field(s), expected " + std::to_string(n) + "; `" +
                                     columns[row.fields.size()] + "` is missing (" + HeaderLine(columns) +
                                     ")");
    return false;
  }
  return true;
}

}  // namespace klynge
