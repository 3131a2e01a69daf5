#pragma once
// The deck's kinds of slide, laid out on the 16:9 page: title, program,
// an indicator's period, its follow-up, a survey's questions.

#include <vector>

#include "model/program.h"
#include "render/pdf/layout/text_measure.h"
#include "render/pdf/print_context.h"
#include "render/pptx/slide.h"
#include "stats/cluster_figures.h"

namespace klynge::deck {

class SlideMaker {
 public:
  // ctx.edition must be set.
  SlideMaker(const PrintContext& ctx, pdf::TextMeasure& measure);

  DeckStyle Style() const;
  Slide Title() const;
  // As many slides as the blocks need, each row a block with its clock time.
  std::vector<Slide> Program(const Program& program) const;
  // A period's chart (on more slides when its bars do not fit on one) with the cluster's figure.
  std::vector<Slide> Period(const IndicatorFigures& f, const PeriodFigures& p) const;
  std::vector<Slide> FollowUp(const IndicatorFigures& f) const;
  // The questions, as many to a slide as fit.
  std::vector<Slide> Survey(const SurveyFigures& s) const;
  // The footer (cluster, date, "3 / 12") on every slide but the first.
  void Number(std::vector<Slide>* slides) const;

 private:
  // A slide with its title; returns where the content may start.
  Slide Titled(const std::string& title, float* y) const;
  TextBox Subtitle(const std::string& text, float y) const;
  Slide Headed(const std::string& title, const std::string& subtitle, float* y) const;
  // The cluster's figure and the comparator, beside a chart.
  void FiguresPanel(const IndicatorFigures& f, const PeriodFigures& p, float y, Slide* slide) const;
  std::string Value(const IndicatorFigures& f, double v) const;

  const PrintContext& ctx_;
  const PrintStyle& s_;
  pdf::TextMeasure& measure_;
};

}  // namespace klynge::deck
