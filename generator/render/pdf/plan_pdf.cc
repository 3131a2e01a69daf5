// implementeringsplan-<size>.pdf: the plan a clinic fills in by hand and hangs
// on the wall. Each paper size has its own type sizes, line weights and
// writing space, chosen for how far away it is read, so it is not an A4 page
// scaled up.

#include <cmath>

#include "render/fit_text.h"
#include "render/pdf/documents.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/line_ends.h"
#include "render/pdf/print_parts.h"

namespace klynge {

namespace {

using pdf::Block;
using pdf::Face;
using pdf::Paragraph;
using pdf::TableCell;
using pdf::TableRow;

struct PlanDesign {
  float margin;  // page margin
  float band;    // height of the accent band at the top
  float small;   // band, footer and hint text
  float title;
  float body;    // intro and målepunkter
  float header;  // column headings of the grid
  float grid;    // grid line weight
  float guide;   // distance between writing guides in a cell
  float pad;     // cell padding
};

// A4 is read at arm's length, A1 from two metres: type grows faster than the
// paper (an A1 heading is 3.4 × A4's on a sheet 2.8 × as wide, about 9 mm
// capitals), while the writing guides grow slower, from 8 mm for a pen to
// 16-21 mm for a marker, so the big sheets give more lines to write on.
PlanDesign DesignFor(PaperSize paper) {
  switch (paper) {
    case PaperSize::kA4: return {28, 22, 7.5f, 20, 9, 10.5f, 0.75f, 23, 5};
    case PaperSize::kA3: return {36, 30, 10, 30, 13, 15, 1.0f, 28, 7};
    case PaperSize::kA2: return {50, 44, 14, 48, 19, 23, 1.5f, 36, 10};
    case PaperSize::kA1: return {70, 64, 20, 72, 28, 36, 2.2f, 46, 14};
    case PaperSize::kA0: return {96, 88, 28, 100, 38, 50, 3.0f, 60, 18};
  }
  return DesignFor(PaperSize::kA4);
}

int IsoNumber(PaperSize paper) {
  switch (paper) {
    case PaperSize::kA4: return 4;
    case PaperSize::kA3: return 3;
    case PaperSize::kA2: return 2;
    case PaperSize::kA1: return 1;
    case PaperSize::kA0: return 0;
  }
  return 4;
}

Paragraph Text(std::string text, float size, Face face, pdf::Color color, pdf::Spacing spacing = {}) {
  Paragraph p = TextParagraph(std::move(text), size, face, color, spacing);
  p.leading = 1.3f;
  return p;
}

// Intro on the left, målepunkter and fill-in fields on the right.
Block Head(const PrintContext& ctx, const PlanDesign& d, const PackageMarkdown& markdown) {
  const PrintStyle& s = ctx.style;
  pdf::MarkdownStyle style = s.markdown;
  style.size = d.body;
  style.leading = 1.35f;
  style.paragraph_gap = d.body * 0.5f;
  style.list_indent = d.body * 1.6f;
  TableCell intro;
  intro.blocks = markdown.Blocks(ctx.package.plan.intro, style);
  // Without an intro the package's own question says what the plan is for.
  if (intro.blocks.empty() && !ctx.package.question.empty())
    intro.blocks.push_back(Text(ctx.package.question, d.body * 1.15f, Face::kBold, s.text));
  intro.blocks.push_back(Text(ctx.Ui("print_plan_hint"), d.body * 0.9f, Face::kItalic, s.muted,
                              pdf::Spacing{d.body * 0.5f, 0}));

  TableCell side;
  side.fill = s.tint;
  if (!ctx.package.indicators.empty()) {
    side.blocks.push_back(Text(ctx.Ui("indicators"), d.body, Face::kBold, s.accent_dark, {0, d.body * 0.3f}));
    pdf::List list;
    list.kind = pdf::List::Kind::kNumbered;
    list.marker_size = d.body * 0.9f;
    list.marker_color = s.accent_dark;
    list.indent = d.body * 1.6f;
    list.item_gap = d.body * 0.2f;
    for (const Indicator& indicator : ctx.package.indicators) {
      pdf::ListItem item;
      item.blocks.push_back(Text(indicator.title, d.body * 0.9f, Face::kRegular, s.text));
      list.items.push_back(std::move(item));
    }
    side.blocks.push_back(list);
  }
  // Lines to write the clinic and the date on.
  for (const char* key : {"print_clinic", "print_date"}) {
    pdf::Drawing field;
    field.height = d.body * 2.4f;
    field.width = 0;
    std::string label = ctx.Ui(key) + ":";
    field.ops.push_back(pdf::TextOp{0, d.body * 1.9f, Face::kBold, d.body * 0.9f, s.accent_dark, label});
    float x = d.body * 4.2f;
    field.ops.push_back(pdf::LineOp{x, d.body * 2.1f, x + d.body * 14, d.body * 2.1f, s.muted, d.grid * 0.6f});
    // A clinic's own plan comes with its name filled in.
    if (ctx.edition && ctx.edition->clinic && std::string(key) == "print_clinic")
      field.ops.push_back(pdf::TextOp{x + d.body * 0.3f, d.body * 1.9f, Face::kRegular, d.body, s.text,
                                      ctx.edition->clinic->name});
    side.blocks.push_back(field);
  }

  pdf::Table table;
  table.widths = {60, 40};
  table.padding = d.pad;
  table.rule = s.white;  // two columns, no visible rules
  table.rule_width = 0.01f;
  table.layout_only = true;  // two columns of text, read one after the other
  table.rows.push_back(TableRow{{intro, side}});
  table.spacing = pdf::Spacing{d.body * 0.6f, d.body};
  return table;
}

pdf::Table Grid(const PrintContext& ctx, const PlanDesign& d, float row_height) {
  const PrintStyle& s = ctx.style;
  const Plan& plan = ctx.package.plan;
  pdf::Table grid;
  grid.header_rows = 1;
  grid.header_fill = s.accent;
  grid.rule = s.muted;
  grid.rule_width = d.grid;
  grid.vertical_rules = true;
  grid.frame = true;
  grid.padding = d.pad;
  grid.widths.assign(plan.columns.size(), 1.0f);  // equal room to write in every column
  TableRow header;
  for (const std::string& column : plan.columns) {
    TableCell cell;
    cell.blocks.push_back(Text(column, d.header, Face::kBold, s.white));
    header.cells.push_back(std::move(cell));
  }
  grid.rows.push_back(std::move(header));
  // Guides end a little above the row's own rule.
  int guides = static_cast<int>(std::floor((row_height - d.pad - 0.6f * d.guide) / d.guide));
  for (int r = 0; r < plan.rows; ++r) {
    TableRow row;
    row.min_height = row_height;
    for (size_t c = 0; c < plan.columns.size(); ++c) {
      TableCell cell;
      if (guides >= 1) {
        pdf::WritingLines lines;
        lines.count = guides;
        lines.spacing = d.guide;
        lines.color = s.rule;
        lines.line_width = d.grid * 0.5f;
        cell.blocks.push_back(lines);
      }
      row.cells.push_back(std::move(cell));
    }
    grid.rows.push_back(std::move(row));
  }
  return grid;
}

}  // namespace

namespace {

std::string PlanFileName(PaperSize paper) {
  std::string size = PaperName(paper);
  size[0] = 'a';
  return "implementeringsplan-" + size + ".pdf";
}

}  // namespace

Status RenderPlanPdf(const PrintContext& ctx, PaperSize paper, std::string* bytes) {
  std::string name = PlanFileName(paper);
  pdf::PdfDocument doc(ctx.style.fonts);
  doc.SetInfo(InfoFor(ctx, ctx.package.plan.title + " " + PaperName(paper)));
  if (Status s = AppendPlanPages(ctx, paper, doc); !s.ok()) return s;
  return FinishPdf(doc, name, bytes);
}

Status AppendPlanPages(const PrintContext& ctx, PaperSize paper, pdf::PdfDocument& doc) {
  const Plan& plan = ctx.package.plan;
  const PrintStyle& s = ctx.style;
  PlanDesign d = DesignFor(paper);
  std::string name = PlanFileName(paper);
  if (plan.columns.empty() || plan.rows < 1) return Status::Error(name + ": the plan has no columns or rows");
  PackageMarkdown markdown(ctx, doc);

  pdf::PageSetup page = pdf::PageSetup::Iso(IsoNumber(paper), true);
  page.left = page.right = d.margin;
  page.top = d.band + d.margin * 0.6f;
  page.bottom = d.margin * 0.5f + d.small * 2;

  std::vector<Block> top;
  std::string kicker = ctx.package.title;
  if (ctx.edition) kicker += " · " + ctx.edition->cluster.name + " · " + MeetingLine(ctx);
  top.push_back(Text(kicker, d.body, Face::kBold, s.accent, {0, d.body * 0.1f}));
  Paragraph title = Text(plan.title, d.title, Face::kBold, s.accent_dark, {0, 0});
  title.role = pdf::Role::kH1;
  top.push_back(title);
  top.push_back(Head(ctx, d, markdown));

  // The grid takes what is left of the page, shared out between the rows.
  float used = pdf::MeasureHeight(doc, top, page.body_width(), page.body_height()) + d.body;
  pdf::Table header_only = Grid(ctx, d, 0);
  header_only.rows.resize(1);
  used += pdf::MeasureHeight(doc, {header_only}, page.body_width(), page.body_height());
  float row_height = (page.body_height() - used - 1) / plan.rows;
  row_height = std::max(row_height, d.header * 2.5f);

  std::vector<Block> blocks = top;
  blocks.push_back(Grid(ctx, d, row_height));

  std::string footer = ctx.site.organisation + " · " + ctx.package.title + " · " + PaperName(paper);
  if (ctx.edition) footer += " · " + ctx.edition->cluster.name;
  auto decorate = [&](int, int, pdf::TextMeasure& measure) {
    std::vector<pdf::DrawOp> ops;
    ops.push_back(pdf::RectOp{0, 0, page.width, d.band, s.accent, std::nullopt});
    float baseline = d.band / 2 + d.small * 0.36f;
    pdf::AddLineEnds({ctx.site.organisation, Face::kBold, s.white, ""},
                     {ctx.Ui("print_package") + ": " + ctx.package.title, Face::kRegular, s.white, ""},
                     d.margin, page.width - d.margin, baseline, pdf::LineBudget{d.small}, measure, &ops);
    float foot = page.height - d.margin * 0.5f, foot_size = d.small * 0.85f;
    std::string fitted = FitToWidth(footer, page.width - 2 * d.margin, [&](std::string_view t) {
      return measure.Width(Face::kRegular, foot_size, t);
    });
    ops.push_back(pdf::TextOp{d.margin, foot, Face::kRegular, foot_size, s.muted, std::move(fitted)});
    return ops;
  };
  pdf::Typeset(doc, page, blocks, decorate);
  return doc.status();
}

}  // namespace klynge
