#include "validate/observation_validator.h"

#include <charconv>

#include "base/text.h"

namespace klynge {

const std::vector<std::string> kObservationColumns = {"practice", "indicator", "period",
                                                      "numerator", "denominator"};

namespace {

std::string HeaderLine() {
  std::string out;
  for (const std::string& c : kObservationColumns) out += (out.empty() ? "" : ",") + c;
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// A count as written in a data file: digits only, optionally after a minus,
// at most kMaxCount. Returns an error text, or "" with *value set.
std::string ParseCount(const std::string& text, int64_t* value) {
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

std::string Located(const SourceLocation& first, const SourceLocation& here) {
  if (first.path == here.path) return "line " + std::to_string(first.line);
  return first.path + ":" + std::to_string(first.line);
}

}  // namespace

ObservationValidator::ObservationValidator(std::optional<std::set<std::string>> practice_ids,
                                           const Package* package, Diagnostics* diags)
    : practice_ids_(std::move(practice_ids)), package_(package), diags_(diags) {}

void ObservationValidator::Check(const CsvTable& table, std::vector<Observation>* out) {
  if (!CheckHeader(table)) return;
  for (size_t i = 1; i < table.rows.size(); ++i) CheckRow(table, table.rows[i], out);
}

bool ObservationValidator::CheckHeader(const CsvTable& table) {
  const size_t n = kObservationColumns.size();
  if (table.rows.empty()) {
    diags_->Error({table.file->path(), 1, 1},
                  "the data file is empty; its first line must be the header " + HeaderLine());
    return false;
  }
  const CsvRow& header = table.rows[0];
  if (!header.fields.empty() && AllDigits(header.fields[0].text)) {
    diags_->Error(table.At(header.fields[0]),
                  "the header line is missing: the first line must be exactly " + HeaderLine());
    return false;
  }
  // A Danish spreadsheet saves "CSV" with semicolons, since the comma is its decimal mark.
  if (header.fields.size() == 1 && header.fields[0].text.find(';') != std::string::npos) {
    diags_->Error(
        table.At(header.fields[0]),
        "the file is separated by semicolons; save it as comma-separated CSV (UTF-8) with "
        "the header " +
            HeaderLine());
    return false;
  }
  bool ok = true;
  for (size_t i = 0; i < header.fields.size() && i < n; ++i) {
    const CsvField& f = header.fields[i];
    if (f.text == kObservationColumns[i]) continue;
    ok = false;
    std::string message = "column " + std::to_string(i + 1) + " of the header must be `" +
                          kObservationColumns[i] + "`, found `" + f.text + "`";
    bool known = false;
    for (const std::string& c : kObservationColumns) known = known || c == f.text;
    if (known) {
      message += "; the columns must come in the order " + HeaderLine();
    } else if (std::string hint = NearestWord(f.text, kObservationColumns); !hint.empty()) {
      message += " (did you mean `" + hint + "`?)";
    }
    diags_->Error(table.At(f), message);
  }
  if (header.fields.size() < n) {
    ok = false;
    std::string missing;
    for (size_t i = header.fields.size(); i < n; ++i)
      missing += (missing.empty() ? "`" : ", `") + kObservationColumns[i] + "`";
    diags_->Error(table.End(header), "the header has " + std::to_string(header.fields.size()) +
                                         " columns; missing " + missing + " (expected " +
                                         HeaderLine() + ")");
  } else if (header.fields.size() > n) {
    ok = false;
    diags_->Error(table.At(header.fields[n]), "the header has an extra column `" +
                                                  header.fields[n].text + "`; expected exactly " +
                                                  HeaderLine());
  }
  return ok;
}

bool ObservationValidator::CheckPractice(const CsvTable& table, const CsvField& field) {
  if (!practice_ids_ || practice_ids_->count(field.text)) return true;
  std::string message =
      "unknown practice `" + field.text + "`: not among the practices of cluster.yaml";
  std::string padded = field.text;
  if (AllDigits(padded) && padded.size() < 6) padded.insert(0, 6 - padded.size(), '0');
  if (padded != field.text && practice_ids_->count(padded)) {
    message += " (did you mean `" + padded + "`? A spreadsheet may have dropped the leading zeros)";
  } else {
    std::vector<std::string> ids(practice_ids_->begin(), practice_ids_->end());
    if (std::string hint = NearestWord(field.text, ids); !hint.empty())
      message += " (did you mean `" + hint + "`?)";
  }
  diags_->Error(table.At(field), message);
  return false;
}

bool ObservationValidator::CheckIndicator(const CsvTable& table, const CsvField& field) {
  if (!package_ || package_->FindIndicator(field.text)) return true;
  std::vector<std::string> ids;
  std::string list;
  for (const Indicator& i : package_->indicators) {
    ids.push_back(i.id);
    list += (list.empty() ? "" : ", ") + i.id;
  }
  std::string message = "unknown indicator `" + field.text + "`: package `" + package_->slug + "` ";
  message += ids.empty() ? "has no indicators" : "has the indicators " + list;
  if (std::string hint = NearestWord(field.text, ids); !hint.empty())
    message += " (did you mean `" + hint + "`?)";
  diags_->Error(table.At(field), message);
  return false;
}

void ObservationValidator::CheckRow(const CsvTable& table, const CsvRow& row,
                                    std::vector<Observation>* out) {
  const size_t n = kObservationColumns.size();
  if (row.fields.size() > n) {
    diags_->Error(table.At(row.fields[n]), "malformed row: " + std::to_string(row.fields.size()) +
                                               " fields, expected " + std::to_string(n) + " (" +
                                               HeaderLine() + ")");
    return;
  }
  if (row.fields.size() < n) {
    diags_->Error(table.End(row), "malformed row: " + std::to_string(row.fields.size()) +
                                      " field(s), expected " + std::to_string(n) + "; `" +
                                      kObservationColumns[row.fields.size()] + "` is missing (" +
                                      HeaderLine() + ")");
    return;
  }
  const CsvField& practice = row.fields[0];
  const CsvField& indicator = row.fields[1];
  const CsvField& period = row.fields[2];
  const CsvField& numerator = row.fields[3];
  const CsvField& denominator = row.fields[4];
  bool ok = CheckPractice(table, practice);
  ok = CheckIndicator(table, indicator) && ok;
  if (period.text.empty()) {
    diags_->Error(table.At(period),
                  "`period` must not be empty; write a label such as 2025 or 2025-Q4");
    ok = false;
  }
  Observation obs{practice.text, indicator.text, period.text, 0, 0};
  if (std::string e = ParseCount(numerator.text, &obs.numerator); !e.empty()) {
    diags_->Error(table.At(numerator), "`numerator` " + e);
    ok = false;
  } else if (obs.numerator < 0) {
    diags_->Error(table.At(numerator), "`numerator` must be 0 or more, found " + numerator.text);
    ok = false;
  }
  if (std::string e = ParseCount(denominator.text, &obs.denominator); !e.empty()) {
    diags_->Error(table.At(denominator), "`denominator` " + e);
    ok = false;
  } else if (obs.denominator <= 0) {
    diags_->Error(table.At(denominator),
                  "`denominator` must be more than 0 (the clinic's listed patients), found " +
                      denominator.text);
    ok = false;
  }
  if (!ok) return;
  SourceLocation here = table.At(practice);
  auto [it, inserted] =
      seen_.emplace(std::make_tuple(obs.practice, obs.indicator, obs.period), here);
  if (!inserted) {
    diags_->Error(here, "duplicate row for practice " + obs.practice + ", indicator " +
                            obs.indicator + " and period " + obs.period + ": " +
                            Located(it->second, here) + " has the same; each may appear once");
    return;
  }
  if (obs.numerator > obs.denominator) {
    diags_->Warning(table.At(numerator), "`numerator` " + numerator.text +
                                             " is larger than `denominator` " + denominator.text +
                                             "; are the columns swapped?");
  }
  out->push_back(std::move(obs));
}

}  // namespace klynge
