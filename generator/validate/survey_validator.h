#pragma once
// A cluster's survey answers (a data file whose header is
// survey,question,answer,count) against its package's `surveys:`.

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "base/diagnostics.h"
#include "load/csv_table.h"
#include "model/cluster.h"
#include "model/package.h"

namespace klynge {

// The columns of a survey file's header, in this order.
extern const std::vector<std::string> kSurveyColumns;

// True when `table`'s first line names the survey columns: the file holds
// survey answers, not prescription data.
bool IsSurveyTable(const CsvTable& table);

class SurveyValidator {
 public:
  // `package` is nullptr when it is unknown or invalid; then survey ids are not checked.
  SurveyValidator(const Package* package, Diagnostics* diags);

  // Checks every row of `table` and adds the valid ones to `results`, keeping
  // the order in which surveys, questions and answers first appear.
  void Check(const CsvTable& table, std::vector<SurveyResult>* results);

  // Puts `results` in the package's survey order.
  void Order(std::vector<SurveyResult>* results) const;

 private:
  void CheckRow(const CsvTable& table, const CsvRow& row, std::vector<SurveyResult>* results);

  const Package* package_;
  Diagnostics* diags_;
  // (survey, question, answer) → where it was first given, across files.
  std::map<std::tuple<std::string, std::string, std::string>, SourceLocation> seen_;
};

}  // namespace klynge
