#include "render/pdf/survey_section.h"

#include "render/chart/survey_chart.h"
#include "render/pdf/chart_drawing.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/print_parts.h"

namespace klynge {

std::vector<pdf::Block> SurveySection(const PrintContext& ctx, pdf::PdfDocument& doc, const SurveyFigures& survey,
                                      float width) {
  const PrintStyle& s = ctx.style;
  std::vector<pdf::Block> out;
  pdf::Paragraph title = HeadingParagraph(ctx, survey.title, 1);
  title.spacing.before = 18;  // after the part before it; dropped atop a page
  title.continued = survey.title + " (" + ctx.Ui("edition_continued") + ")";
  out.push_back(title);
  pdf::Paragraph note = TextParagraph(ctx.Ui("edition_survey_note"), 9, pdf::Face::kItalic, s.muted,
                                      pdf::Spacing{0, 6});
  note.keep_with_next = true;
  out.push_back(note);
  for (const QuestionFigures& q : survey.questions) {
    pdf::Paragraph question = TextParagraph(q.text, 10, pdf::Face::kBold, s.text, pdf::Spacing{8, 3});
    question.keep_with_next = true;
    out.push_back(question);
    if (!q.shown()) {
      out.push_back(TextParagraph(kTooFewAnswersText, 9, pdf::Face::kItalic, s.muted, pdf::Spacing{0, 4}));
      continue;
    }
    chart::SurveyChartSpec spec;
    spec.n = q.n;
    spec.lang = ctx.lang;
    for (const AnswerFigure& a : *q.answers) spec.segments.push_back({a.text, a.count, a.share});
    out.push_back(ChartDrawing(chart::LayOutSurveyChart(spec, width, ChartTextWidth(doc)), s, doc));
  }
  return out;
}

std::string SurveySummary(const PrintContext& ctx, const std::string& survey_id) {
  const SurveyFigures* survey = ctx.edition ? ctx.edition->figures.FindSurvey(survey_id) : nullptr;
  if (!survey) return ctx.Ui("edition_survey") + ": " + ctx.Ui("edition_no_data");
  size_t shown = 0;
  for (const QuestionFigures& q : survey->questions) shown += q.shown();
  std::string text = ctx.Ui("edition_survey") + ": " + survey->title + " · " +
                     std::to_string(survey->questions.size()) + " " + ctx.Ui("edition_questions");
  if (shown < survey->questions.size())
    text += ", " + std::to_string(shown) + " " + ctx.Ui("edition_questions_shown");
  return text + " (" + ctx.Ui("edition_handout") + ")";
}

}  // namespace klynge
