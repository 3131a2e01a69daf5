// program.pdf "Detaljeret program til mødeleder": the timed agenda as a table
// with a running clock, minutes, slides, seating notes, breaks and totals.

#include <functional>

#include "render/pdf/documents.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/print_parts.h"
#include "render/pdf/survey_section.h"

namespace klynge {

namespace {

using pdf::Block;
using pdf::Face;
using pdf::Paragraph;
using pdf::TableCell;
using pdf::TableRow;

class AgendaTable {
 public:
  AgendaTable(const PrintContext& ctx, const PackageMarkdown& markdown) : ctx_(ctx), markdown_(markdown) {
    style_ = ctx.style.markdown;
    style_.size = 9.5f;
    style_.paragraph_gap = 3;
    style_.leading = 1.35f;
    table_.widths = {9, 8, 68, 15};
    table_.header_rows = 1;
    table_.header_fill = ctx.style.accent;
    table_.rule = ctx.style.rule;
    table_.padding = 5;
    table_.spacing = pdf::Spacing{0, 0};
    table_.rows.push_back(TableRow{{Header("agenda_clock"), Header("agenda_minutes"), Header("agenda_content"),
                                    Header("agenda_slides")}});
  }

  void AddBlock(const ProgramBlock& block, int start) {
    const PrintStyle& s = ctx_.style;
    TableRow row;
    row.fill = block.is_break ? s.break_fill : s.tint;
    row.keep_with_next = !block.items.empty();
    bool timed = block.minutes || !block.items.empty();
    TableCell content;
    Paragraph title = Small(block.title, Face::kBold, s.accent_dark);
    title.size = 10.5f;
    content.blocks.push_back(title);
    for (Block& b : markdown_.Blocks(block.text, style_)) content.blocks.push_back(std::move(b));
    if (block.seating != Seating::kUnspecified) {
      std::string note = ctx_.Ui(block.seating == Seating::kMixed ? "seating_mixed" : "seating_practice");
      Paragraph p = Small(note, Face::kItalic, s.muted);
      p.spacing.before = 2;
      content.blocks.push_back(p);
    }
    row.cells = {Cell(Clock(start), Face::kBold, s.text),
                 Cell(timed ? std::to_string(block.Minutes()) : "–", Face::kBold, s.text), content,
                 Cell(block.slides, Face::kRegular, s.text)};
    table_.rows.push_back(std::move(row));
  }

  // Under an item that shows data: what to show ("Vis klyngens data: …") and,
  // in a cluster's edition, the cluster's own figures for the chair to read out.
  void AddDataNote(const char* label, const std::string& title, const std::function<std::string()>& summary,
                   TableCell* content) const {
    const PrintStyle& s = ctx_.style;
    Paragraph p = Small(ctx_.Ui(label) + " " + title, Face::kItalic, s.accent_dark);
    p.spacing.before = 2;
    content->blocks.push_back(p);
    if (ctx_.edition) content->blocks.push_back(Small(summary(), Face::kBold, s.accent_dark));
  }

  void AddItem(const ProgramItem& item, int start) {
    const PrintStyle& s = ctx_.style;
    TableCell content;
    content.blocks = markdown_.Blocks(item.text, style_);
    if (!item.indicator.empty()) {
      const Indicator* indicator = ctx_.package.FindIndicator(item.indicator);
      AddDataNote("print_indicator_data", indicator ? indicator->title : item.indicator,
                  [&] { return IndicatorSummary(ctx_, item.indicator); }, &content);
    }
    if (!item.survey.empty()) {
      const Survey* survey = ctx_.package.FindSurvey(item.survey);
      AddDataNote("print_survey_data", survey ? survey->title : item.survey,
                  [&] { return SurveySummary(ctx_, item.survey); }, &content);
    }
    std::string minutes = item.minutes ? std::to_string(*item.minutes) : "";
    table_.rows.push_back(TableRow{{Cell(Clock(start), Face::kRegular, s.muted),
                                    Cell(minutes, Face::kRegular, s.text), content,
                                    Cell(item.slides, Face::kRegular, s.text)}});
  }

  void AddTotal(int total) {
    const PrintStyle& s = ctx_.style;
    TableRow row;
    row.cells = {Cell(Clock(total), Face::kBold, s.text), Cell(std::to_string(total), Face::kBold, s.text),
                 Cell(ctx_.Ui("agenda_total") + ": " + FormatDuration(total, ctx_.lang), Face::kBold, s.text),
                 Cell("", Face::kRegular, s.text)};
    table_.rows.push_back(std::move(row));
  }

  const pdf::Table& table() const { return table_; }

 private:
  // Real clock times in a cluster's edition, a running clock from 0:00 otherwise.
  std::string Clock(int minutes) const {
    return ctx_.edition ? ctx_.edition->ClockAt(minutes) : FormatClock(minutes);
  }
  Paragraph Small(std::string text, Face face, pdf::Color color) const {
    Paragraph p = TextParagraph(std::move(text), style_.size, face, color);
    p.leading = style_.leading;
    return p;
  }
  TableCell Cell(std::string text, Face face, pdf::Color color) const {
    TableCell cell;
    if (!text.empty()) cell.blocks.push_back(Small(std::move(text), face, color));
    return cell;
  }
  TableCell Header(const std::string& key) const {
    return Cell(ctx_.Ui(key), Face::kBold, ctx_.style.white);
  }

  const PrintContext& ctx_;
  const PackageMarkdown& markdown_;
  pdf::MarkdownStyle style_;
  pdf::Table table_;
};

}  // namespace

Status RenderProgramPdf(const PrintContext& ctx, std::string* bytes) {
  if (!ctx.package.program) return Status::Error("program.pdf: the package has no program");
  const Program& program = *ctx.package.program;
  pdf::PdfDocument doc(ctx.style.fonts, ctx.marks);
  doc.SetInfo(InfoFor(ctx, program.title));
  PackageMarkdown markdown(ctx, doc);

  int total = program.TotalMinutes();
  std::vector<Block> blocks = TitleBlock(ctx, program.title, ctx.package.title, FormatDuration(total, ctx.lang));
  AgendaTable agenda(ctx, markdown);
  int clock = 0;
  for (const ProgramBlock& block : program.blocks) {
    agenda.AddBlock(block, clock);
    int at = clock;
    for (const ProgramItem& item : block.items) {
      agenda.AddItem(item, at);
      at += item.minutes.value_or(0);
    }
    clock += block.Minutes();
  }
  agenda.AddTotal(total);
  blocks.push_back(agenda.table());

  pdf::PageSetup page = A4Page();
  pdf::Typeset(doc, page, blocks, RunningHeaderFooter(ctx, page, program.title));
  return FinishPdf(doc, "program.pdf", bytes);
}

}  // namespace klynge
