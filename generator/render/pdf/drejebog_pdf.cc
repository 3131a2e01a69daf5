// drejebog.pdf: what to do before, during and after the meeting, when and by
// whom, with checklists to tick.

#include "render/pdf/documents.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/print_parts.h"

namespace klynge {

namespace {

using pdf::Block;
using pdf::Face;
using pdf::Paragraph;
using pdf::TableCell;
using pdf::TableRow;

Paragraph Small(const PrintContext& ctx, std::string text, Face face, pdf::Color color) {
  Paragraph p = TextParagraph(std::move(text), 9.5f, face, color);
  p.leading = 1.35f;
  p.link_color = ctx.style.link;
  return p;
}

TableCell Cell(std::vector<Block> blocks) {
  TableCell cell;
  cell.blocks = std::move(blocks);
  return cell;
}

pdf::Table PhaseTable(const PrintContext& ctx, const std::vector<Task>& tasks, const PackageMarkdown& markdown) {
  const PrintStyle& s = ctx.style;
  pdf::MarkdownStyle style = s.markdown;
  style.size = 9.5f;
  style.paragraph_gap = 3;
  style.leading = 1.35f;
  pdf::Table table;
  table.widths = {25, 53, 22};  // "6 måneder efter mødet" on one line
  table.header_rows = 1;
  table.header_fill = s.accent;
  table.rule = s.rule;
  table.padding = 5;
  table.rows.push_back(TableRow{{Cell({Small(ctx, ctx.Ui("print_when"), Face::kBold, s.white)}),
                                 Cell({Small(ctx, ctx.Ui("print_task"), Face::kBold, s.white)}),
                                 Cell({Small(ctx, ctx.Ui("responsible"), Face::kBold, s.white)})}});
  for (const Task& task : tasks) {
    std::vector<Block> content;
    Paragraph title = Small(ctx, task.title, Face::kBold, s.accent_dark);
    title.size = 10.5f;
    content.push_back(title);
    for (Block& b : markdown.Blocks(task.text, style)) content.push_back(std::move(b));
    if (!task.checklist.empty()) {
      pdf::List list;
      list.marker_size = 9.5f;
      list.marker_color = s.accent_dark;
      list.indent = 17;
      list.item_gap = 2;
      list.spacing = pdf::Spacing{4, 2};
      for (const std::string& entry : task.checklist) {
        pdf::ListItem item;
        item.tick_box = true;
        item.blocks.push_back(Small(ctx, entry, Face::kRegular, s.text));
        list.items.push_back(std::move(item));
      }
      content.push_back(list);
    }
    std::vector<Block> when;
    if (!task.when) {
      when.push_back(Small(ctx, "–", Face::kBold, s.text));
    } else if (ctx.edition) {  // the cluster's real date, and how far from the meeting
      when.push_back(Small(ctx, FormatDate(ctx.edition->DateOf(*task.when), ctx.lang), Face::kBold, s.text));
      when.push_back(Small(ctx, FormatOffset(*task.when, ctx.lang), Face::kRegular, s.muted));
    } else {
      when.push_back(Small(ctx, FormatOffset(*task.when, ctx.lang), Face::kBold, s.text));
    }
    table.rows.push_back(TableRow{{Cell(std::move(when)), Cell(std::move(content)),
                                   Cell({Small(ctx, task.who, Face::kRegular, s.text)})}});
  }
  return table;
}

// What tells one drejebog document from another.
struct DrejebogHeading {
  std::string file;      // "drejebog.pdf", for error messages
  std::string title;     // the document's title (info, running header)
  std::string kicker;    // above the package title
  std::string subtitle;  // below it
  bool order_deadline;   // a cluster's edition says when to order the package
};

Status RenderPhasesPdf(const PrintContext& ctx, const Drejebog& drejebog, const DrejebogHeading& heading,
                       std::string* bytes) {
  pdf::PdfDocument doc(ctx.style.fonts, ctx.marks);
  const std::string& title = heading.title;
  doc.SetInfo(InfoFor(ctx, title));
  PackageMarkdown markdown(ctx, doc);

  std::vector<Block> blocks = TitleBlock(ctx, heading.kicker, ctx.package.title, heading.subtitle);
  if (heading.order_deadline && ctx.edition && ctx.package.order_weeks_before) {
    Offset deadline{-*ctx.package.order_weeks_before, 'w'};
    std::string text = ctx.Ui("edition_order_by") + ": " + FormatDate(ctx.edition->DateOf(deadline), ctx.lang) +
                       " (" + FormatOffset(deadline, ctx.lang) + ")";
    blocks.push_back(TextParagraph(text, 10.5f, Face::kBold, ctx.style.accent_dark, pdf::Spacing{0, 8}));
  }
  const std::pair<Phase, const char*> phases[] = {
      {Phase::kBefore, "phase_before"}, {Phase::kDuring, "phase_during"}, {Phase::kAfter, "phase_after"}};
  for (const auto& [phase, key] : phases) {
    const std::vector<Task>& tasks = drejebog.tasks(phase);
    if (tasks.empty()) continue;
    Paragraph heading = HeadingParagraph(ctx, ctx.Ui(key), 1);
    heading.spacing.after = 6;
    blocks.push_back(heading);
    blocks.push_back(PhaseTable(ctx, tasks, markdown));
  }

  pdf::PageSetup page = A4Page();
  pdf::Typeset(doc, page, blocks, RunningHeaderFooter(ctx, page, title));
  return FinishPdf(doc, heading.file, bytes);
}

}  // namespace

Status RenderDrejebogPdf(const PrintContext& ctx, std::string* bytes) {
  if (!ctx.package.drejebog) return Status::Error("drejebog.pdf: the package has no drejebog");
  return RenderPhasesPdf(
      ctx, *ctx.package.drejebog,
      {"drejebog.pdf", ctx.Ui("drejebog_link"), ctx.Ui("drejebog_title"), ctx.Ui("drejebog_lead"), true}, bytes);
}

Status RenderAudienceDrejebogPdf(const PrintContext& ctx, const AudienceDrejebog& audience, std::string* bytes) {
  return RenderPhasesPdf(ctx, audience.drejebog,
                         {audience.FileStem() + ".pdf", audience.title, audience.title,
                          ctx.Ui("drejebog_audience") + ": " + audience.audience, false},
                         bytes);
}

}  // namespace klynge
