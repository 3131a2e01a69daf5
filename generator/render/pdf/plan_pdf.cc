// implementeringsplan-<size>.pdf: the plan a clinic fills in by hand and hangs
// on the wall. Each paper size has its own type sizes, line weights and
// writing space, chosen for how far away it is read, so it is not an A4 page
// scaled up. A4 and A3 are read at a desk: intro and målepunkter above the
// grid. A2, A1 and A0 hang on a wall, are read from across the room and
// written on with a marker: intro and målepunkter in a column of their own
// beside a grid that takes the sheet's whole height.

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
  bool wall;     // a poster: intro and målepunkter in a column beside the grid
};

constexpr float kMm = 72 / 25.4f;

// A4 is read at arm's length; A1 and A0 from 3 m, where capitals need 7 and
// 10 mm (Open Sans' capitals are 0.71 of the size: the A1 column headings'
// 36 pt give 9 mm, A0's 50 pt 12.6 mm, the titles far more). Writing guides
// go from 8 mm for a pen to 26-28 mm for a marker's handwriting on A1 and A0.
PlanDesign DesignFor(PaperSize paper) {
  switch (paper) {
    case PaperSize::kA4: return {28, 22, 7.5f, 20, 9, 10.5f, 0.75f, 23, 5, false};
    case PaperSize::kA3: return {36, 30, 10, 30, 13, 15, 1.0f, 28, 7, false};
    case PaperSize::kA2: return {50, 44, 14, 60, 20, 26, 1.5f, 20 * kMm, 10, true};
    case PaperSize::kA1: return {70, 64, 20, 84, 26, 36, 2.2f, 26 * kMm, 14, true};
    case PaperSize::kA0: return {96, 88, 28, 116, 36, 50, 3.0f, 28 * kMm, 18, true};
  }
  return DesignFor(PaperSize::kA4);
}

// The grid's share of the wall sizes' width; the intro column has the rest.
constexpr float kGridShare = 0.74f;

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

struct HeadCells {
  TableCell intro;  // the intro and how to use the plan
  TableCell side;   // målepunkter and the clinic's name and date
};

HeadCells HeadOf(const PrintContext& ctx, const PlanDesign& d, const PackageMarkdown& markdown) {
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
    // A heading on the wall sizes, read from across the room with the grid's.
    Paragraph heading = Text(ctx.Ui("indicators"), d.wall ? d.header : d.body, Face::kBold, s.accent_dark,
                             {0, d.body * 0.3f});
    heading.role = pdf::Role::kH2;
    side.blocks.push_back(heading);
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
  return HeadCells{std::move(intro), std::move(side)};
}

// Intro on the left, målepunkter and fill-in fields on the right.
Block Head(HeadCells cells, const PlanDesign& d) {
  TableCell intro = std::move(cells.intro), side = std::move(cells.side);
  pdf::Table table;
  table.widths = {60, 40};
  table.padding = d.pad;
  table.rule = pdf::Color{1, 1, 1};  // two columns, no visible rules
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
    Paragraph heading = Text(column, d.header, Face::kBold, s.white);
    heading.heading_breaks = true;  // "Hvem har ansvaret?", not "an-svaret?", across the room
    cell.blocks.push_back(std::move(heading));
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
  pdf::PdfDocument doc(ctx.style.fonts, ctx.marks);
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
  title.spacing.after = d.wall ? d.body * 0.8f : 0;
  top.push_back(title);
  HeadCells head = HeadOf(ctx, d, markdown);
  // On the wall the grid is beside the intro column; at a desk below it.
  float grid_width = d.wall ? page.body_width() * kGridShare - d.body : page.body_width();
  if (!d.wall) top.push_back(Head(std::move(head), d));

  // The grid takes what is left of the page, shared out between the rows.
  float used = pdf::MeasureHeight(doc, top, page.body_width(), page.body_height()) + d.body;
  pdf::Table header_only = Grid(ctx, d, 0);
  header_only.rows.resize(1);
  used += pdf::MeasureHeight(doc, {header_only}, grid_width, page.body_height());
  if (d.wall) used += d.body;  // the poster row's padding above and below the grid
  float row_height = (page.body_height() - used - 1) / plan.rows;
  // A row holds at least one writing line (a marker's on the wall).
  row_height = std::max(row_height, std::max(d.header * 2.5f, d.pad + 1.6f * d.guide));

  std::vector<Block> blocks = top;
  if (d.wall) {
    // One layout row: the intro column, then the grid; read in that order.
    pdf::Panel column;
    column.blocks = std::move(head.intro.blocks);
    column.blocks.push_back(pdf::Rule{s.rule, d.grid, pdf::Spacing{d.body * 0.6f, d.body}});
    for (Block& b : head.side.blocks) column.blocks.push_back(std::move(b));
    column.fill = s.tint;
    column.padding = d.pad;
    TableCell left, right;
    left.blocks.push_back(std::move(column));
    right.blocks.push_back(Grid(ctx, d, row_height));
    pdf::Table poster;
    poster.widths = {1 - kGridShare, kGridShare};
    poster.padding = d.body * 0.5f;
    poster.rule = s.white;
    poster.rule_width = 0.01f;
    poster.layout_only = true;
    poster.rows.push_back(TableRow{{std::move(left), std::move(right)}});
    blocks.push_back(std::move(poster));
  } else {
    blocks.push_back(Grid(ctx, d, row_height));
  }

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
