#include "stats/survey_figures.h"

namespace klynge {

std::vector<SurveyFigures> ComputeSurveyFigures(const ClusterEdition& cluster, const Package& package) {
  std::vector<SurveyFigures> out;
  for (const Survey& survey : package.surveys) {
    const SurveyResult* result = cluster.FindSurvey(survey.id);
    if (!result) continue;
    SurveyFigures figures{survey.id, survey.title, {}};
    for (const SurveyQuestion& question : result->questions) {
      QuestionFigures q;
      q.text = question.text;
      int64_t total = question.Total();
      if (total >= kMinSurveyAnswers) {
        q.n = total;
        q.answers.emplace();
        for (const SurveyAnswer& a : question.answers)
          q.answers->push_back({a.text, a.count, static_cast<double>(a.count) / static_cast<double>(total)});
      }
      figures.questions.push_back(std::move(q));
    }
    out.push_back(std::move(figures));
  }
  return out;
}

}  // namespace klynge
