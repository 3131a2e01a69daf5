#include "validate/observation_validator.h"

#include "base/text.h"
#include "validate/csv_fields.h"

namespace klynge {

const std::vector<std::string> kObservationColumns = {"practice", "indicator", "period",
                                                      "numerator", "denominator"};

ObservationValidator::ObservationValidator(std::optional<std::set<std::string>> practice_ids,
                                           const Package* package, Diagnostics* diags)
    : practice_ids_(std::move(practice_ids)), package_(package), diags_(diags) {}

void ObservationValidator::Check(const CsvTable& table, std::vector<Observation>* out) {
  if (!CheckHeader(table)) return;
  for (size_t i = 1; i < table.rows.size(); ++i) CheckRow(table, table.rows[i], out);
}

bool ObservationValidator::CheckHeader(const CsvTable& table) {
  return CheckCsvHeader(table, kObservationColumns, diags_);
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
  if (!CheckRowWidth(table, row, kObservationColumns, diags_)) return;
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
  if (std::string e = ParseCsvCount(numerator.text, &obs.numerator); !e.empty()) {
    diags_->Error(table.At(numerator), "`numerator` " + e);
    ok = false;
  } else if (obs.numerator < 0) {
    diags_->Error(table.At(numerator), "`numerator` must be 0 or more, found " + numerator.text);
    ok = false;
  }
  const Indicator* kind_of = package_ ? package_->FindIndicator(obs.indicator) : nullptr;
  if (kind_of && kind_of->kind == IndicatorKind::kCount) {
    // A count is the figure itself: a denominator would be read as a rate's.
    if (!denominator.text.empty()) {
      diags_->Error(table.At(denominator), "indicator " + obs.indicator +
                                               " is a count (`kind: count` in package.md): leave `denominator` "
                                               "empty, found " + denominator.text);
      ok = false;
    }
  } else if (denominator.text.empty() && kind_of) {
    diags_->Error(table.At(denominator),
                  "`denominator` is empty, but indicator " + obs.indicator +
                      " is a rate and needs the clinic's listed patients (for a count of patients, "
                      "write `kind: count` on the indicator in package.md)");
    ok = false;
  } else if (std::string e = ParseCsvCount(denominator.text, &obs.denominator); !e.empty()) {
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
                            LineOf(it->second, here) + " has the same; each may appear once");
    return;
  }
  if (obs.denominator > 0 && obs.numerator > obs.denominator) {
    diags_->Warning(table.At(numerator), "`numerator` " + numerator.text +
                                             " is larger than `denominator` " + denominator.text +
                                             "; are the columns swapped?");
  }
  out->push_back(std::move(obs));
}

}  // namespace klynge
