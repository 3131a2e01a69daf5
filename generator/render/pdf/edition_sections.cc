#include "render/pdf/edition_sections.h"

#include <cmath>

#include "render/chart/figure_charts.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/chart_drawing.h"

namespace klynge {

namespace {

using pdf::Block;
using pdf::Face;
using pdf::Paragraph;
using pdf::TableCell;
using pdf::TableRow;

constexpr float kTableSize = 8.5f;
constexpr float kCaptionSize = 8;

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

class Section {
 public:
  Section(const PrintContext& ctx, pdf::PdfDocument& doc, const PackageMarkdown& markdown,
          const IndicatorFigures& figures, float width)
      : ctx_(ctx),
        s_(ctx.style),
        doc_(doc),
        markdown_(markdown),
        f_(figures),
        width_(width),
        own_(ctx.edition->clinic ? ctx.edition->clinic->practice : ""),
        count_(figures.indicator.kind == IndicatorKind::kCount) {
    words_.cluster = ctx.Ui("edition_cluster");
    words_.suppressed = kSuppressedText;
    words_.missing = ctx.Ui("edition_no_data");
    words_.own_suffix = ctx.Ui("edition_own");
    words_.lang = ctx.lang;
  }

  std::vector<Block> Build() {
    Paragraph title = HeadingParagraph(ctx_, f_.indicator.title, 1);
    title.spacing.before = 18;  // after the indicator before it; dropped atop a page
    // A page the indicator runs onto names it.
    title.continued = f_.indicator.title + " (" + ctx_.Ui("edition_continued") + ")";
    out_.push_back(title);
    std::string meta =
        f_.indicator.lower_is_better ? ctx_.Ui("better_lower") : ctx_.Ui("better_higher");
    if (!f_.indicator.unit.empty())
      meta = ctx_.Ui("edition_unit") + ": " + f_.indicator.unit + " · " + meta;
    Paragraph m = TextParagraph(meta, 9, Face::kItalic, s_.muted, pdf::Spacing{0, 4});
    m.keep_with_next = true;
    out_.push_back(m);
    if (!own_.empty()) OwnSummary();

    // The newest period first: it is what the meeting talks about.
    Period(f_.newest());
    if (f_.follow_up) FollowUpPart();
    for (size_t i = f_.periods.size() - 1; i-- > 0;) Period(f_.periods[i]);
    return std::move(out_);
  }

 private:
  std::string Rate(double v) const { return FigureText(f_.indicator, v, ctx_.lang); }
  std::string ClusterValue(const PeriodFigures& p) const { return ClusterFigureText(ctx_, f_.indicator, p); }
  std::string ClusterName() const { return klynge::ClusterName(ctx_, f_.indicator); }
  std::string RankOf(const ClinicFigure& c, const PeriodFigures& p) const {
    if (!c.rank) return "–";
    std::string text = Replace(ctx_.Ui("edition_rank_of"), "{rank}", std::to_string(*c.rank));
    return Replace(text, "{count}", std::to_string(p.ranked));
  }

  Paragraph Small(std::string text, Face face = Face::kRegular,
                  std::optional<pdf::Color> color = {}) const {
    Paragraph p = TextParagraph(std::move(text), kTableSize, face, color.value_or(s_.text));
    p.leading = 1.3f;
    return p;
  }
  TableCell Cell(std::string text, Face face = Face::kRegular) const {
    TableCell cell;
    cell.blocks.push_back(Small(std::move(text), face));
    return cell;
  }
  TableCell Number(std::string text, Face face = Face::kRegular) const {
    TableCell cell;
    Paragraph p = Small(std::move(text), face);
    p.align = pdf::Align::kRight;
    cell.blocks.push_back(p);
    return cell;
  }
  TableCell Header(std::string text, bool number = true) const {
    TableCell cell;
    Paragraph p = Small(std::move(text), Face::kBold, s_.white);
    if (number) p.align = pdf::Align::kRight;
    cell.blocks.push_back(p);
    return cell;
  }
  pdf::Table NewTable(std::vector<float> widths) const {
    pdf::Table t;
    t.widths = std::move(widths);
    t.header_rows = 1;
    t.header_fill = s_.accent;
    t.rule = s_.rule;
    t.padding = 2.5f;
    t.spacing = pdf::Spacing{6, 10};
    return t;
  }

  void SubHeading(std::string text) {
    group_ = out_.size();
    out_.push_back(HeadingParagraph(ctx_, std::move(text), 2));
  }

