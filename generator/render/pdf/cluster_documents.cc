#include "render/pdf/cluster_documents.h"

#include "render/pdf/edition_context.h"
#include "render/pdf/edition_sections.h"
#include "render/pdf/print_parts.h"
#include "render/pdf/survey_section.h"

namespace klynge {

namespace {

using pdf::Block;
using pdf::Face;
using pdf::Paragraph;

// Every indicator with data, one after the other: a forced page break would
// leave the end of each indicator's last page empty.
void AppendIndicators(const PrintContext& ctx, pdf::PdfDocument& doc,
                      const PackageMarkdown& markdown, float width, std::vector<Block>* blocks) {
  if (ctx.edition->figures.indicators.empty()) {
    blocks->push_back(TextParagraph(ctx.Ui("edition_no_indicators"), ctx.style.body, Face::kRegular,
                                    ctx.style.text, pdf::Spacing{8, 0}));
    return;
  }
  for (const IndicatorFigures& figures : ctx.edition->figures.indicators) {
    for (Block& b : IndicatorSection(ctx, doc, markdown, figures, width))
      blocks->push_back(std::move(b));
  }
}

// The cluster's survey answers after the indicators: the handout's, not a
// clinic's, since the answers are the members' and not the clinic's data.
void AppendSurveys(const PrintContext& ctx, pdf::PdfDocument& doc, float width, std::vector<Block>* blocks) {
  for (const SurveyFigures& survey : ctx.edition->figures.surveys) {
    for (Block& b : SurveySection(ctx, doc, survey, width)) blocks->push_back(std::move(b));
  }
}

}  // namespace

Status RenderClusterHandoutPdf(const PrintContext& ctx, std::string* bytes) {
  if (!ctx.edition) return Status::Error("uddelingskopi.pdf: no cluster");
  const PrintStyle& s = ctx.style;
  pdf::PdfDocument doc(s.fonts, ctx.marks);
  std::string title = ctx.Ui("edition_handout");
  doc.SetInfo(InfoFor(ctx, title));
  PackageMarkdown markdown(ctx, doc);
  pdf::PageSetup page = A4Page();

  std::vector<Block> blocks = TitleBlock(ctx, title, ctx.package.title, ctx.package.question);
  if (!ctx.edition->cluster.open_data)
    blocks.push_back(TextParagraph(ctx.Ui("edition_letters_note"), 9.5f, Face::kItalic, s.muted,
                                   pdf::Spacing{0, 10}));
  AppendIndicators(ctx, doc, markdown, page.body_width(), &blocks);
  AppendSurveys(ctx, doc, page.body_width(), &blocks);

  pdf::Typeset(doc, page, blocks,
               RunningHeaderFooter(ctx, page, title + ": " + ctx.edition->cluster.name));
  return FinishPdf(doc, "uddelingskopi.pdf", bytes);
}

Status RenderClinicSheetPdf(const PrintContext& ctx, std::string* bytes) {
  if (!ctx.edition || !ctx.edition->clinic) return Status::Error("klinikark.pdf: no clinic");
  pdf::PdfDocument doc(ctx.style.fonts, ctx.marks);
  doc.SetInfo(InfoFor(ctx, ctx.Ui("edition_clinic_sheet") + ": " + ctx.edition->clinic->name));
  if (Status s = AppendClinicSheetPages(ctx, doc); !s.ok()) return s;
  return FinishPdf(doc, "klinikark.pdf", bytes);
}

Status AppendClinicSheetPages(const PrintContext& ctx, pdf::PdfDocument& doc) {
  if (!ctx.edition || !ctx.edition->clinic) return Status::Error("klinikark.pdf: no clinic");
  const Clinic& clinic = *ctx.edition->clinic;
  const PrintStyle& s = ctx.style;
  std::string title = ctx.Ui("edition_clinic_sheet");
  PackageMarkdown markdown(ctx, doc);
  pdf::PageSetup page = A4Page();

  std::vector<Block> blocks = TitleBlock(ctx, ctx.Ui("edition_confidential"), clinic.name, title);
  pdf::Panel letter;
  letter.fill = s.tint;
  letter.bar = s.accent;
  letter.padding = 8;
  letter.spacing = pdf::Spacing{0, 12};
  Paragraph p;
  p.spans = {pdf::Span{ctx.Ui("edition_letter") + " ", Face::kRegular},
             pdf::Span{clinic.letter, Face::kBold}};
  p.size = 13;
  p.color = s.accent_dark;
  letter.blocks.push_back(p);
  blocks.push_back(letter);
  AppendIndicators(ctx, doc, markdown, page.body_width(), &blocks);

  pdf::Typeset(doc, page, blocks, RunningHeaderFooter(ctx, page, title + ": " + clinic.name));
  return doc.status();
}

}  // namespace klynge
