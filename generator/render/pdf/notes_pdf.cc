// moedenoter.pdf "Ark til mødenoter": a prompt per section and lines to write on.

#include "render/pdf/documents.h"
#include "render/pdf/print_parts.h"

namespace klynge {

Status RenderNotesPdf(const PrintContext& ctx, std::string* bytes) {
  const NotesSheet& notes = ctx.package.notes;
  const PrintStyle& s = ctx.style;
  pdf::PdfDocument doc(s.fonts, ctx.marks);
  doc.SetInfo(InfoFor(ctx, notes.title));

  std::vector<pdf::Block> blocks = TitleBlock(ctx, notes.title, ctx.package.title, "");
  std::vector<NotesSection> sections = notes.sections;
  if (sections.empty()) sections.push_back(NotesSection{ctx.Ui("print_notes"), "", 20});
  for (const NotesSection& section : sections) {
    pdf::Paragraph heading = HeadingParagraph(ctx, section.title, 2);
    heading.spacing.before = 16;
    blocks.push_back(heading);
    if (!section.prompt.empty()) {
      pdf::Paragraph prompt = TextParagraph(section.prompt, 10, pdf::Face::kItalic, s.muted, pdf::Spacing{0, 2});
      prompt.keep_with_next = true;
      blocks.push_back(prompt);
    }
    pdf::WritingLines lines;
    lines.count = section.lines;
    lines.spacing = 25;  // about 9 mm: room for handwriting
    lines.color = s.rule;
    lines.line_width = 0.6f;
    blocks.push_back(lines);
  }

  pdf::PageSetup page = A4Page();
  pdf::Typeset(doc, page, blocks, RunningHeaderFooter(ctx, page, notes.title));
  return FinishPdf(doc, "moedenoter.pdf", bytes);
}

}  // namespace klynge