  // Heading, chart and caption since the last SubHeading stay on one page;
  // the table under them stays with them and in one piece only while that
  // leaves no page under half full (the paginator's loose keeps).
  void KeepGroupTogether() {
    auto* table = std::get_if<pdf::Table>(&out_.back().content);
    size_t firm_end = table ? out_.size() - 1 : out_.size();
    for (size_t i = group_; i + 1 < out_.size(); ++i) {
      std::visit(
          [&](auto& b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, pdf::Drawing>) {
              b.keep_with_next = true;
              b.keep_loosely = i + 1 == firm_end;
            }
          },
          out_[i].content);
    }
    if (table)
      for (size_t r = 0; r + 1 < table->rows.size(); ++r) {
        table->rows[r].keep_with_next = true;
        table->rows[r].keep_loosely = r > 0;  // the header row stays with the first row
      }
  }

  void Chart(const chart::Chart& c) {
    pdf::Drawing drawing = ChartDrawing(c, s_, doc_);
    drawing.keep_with_next = true;  // the caption stays under its chart
    out_.push_back(std::move(drawing));
  }

  // Definition, unit, period and source, small, under the chart.
  // For a count, `total` gives the cluster's sum to print under the chart.
  void Caption(const std::string& period, bool any_suppressed, const PeriodFigures* total = nullptr) {
    size_t first = out_.size();
    pdf::MarkdownStyle style = s_.markdown;
    style.size = kCaptionSize;
    style.text = s_.muted;
    style.paragraph_gap = 2;
    style.leading = 1.3f;
    std::vector<Block> definition = markdown_.Blocks(f_.indicator.description, style);
    for (Block& b : definition) out_.push_back(std::move(b));
    std::string line;
    if (!f_.indicator.unit.empty())
      line = ctx_.Ui("edition_unit") + ": " + f_.indicator.unit + " · ";
    line += ctx_.Ui("edition_period") + ": " + period;
    if (total) line += " · " + ClusterName() + ": " + ClusterValue(*total);
    if (any_suppressed) line += " · " + ctx_.Ui("edition_suppressed_note");
    if (total && total->cluster_would_reveal) line += " " + ctx_.Ui("edition_withheld_note");
    out_.push_back(TextParagraph(line, kCaptionSize, Face::kItalic, s_.muted, pdf::Spacing{1, 0}));
    if (!ctx_.site.source_note.empty())
      out_.push_back(TextParagraph(ctx_.site.source_note, kCaptionSize, Face::kItalic, s_.muted,
                                   pdf::Spacing{0, 0}));
    // Read as the chart's caption in the tagged PDF.
    for (size_t i = first; i < out_.size(); ++i)
      if (auto* p = std::get_if<Paragraph>(&out_[i].content); p && p->role == pdf::Role::kP) p->role = pdf::Role::kCaption;
  }

  void Period(const PeriodFigures& p) {
    SubHeading(ctx_.Ui("edition_period") + " " + p.period);
    chart::RateChartSpec spec = chart::RateChartOf(f_, p, ctx_.edition->figures, words_, own_);
    Chart(chart::LayOutRateChart(spec, width_, ChartTextWidth(doc_)));
    bool any_suppressed = false;
    for (const ClinicFigure& c : p.clinics) any_suppressed |= c.suppressed();
    any_suppressed |= !p.cluster_rate && p.has_data();
    Caption(p.period, any_suppressed, count_ ? &p : nullptr);
    // The first period's rates are in the follow-up's table already.
    bool in_follow_up = f_.follow_up && &p == &f_.periods.front();
    if (own_.empty() && !in_follow_up) out_.push_back(PeriodTable(p));
    KeepGroupTogether();
  }

