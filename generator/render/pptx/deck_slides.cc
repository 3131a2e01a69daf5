#include "render/pptx/deck_slides.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "render/chart/figure_charts.h"
#include "render/fit_text.h"
#include "render/chart/follow_up_chart.h"
#include "render/chart/rate_chart.h"
#include "render/chart/survey_chart.h"
#include "render/pdf/chart_drawing.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/edition_sections.h"
#include "render/pptx/chart_alt_text.h"
#include "render/pptx/font_family.h"
#include "render/pptx/slide_layout.h"

namespace klynge::deck {

namespace {

constexpr float kMargin = 48;
constexpr float kContentWidth = kSlideWidth - 2 * kMargin;
constexpr float kBottom = 488;  // the footer sits below
constexpr float kTitleSize = 30;
constexpr float kBodySize = 22;
constexpr float kChartWidth = 600;
constexpr float kPanelX = kMargin + kChartWidth + 24;
// An open cluster's clinic names need the room the letters do not.
constexpr float kLabelShare = 0.5f;
constexpr float kPanelWidth = kSlideWidth - kMargin - kPanelX;

}  // namespace

SlideMaker::SlideMaker(const PrintContext& ctx, pdf::TextMeasure& measure)
    : ctx_(ctx), s_(ctx.style), measure_(measure) {}

DeckStyle SlideMaker::Style() const {
  DeckStyle style;
  style.font = FontFamilyOf(ctx_.theme.print.font_regular);
  style.accent = s_.accent;
  style.accent_dark = s_.accent_dark;
  style.text = s_.text;
  style.muted = s_.muted;
  style.tint = s_.tint;
  return style;
}

Slide SlideMaker::Titled(const std::string& title, float* y) const {
  Slide slide;
  slide.items.push_back(Rect{0, 0, kSlideWidth, 10, s_.accent});
  TextBox box = MakeText({title}, kMargin, 30, kContentWidth, kTitleSize, s_.accent_dark, measure_, true);
  box.title = true;
  *y = box.y + box.height + 12;
  slide.items.push_back(box);
  return slide;
}

TextBox SlideMaker::Subtitle(const std::string& text, float y) const {
  return MakeText({text}, kMargin, y, kContentWidth, 20, s_.muted, measure_);
}

Slide SlideMaker::Title() const {
  const ClusterEdition& cluster = ctx_.edition->cluster;
  Slide slide;
  slide.items.push_back(Rect{0, 0, kSlideWidth, 300, s_.accent});
  float y = 70;
  TextBox package = MakeText({ctx_.package.title}, kMargin, y, kContentWidth, 40, s_.white, measure_, true);
  package.title = true;
  y += package.height + 16;
  slide.items.push_back(package);
  slide.items.push_back(MakeText({cluster.name}, kMargin, y, kContentWidth, 28, s_.white, measure_));
  y = 330;
  TextBox when = MakeText({ctx_.Ui("edition_meeting") + " " + MeetingWhen(ctx_)}, kMargin, y, kContentWidth,
                          26, s_.accent_dark, measure_, true);
  y += when.height + 8;
  slide.items.push_back(when);
  if (!cluster.meeting.place.empty())
    slide.items.push_back(MakeText({ctx_.Ui("edition_place") + ": " + cluster.meeting.place}, kMargin, y,
                                   kContentWidth, 24, s_.text, measure_));
  slide.notes = MeetingLine(ctx_);
  return slide;
}

std::vector<Slide> SlideMaker::Program(const klynge::Program& program) const {
  const std::string title = ctx_.Ui("invitation_program");
  std::vector<Slide> out;
  float y = 0;
  auto start = [&] {
    out.push_back(Titled(title, &y));
    y += 4;
  };
  start();
  constexpr float kClock = 110, kMinutes = 210;
  int clock = 0;
  std::string notes;
  auto row = [&](const std::string& at, const std::string& what, const std::string& minutes, bool shaded,
                 bool bold) {
    float width = kContentWidth - kClock - kMinutes - 24;
    TextBox text = MakeText({what}, kMargin + kClock + 12, 0, width, kBodySize, s_.text, measure_, bold);
    float height = text.height + 10;
    if (y + height > kBottom) start();
    Slide& slide = out.back();
    if (shaded) slide.items.push_back(Rect{kMargin - 8, y, kContentWidth + 16, height, s_.break_fill});
    text.y = y + 5;
    slide.items.push_back(MakeText({at}, kMargin, y + 5, kClock, kBodySize, s_.accent_dark, measure_, true));
    slide.items.push_back(text);
    TextBox length = MakeText({minutes}, kSlideWidth - kMargin - kMinutes, y + 5, kMinutes, kBodySize, s_.muted,
                              measure_);
    length.align = Align::kRight;
    slide.items.push_back(length);
    slide.items.push_back(Line{kMargin, y + height, kSlideWidth - kMargin, y + height, s_.rule, 1});
    y += height;
  };
  for (const ProgramBlock& block : program.blocks) {
    bool timed = block.minutes || !block.items.empty();  // as program.pdf: an untimed block shows a dash
    row(ctx_.edition->ClockAt(clock), block.title, timed ? FormatDuration(block.Minutes(), ctx_.lang) : "–",
        block.is_break, false);
    notes += (notes.empty() ? "" : "\n") + ctx_.edition->ClockAt(clock) + " " + block.title;
    clock += block.Minutes();
  }
  int total = program.TotalMinutes();
  row(ctx_.edition->ClockAt(total), ctx_.Ui("agenda_total"), FormatDuration(total, ctx_.lang), false, true);
  for (Slide& s : out) s.notes = notes;
  return out;
}

std::string SlideMaker::Value(const IndicatorFigures& f, double v) const { return FigureText(f.indicator, v, ctx_.lang); }

void SlideMaker::FiguresPanel(const IndicatorFigures& f, const PeriodFigures& p, float y, Slide* slide) const {
  auto add = [&](TextBox box) {
    y += box.height + 4;
    slide->items.push_back(std::move(box));
  };
  add(MakeText({ClusterName(ctx_, f.indicator) + " " + p.period}, kPanelX, y,
               kPanelWidth, 20, s_.muted, measure_));
  std::string cluster = ClusterFigureText(ctx_, f.indicator, p);
  add(MakeText({cluster}, kPanelX, y, kPanelWidth, 40, s_.accent_dark, measure_, true));
  if (p.comparator) {
    y += 8;
    add(MakeText({p.comparator->label}, kPanelX, y, kPanelWidth, 20, s_.muted, measure_));
    add(MakeText({Value(f, p.comparator->value)}, kPanelX, y, kPanelWidth, 28, s_.text, measure_, true));
  }
  bool any_suppressed = !p.cluster_rate && p.has_data() && !p.cluster_would_reveal;
  for (const ClinicFigure& c : p.clinics) any_suppressed |= c.suppressed();
  y += 8;
  if (p.cluster_would_reveal)
    add(MakeText({ctx_.Ui("edition_withheld_note")}, kPanelX, y, kPanelWidth, 18, s_.muted, measure_, false, true));
  if (any_suppressed)
    add(MakeText({ctx_.Ui("edition_suppressed_note")}, kPanelX, y, kPanelWidth, 18, s_.muted, measure_, false,
                 true));
}

namespace {

chart::ChartWords WordsOf(const PrintContext& ctx) {
  chart::ChartWords words;
  words.cluster = ctx.Ui("edition_cluster");
  words.suppressed = kSuppressedText;
  words.missing = ctx.Ui("edition_no_data");
  words.own_suffix = ctx.Ui("edition_own");
  words.lang = ctx.lang;
  return words;
}

}  // namespace

namespace {

// A chart's rows in as few consecutive parts as each fit above kBottom when
// placed by `make(first, last)`; rows [0, keep) head every part.
std::vector<Group> SplitChart(size_t rows, size_t keep, const std::function<Group(size_t, size_t)>& make) {
  if (rows <= keep) return {make(keep, keep)};
  const size_t body = rows - keep;
  for (size_t parts = 1;; ++parts) {
    size_t per = (body + parts - 1) / parts;
    std::vector<Group> out;
    bool fits = true;
    for (size_t first = keep; first < rows && fits; first += per) {
      out.push_back(make(first, std::min(rows, first + per)));
      fits = per == 1 || BottomOf(out.back()) <= kBottom;
    }
    if (fits) return out;
  }
}

std::string PartOf(size_t i, size_t n) {
  return n > 1 ? " (" + std::to_string(i + 1) + "/" + std::to_string(n) + ")" : "";
}

}  // namespace

Slide SlideMaker::Headed(const std::string& title, const std::string& subtitle, float* y) const {
  Slide slide = Titled(title, y);
  TextBox sub = Subtitle(subtitle, *y);
  *y += sub.height + 16;
  slide.items.push_back(sub);
  return slide;
}

std::vector<Slide> SlideMaker::Period(const IndicatorFigures& f, const PeriodFigures& p) const {
  std::string meta = ctx_.Ui("edition_period") + " " + p.period;
  if (!f.indicator.unit.empty()) meta += " · " + f.indicator.unit;
  meta += " · " + ctx_.Ui(f.indicator.lower_is_better ? "better_lower" : "better_higher");
  float y = 0;
  Headed(f.indicator.title, meta, &y);
  chart::RateChartSpec spec = chart::RateChartOf(f, p, ctx_.edition->figures, WordsOf(ctx_));
  spec.label_share = kLabelShare;
  for (const chart::RateBar& b : spec.bars) spec.axis_at_least = std::max(spec.axis_at_least, b.value.value.value_or(0));
  pdf::TextMeasure& m = measure_;
  std::vector<Group> charts = SplitChart(spec.bars.size(), 0, [&](size_t first, size_t last) {
    chart::RateChartSpec part = spec;
    part.bars.assign(spec.bars.begin() + first, spec.bars.begin() + last);
    return ChartGroup([&](float w) { return chart::LayOutRateChart(part, w, ChartTextWidth(m)); }, kMargin, y,
                      kChartWidth, "Chart " + f.indicator.id + " " + p.period,
                      f.indicator.title + ", " + meta + ": " + AltTextOf(part), s_, measure_);
  });
  std::vector<Slide> out;
  for (size_t i = 0; i < charts.size(); ++i) {
    Slide slide = Headed(f.indicator.title, meta + PartOf(i, charts.size()), &y);
    slide.items.push_back(std::move(charts[i]));
    FiguresPanel(f, p, y, &slide);
    out.push_back(std::move(slide));
  }
  return out;
}

std::vector<Slide> SlideMaker::FollowUp(const IndicatorFigures& f) const {
  const klynge::FollowUp& fu = *f.follow_up;
  std::string span = ctx_.Ui("edition_follow_up") + " " + fu.first_period + "–" + fu.newest_period;
  float y = 0;
  Headed(f.indicator.title, span, &y);
  chart::FollowUpChartSpec spec = chart::FollowUpChartOf(f, ctx_.edition->figures, WordsOf(ctx_));
  spec.label_share = kLabelShare;
  for (const chart::PairedRow& r : spec.rows)
    spec.axis_at_least = std::max({spec.axis_at_least, r.before.value.value_or(0), r.after.value.value_or(0)});
  size_t keep = !spec.rows.empty() && spec.rows.front().cluster ? 1 : 0;  // the cluster's row on every part
  pdf::TextMeasure& m = measure_;
  std::vector<Group> charts = SplitChart(spec.rows.size(), keep, [&](size_t first, size_t last) {
    chart::FollowUpChartSpec part = spec;
    part.rows.assign(spec.rows.begin(), spec.rows.begin() + keep);
    part.rows.insert(part.rows.end(), spec.rows.begin() + first, spec.rows.begin() + last);
    return ChartGroup([&](float w) { return chart::LayOutFollowUpChart(part, w, ChartTextWidth(m)); }, kMargin, y,
                      kChartWidth, "Chart " + f.indicator.id + " " + span,
                      f.indicator.title + ", " + span + ": " + AltTextOf(part), s_, measure_);
  });
  std::string change = ChangeText(ctx_, f.indicator, fu.cluster_change);
  std::vector<Slide> out;
  for (size_t i = 0; i < charts.size(); ++i) {
    Slide slide = Headed(f.indicator.title, span + PartOf(i, charts.size()), &y);
    slide.items.push_back(std::move(charts[i]));
    TextBox label = MakeText({ctx_.Ui("edition_cluster") + ": " + ctx_.Ui("edition_change")}, kPanelX, y,
                             kPanelWidth, 20, s_.muted, measure_);
    slide.items.push_back(label);
    slide.items.push_back(MakeText({change}, kPanelX, y + label.height + 4, kPanelWidth, 32, s_.accent_dark,
                                   measure_, true));
    out.push_back(std::move(slide));
  }
  return out;
}

std::vector<Slide> SlideMaker::Survey(const SurveyFigures& survey) const {
  std::vector<Slide> out;
  float y = 0;
  auto start = [&] {
    out.push_back(Titled(survey.title, &y));
    TextBox note = MakeText({ctx_.Ui("edition_survey_note")}, kMargin, y, kContentWidth, 18, s_.muted, measure_,
                            false, true);
    y += note.height + 20;
    out.back().items.push_back(note);
  };
  start();
  size_t on_slide = 0;
  for (size_t i = 0; i < survey.questions.size(); ++i) {
    const QuestionFigures& q = survey.questions[i];
    TextBox question = MakeText({q.text}, kMargin, 0, kContentWidth, 20, s_.text, measure_, true);
    std::vector<Item> items;
    float height = question.height + 4;
    if (!q.shown()) {
      TextBox few = MakeText({kTooFewAnswersText}, kMargin, 0, kContentWidth, 20, s_.muted, measure_, false, true);
      height += few.height;
      items.push_back(few);
    } else {
      chart::SurveyChartSpec spec;
      spec.n = q.n;
      spec.lang = ctx_.lang;
      for (const AnswerFigure& a : *q.answers) spec.segments.push_back({a.text, a.count, a.share});
      pdf::TextMeasure& m = measure_;
      Group chart = ChartGroup([&](float w) { return chart::LayOutSurveyChart(spec, w, ChartTextWidth(m)); },
                               kMargin, 0, kContentWidth, "Chart " + survey.id + " " + std::to_string(i + 1),
                               survey.title + ": " + q.text + " " + AltTextOf(spec), s_, measure_);
      height += BottomOf(chart);
      items.push_back(std::move(chart));
    }
    if (on_slide > 0 && y + height > kBottom) {
      start();
      on_slide = 0;
    }
    question.y = y;
    out.back().items.push_back(question);
    float below = y + question.height + 4;
    for (Item& item : items) {
      std::visit([&](auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, Group>) {
          for (Shape& s : v.shapes)
            std::visit([&](auto& shape) {
              using S = std::decay_t<decltype(shape)>;
              if constexpr (std::is_same_v<S, Line>) shape.y1 += below, shape.y2 += below;
              else shape.y += below;
            }, s);
        } else if constexpr (std::is_same_v<T, TextBox>) {
          v.y = below;
        }
      }, item);
      out.back().items.push_back(std::move(item));
    }
    y += height + 20;
    ++on_slide;
  }
  return out;
}

void SlideMaker::Number(std::vector<Slide>* slides) const {
  const ClusterEdition& cluster = ctx_.edition->cluster;
  // One line: a cluster name long enough to wrap it below the slide's edge is
  // shortened, the meeting's date kept.
  float width = kContentWidth - 120;
  auto width_of = [&](std::string_view t) { return measure_.Width(pdf::Face::kRegular, 18, t); };
  std::string date = " · " + FormatDate(cluster.meeting.date, ctx_.lang);
  std::string left = cluster.name + date;
  if (width_of(left) > width) left = FitToWidth(cluster.name, width - width_of(date), width_of) + date;
  for (size_t i = 1; i < slides->size(); ++i) {
    Slide& s = (*slides)[i];
    s.items.push_back(MakeText({left}, kMargin, 500, width, 18, s_.muted, measure_));
    TextBox number = MakeText({std::to_string(i + 1) + " / " + std::to_string(slides->size())},
                              kSlideWidth - kMargin - 120, 500, 120, 18, s_.muted, measure_);
    number.align = Align::kRight;
    s.items.push_back(number);
  }
}

}  // namespace klynge::deck
