#pragma once
// A survey's results in a cluster's handout: per question a stacked bar of
// its answers, or the note that too few answered to show it.

#include <vector>

#include "render/pdf/layout/pdf_document.h"
#include "render/pdf/print_context.h"
#include "stats/survey_figures.h"

namespace klynge {

std::vector<pdf::Block> SurveySection(const PrintContext& ctx, pdf::PdfDocument& doc, const SurveyFigures& survey,
                                      float width);

// What the chair's program says where an item names the survey: "Spørgeskema:
// <title> · 3 spørgsmål, 2 vises" (no count of answers: n of a hidden question would show how few).
std::string SurveySummary(const PrintContext& ctx, const std::string& survey_id);

}  // namespace klynge