  // Every clinic in label order. A suppressed clinic shows neither its count
  // nor its denominator: with the denominators and the cluster rate, the
  // count could be worked out by subtraction.
  pdf::Table PeriodTable(const PeriodFigures& p) const {
    if (count_) return CountTable(p);
    pdf::Table t = NewTable({34, 14, 14, 20, 18});
    std::string value = ctx_.Ui("edition_value");
    if (!f_.indicator.unit.empty()) value += " (" + f_.indicator.unit + ")";
    t.rows.push_back(TableRow{
        {Header(ctx_.Ui("print_clinic"), false), Header(ctx_.Ui("edition_numerator")),
         Header(ctx_.Ui("edition_denominator")), Header(value), Header(ctx_.Ui("edition_rank"))}});
    for (const Clinic& clinic : ctx_.edition->figures.clinics) {
      const ClinicFigure* c = p.Find(clinic.practice);
      if (!c) {
        t.rows.push_back(TableRow{{Cell(clinic.label), Number("–"), Number("–"),
                                   Number(ctx_.Ui("edition_no_data")), Number("–")}});
      } else if (!c->shown) {
        t.rows.push_back(TableRow{{Cell(clinic.label), Number(kSuppressedText), Number("–"),
                                   Number(kSuppressedText), Number("–")}});
      } else {
        t.rows.push_back(
            TableRow{{Cell(clinic.label), Number(FormatInteger(c->shown->numerator, ctx_.lang)),
                      Number(FormatInteger(c->denominator, ctx_.lang)),
                      Number(Rate(c->shown->rate)), Number(RankOf(*c, p))}});
      }
    }
    TableRow cluster{{Cell(ctx_.Ui("edition_cluster"), Face::kBold), Number(""), Number(""),
                      Number(p.cluster_rate ? Rate(*p.cluster_rate) : kSuppressedText, Face::kBold),
                      Number("")}};
    cluster.fill = s_.tint;
    t.rows.push_back(std::move(cluster));
    if (p.comparator) {
      TableRow row{{Cell(p.comparator->label, Face::kItalic), Number(""), Number(""),
                    Number(Rate(p.comparator->value), Face::kItalic), Number("")}};
      row.fill = s_.tint;
      t.rows.push_back(std::move(row));
    }
    return t;
  }

  // A count indicator's table: the count is the value, with no denominator.
  pdf::Table CountTable(const PeriodFigures& p) const {
    pdf::Table t = NewTable({46, 30, 24});
    std::string value = ctx_.Ui("edition_count");
    if (!f_.indicator.unit.empty()) value += " (" + f_.indicator.unit + ")";
    t.rows.push_back(TableRow{{Header(ctx_.Ui("print_clinic"), false), Header(value), Header(ctx_.Ui("edition_rank"))}});
    for (const Clinic& clinic : ctx_.edition->figures.clinics) {
      const ClinicFigure* c = p.Find(clinic.practice);
      std::string shown = !c ? ctx_.Ui("edition_no_data") : c->shown ? Rate(c->shown->rate) : kSuppressedText;
      t.rows.push_back(TableRow{{Cell(clinic.label), Number(shown), Number(c ? RankOf(*c, p) : "–")}});
    }
    TableRow cluster{{Cell(ClusterName(), Face::kBold), Number(ClusterValue(p), Face::kBold), Number("")}};
    cluster.fill = s_.tint;
    t.rows.push_back(std::move(cluster));
    if (p.comparator) {
      TableRow row{{Cell(p.comparator->label, Face::kItalic), Number(Rate(p.comparator->value), Face::kItalic),
                    Number("")}};
      row.fill = s_.tint;
      t.rows.push_back(std::move(row));
    }
    return t;
  }

  std::string Change(const std::optional<double>& change) const { return ChangeText(ctx_, f_.indicator, change); }

  void FollowUpPart() {
    const FollowUp& fu = *f_.follow_up;
    std::string span = fu.first_period + "–" + fu.newest_period;  // Open Sans has no arrow
    SubHeading(ctx_.Ui("edition_follow_up") + " " + span);
    chart::FollowUpChartSpec spec = chart::FollowUpChartOf(f_, ctx_.edition->figures, words_, own_);
    Chart(chart::LayOutFollowUpChart(spec, width_, ChartTextWidth(doc_)));
    bool any_suppressed = false;
    for (const chart::PairedRow& r : spec.rows)
      any_suppressed |= r.before.suppressed || r.after.suppressed;
    Caption(span, any_suppressed);
    if (!own_.empty()) return KeepGroupTogether();
    const PeriodFigures& first = f_.periods.front();
    const PeriodFigures& newest = f_.newest();
    auto value = [&](const ClinicFigure* c) -> std::string {
      if (!c) return ctx_.Ui("edition_no_data");
      return c->shown ? Rate(c->shown->rate) : kSuppressedText;
    };
    auto cluster_value = [&](const PeriodFigures& p) { return ClusterValue(p); };
    pdf::Table t = NewTable({34, 18, 18, 30});
    t.rows.push_back(TableRow{{Header(ctx_.Ui("print_clinic"), false), Header(fu.first_period),
                               Header(fu.newest_period), Header(ctx_.Ui("edition_change"))}});
    TableRow cluster{{Cell(ClusterName(), Face::kBold),
                      Number(cluster_value(first), Face::kBold),
                      Number(cluster_value(newest), Face::kBold),
                      Number(Change(fu.cluster_change), Face::kBold)}};
    cluster.fill = s_.tint;
    t.rows.push_back(std::move(cluster));
    for (const ClinicChange& c : fu.clinics)
      t.rows.push_back(
          TableRow{{Cell(c.label), Number(value(first.Find(c.practice))),
                    Number(value(newest.Find(c.practice))), Number(Change(c.change))}});
    out_.push_back(std::move(t));
    KeepGroupTogether();
  }

