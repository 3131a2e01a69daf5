#pragma once
// A cluster's CSV data rows against the content format: header, practices,
// indicators, periods and counts, and duplicates across all the cluster's files.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/diagnostics.h"
#include "load/csv_table.h"
#include "validate/csv_fields.h"
#include "model/cluster.h"
#include "model/package.h"

namespace klynge {

// The columns every data file's header names, in this order.
extern const std::vector<std::string> kObservationColumns;

class ObservationValidator {
 public:
  // `practice_ids` are the ids written in cluster.yaml (valid or not, so a bad
  // id is not blamed twice), nullopt when its practice list could not be read
  // (then practices are not checked); `package` is nullptr when it is unknown
  // or invalid, and then indicators are not checked.
  ObservationValidator(std::optional<std::set<std::string>> practice_ids, const Package* package,
                       Diagnostics* diags);

  // Checks every row of `table` and appends the valid ones to `out`. A file
  // whose header is wrong is reported once and its rows are not read.
  void Check(const CsvTable& table, std::vector<Observation>* out);

 private:
  bool CheckHeader(const CsvTable& table);
  void CheckRow(const CsvTable& table, const CsvRow& row, std::vector<Observation>* out);
  bool CheckPractice(const CsvTable& table, const CsvField& field);
  bool CheckIndicator(const CsvTable& table, const CsvField& field);

  std::optional<std::set<std::string>> practice_ids_;
  const Package* package_;
  Diagnostics* diags_;
  // (practice, indicator, period) → where it was first given, across files.
  std::map<std::tuple<std::string, std::string, std::string>, SourceLocation> seen_;
};

}  // namespace klynge
