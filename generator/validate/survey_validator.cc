#include "validate/survey_validator.h"

#include <algorithm>

#include "base/text.h"
#include "validate/csv_fields.h"

namespace klynge {

const std::vector<std::string> kSurveyColumns = {"survey", "question", "answer", "count"};

bool IsSurveyTable(const CsvTable& table) {
  return !table.rows.empty() && !table.rows[0].fields.empty() && table.rows[0].fields[0].text == "survey";
}

SurveyValidator::SurveyValidator(const Package* package, Diagnostics* diags) : package_(package), diags_(diags) {}

void SurveyValidator::Check(const CsvTable& table, std::vector<SurveyResult>* results) {
  if (!CheckCsvHeader(table, kSurveyColumns, diags_)) return;
  for (size_t i = 1; i < table.rows.size(); ++i) CheckRow(table, table.rows[i], results);
}

void SurveyValidator::CheckRow(const CsvTable& table, const CsvRow& row, std::vector<SurveyResult>* results) {
  if (!CheckRowWidth(table, row, kSurveyColumns, diags_)) return;
  const CsvField& survey = row.fields[0];
  const CsvField& question = row.fields[1];
  const CsvField& answer = row.fields[2];
  const CsvField& count = row.fields[3];
  bool ok = true;
  if (package_ && !package_->FindSurvey(survey.text)) {
    std::vector<std::string> ids;
    for (const Survey& s : package_->surveys) ids.push_back(s.id);
    std::string message = "unknown survey `" + survey.text + "`: package `" + package_->slug + "` ";
    message += ids.empty() ? "declares no `surveys`" : "declares the surveys " + HeaderLine(ids);
    if (std::string hint = NearestWord(survey.text, ids); !hint.empty()) message += " (did you mean `" + hint + "`?)";
    diags_->Error(table.At(survey), message);
    ok = false;
  }
  for (const CsvField* f : {&question, &answer}) {
    if (!f->text.empty()) continue;
    diags_->Error(table.At(*f), std::string("`") + (f == &question ? "question" : "answer") +
                                    "` must not be empty; write it as the questionnaire asked it");
    ok = false;
  }
  int64_t value = 0;
  if (std::string e = ParseCsvCount(count.text, &value); !e.empty()) {
    diags_->Error(table.At(count), "`count` " + e);
    ok = false;
  } else if (value < 0) {
    diags_->Error(table.At(count), "`count` must be 0 or more (how many answered so), found " + count.text);
    ok = false;
  }
  if (!ok) return;
  SourceLocation here = table.At(survey);
  auto [it, inserted] = seen_.emplace(std::make_tuple(survey.text, question.text, answer.text), here);
  if (!inserted) {
    diags_->Error(here, "duplicate row for survey " + survey.text + ", question \"" + question.text +
                            "\" and answer \"" + answer.text + "\": " + LineOf(it->second, here) +
                            " has the same; each answer may appear once");
    return;
  }
  auto result = std::find_if(results->begin(), results->end(),
                             [&](const SurveyResult& r) { return r.survey == survey.text; });
  if (result == results->end()) result = results->insert(results->end(), SurveyResult{survey.text, {}});
  auto q = std::find_if(result->questions.begin(), result->questions.end(),
                        [&](const SurveyQuestion& x) { return x.text == question.text; });
  if (q == result->questions.end()) q = result->questions.insert(result->questions.end(), {question.text, {}});
  q->answers.push_back({answer.text, value});
}

void SurveyValidator::Order(std::vector<SurveyResult>* results) const {
  if (!package_) return;
  auto rank = [&](const SurveyResult& r) {
    const Survey* s = package_->FindSurvey(r.survey);
    return s ? s - package_->surveys.data() : static_cast<std::ptrdiff_t>(package_->surveys.size());
  };
  std::stable_sort(results->begin(), results->end(),
                   [&](const SurveyResult& a, const SurveyResult& b) { return rank(a) < rank(b); });
}

}  // namespace klynge