  // The clinic's own numbers, period by period, against the cluster and the comparator.
  void OwnSummary() {
    if (count_) return OwnCountSummary();
    pdf::Table t = NewTable({16, 13, 13, 17, 13, 14, 14});
    t.spacing = pdf::Spacing{4, 8};
    std::string comparator = ctx_.Ui("edition_region");
    for (const PeriodFigures& p : f_.periods)
      if (p.comparator) comparator = p.comparator->label;
    t.rows.push_back(TableRow{
        {Header(ctx_.Ui("edition_period"), false), Header(ctx_.Ui("edition_numerator")),
         Header(ctx_.Ui("edition_denominator")), Header(ctx_.Ui("edition_your_value")),
         Header(ctx_.Ui("edition_rank")), Header(ctx_.Ui("edition_cluster")), Header(comparator)}});
    for (const PeriodFigures& p : f_.periods) {
      const ClinicFigure* c = p.Find(own_);
      std::string numerator = "–", denominator = "–", value = ctx_.Ui("edition_no_data"),
                  rank = "–";
      if (c) {
        denominator = FormatInteger(c->denominator, ctx_.lang);
        numerator = c->shown ? FormatInteger(c->shown->numerator, ctx_.lang) : kSuppressedText;
        value = c->shown ? Rate(c->shown->rate) : kSuppressedText;
        rank = RankOf(*c, p);
      }
      t.rows.push_back(TableRow{{Cell(p.period, Face::kBold), Number(numerator),
                                 Number(denominator), Number(value, Face::kBold), Number(rank),
                                 Number(ClusterValue(p)),
                                 Number(p.comparator ? Rate(p.comparator->value) : "–")}});
    }
    if (f_.follow_up) {
      std::optional<double> change;
      for (const ClinicChange& c : f_.follow_up->clinics)
        if (c.practice == own_) change = c.change;
      TableRow row{{Cell(ctx_.Ui("edition_change"), Face::kBold), Number(""), Number(""),
                    Number(Change(change), Face::kBold), Number(""),
                    Number(Change(f_.follow_up->cluster_change)), Number("")}};
      row.fill = s_.tint;
      t.rows.push_back(std::move(row));
    }
    out_.push_back(std::move(t));
  }

  // The same for a count: the clinic's own count, its rank, the cluster's sum.
  void OwnCountSummary() {
    pdf::Table t = NewTable({20, 22, 18, 20, 20});
    t.spacing = pdf::Spacing{4, 8};
    std::string comparator = ctx_.Ui("edition_region");
    for (const PeriodFigures& p : f_.periods)
      if (p.comparator) comparator = p.comparator->label;
    t.rows.push_back(TableRow{{Header(ctx_.Ui("edition_period"), false), Header(ctx_.Ui("edition_your_value")),
                               Header(ctx_.Ui("edition_rank")), Header(ClusterName()), Header(comparator)}});
    for (const PeriodFigures& p : f_.periods) {
      const ClinicFigure* c = p.Find(own_);
      std::string value = !c ? ctx_.Ui("edition_no_data") : c->shown ? Rate(c->shown->rate) : kSuppressedText;
      t.rows.push_back(TableRow{{Cell(p.period, Face::kBold), Number(value, Face::kBold),
                                 Number(c ? RankOf(*c, p) : "–"), Number(ClusterValue(p)),
                                 Number(p.comparator ? Rate(p.comparator->value) : "–")}});
    }
    out_.push_back(std::move(t));
  }

  const PrintContext& ctx_;
  const PrintStyle& s_;
  pdf::PdfDocument& doc_;
  const PackageMarkdown& markdown_;
  const IndicatorFigures& f_;
  float width_;
  std::string own_;
  bool count_;  // the indicator counts patients: no denominators, whole numbers, a sum
  chart::ChartWords words_;
  std::vector<Block> out_;
  size_t group_ = 0;  // where the current sub-part starts in out_
};

}  // namespace

std::vector<Block> IndicatorSection(const PrintContext& ctx, pdf::PdfDocument& doc,
                                    const PackageMarkdown& markdown,
                                    const IndicatorFigures& figures, float width) {
  return Section(ctx, doc, markdown, figures, width).Build();
}

}  // namespace klynge
