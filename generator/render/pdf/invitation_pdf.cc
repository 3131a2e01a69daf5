#include "render/pdf/invitation_pdf.h"

#include "markdown/body.h"
#include "render/pdf/print_parts.h"

namespace klynge {

namespace {

using pdf::Block;
using pdf::Face;
using pdf::Paragraph;
using pdf::Span;
using pdf::TableCell;
using pdf::TableRow;

constexpr float kSize = 9.5f;  // a letter that fits one page

Paragraph Text(const PrintContext& ctx, std::vector<Span> spans, pdf::Spacing spacing = {0, 4}) {
  Paragraph p;
  p.spans = std::move(spans);
  p.size = kSize;
  p.leading = 1.35f;
  p.color = ctx.style.text;
  p.link_color = ctx.style.link;
  p.spacing = spacing;
  return p;
}

Paragraph Heading(const PrintContext& ctx, const std::string& text) {
  Paragraph p = TextParagraph(text, 11.5f, Face::kBold, ctx.style.accent_dark, pdf::Spacing{9, 3});
  p.keep_with_next = true;
  p.role = pdf::Role::kH2;  // under the letter's title
  return p;
}

TableCell Cell(Paragraph p) {
  TableCell cell;
  cell.blocks.push_back(std::move(p));
  return cell;
}

// Rows of (label, text) without rules: the facts and the program.
pdf::Table TwoColumns(const PrintContext& ctx, const std::vector<std::pair<std::string, std::string>>& rows,
                      float label_width, bool bold_labels) {
  pdf::Table table;
  table.widths = {label_width, 100 - label_width};
  table.padding = 1.5f;
  table.rule_width = 0;
  table.rule = ctx.style.white;
  for (const auto& [label, text] : rows)
    table.rows.push_back(TableRow{{Cell(Text(ctx, {Span(label, bold_labels ? Face::kBold : Face::kRegular)}, {})),
                                   Cell(Text(ctx, {Span(text)}, {}))}});
  return table;
}

// Markdown from content, its links already absolute (the note's are relative
// to the cluster's folder, not the package's).
std::vector<Block> MarkdownBlocks(const PrintContext& ctx, const InvitationMarkdown& md) {
  if (md.text.empty()) return {};
  pdf::MarkdownStyle style = ctx.style.markdown;
  style.size = kSize;
  style.leading = 1.35f;
  style.paragraph_gap = 3;
  pdf::MarkdownSources sources;
  sources.link = [&md](const LinkTarget& target) {
    std::optional<std::string> absolute = UrlFor(target, md.links);
    return absolute ? EscapePdfUrl(*absolute) : std::string();
  };
  sources.image = [](const LinkTarget&) { return -1; };  // a letter prints the description
  return pdf::MarkdownBlocks(*BodyOf(md.text, md.links.content_dir), style, sources);
}

pdf::List Bullets(const PrintContext& ctx, std::vector<std::vector<Span>> items, bool tick_boxes = false) {
  pdf::List list;
  list.marker_size = kSize;
  list.marker_color = ctx.style.accent_dark;
  list.indent = 13;
  list.item_gap = 1.5f;
  list.spacing = pdf::Spacing{1, 4};
  for (std::vector<Span>& spans : items) {
    pdf::ListItem item;
    item.tick_box = tick_boxes;
    item.blocks.push_back(Text(ctx, std::move(spans), {}));
    list.items.push_back(std::move(item));
  }
  return list;
}

}  // namespace

Status RenderInvitationPdf(const PrintContext& ctx, const Invitation& inv, std::string* bytes) {
  const PrintStyle& s = ctx.style;
  pdf::PdfDocument doc(s.fonts, ctx.marks);
  doc.SetInfo(InfoFor(ctx, inv.heading));
  std::vector<Block> blocks = TitleBlock(ctx, inv.heading, inv.package_title, "");

  blocks.push_back(Text(ctx, {Span(inv.greeting)}));
  blocks.push_back(Text(ctx, {Span(inv.intro)}, {0, 6}));
  pdf::Panel facts;
  facts.fill = s.tint;
  facts.padding = 6;
  facts.spacing = pdf::Spacing{2, 4};
  facts.blocks.push_back(TwoColumns(ctx, inv.facts, 24, true));
  blocks.push_back(std::move(facts));

  if (!inv.program.empty()) {
    blocks.push_back(Heading(ctx, inv.program_heading));
    std::vector<std::pair<std::string, std::string>> rows;
    for (const InvitationProgramLine& line : inv.program) rows.emplace_back(line.time, line.title);
    blocks.push_back(TwoColumns(ctx, rows, 16, false));
  }

  if (inv.HasPreparation()) {
    blocks.push_back(Heading(ctx, inv.prepare_heading));
    if (!inv.question.empty())
      blocks.push_back(Text(ctx, {Span(inv.question_label + ": ", Face::kBold), Span(inv.question)}));
    for (const InvitationTask& task : inv.tasks) {
      std::vector<Span> title = {Span(task.title, Face::kBold, s.accent_dark)};
      if (!task.by.empty()) title.push_back(Span(" (" + task.by + ")", Face::kRegular, s.muted));
      Paragraph p = Text(ctx, std::move(title), {2, 1});
      p.keep_with_next = true;
      blocks.push_back(std::move(p));
      for (Block& b : MarkdownBlocks(ctx, task.text)) blocks.push_back(std::move(b));
      if (!task.checklist.empty()) {
        std::vector<std::vector<Span>> items;
        for (const std::string& item : task.checklist) items.push_back({Span(item)});
        blocks.push_back(Bullets(ctx, std::move(items), true));
      }
    }
    if (!inv.note.text.empty()) {  // the coordinator's own words, set apart
      pdf::Panel note;
      note.bar = s.accent;
      note.padding = 6;
      note.spacing = pdf::Spacing{6, 4};
      note.blocks = MarkdownBlocks(ctx, inv.note);
      blocks.push_back(std::move(note));
    }
  }

  if (!inv.materials.empty() || !inv.package_url.empty()) {
    blocks.push_back(Heading(ctx, inv.materials_heading));
    std::vector<std::vector<Span>> items;
    for (const InvitationLink& link : inv.materials) {
      std::vector<Span> spans = {Span(link.kind + ": ", Face::kBold), Span(link.title)};
      if (!link.url.empty()) spans.push_back(Span(" " + link.url, Face::kRegular, std::nullopt, EscapePdfUrl(link.url)));
      items.push_back(std::move(spans));
    }
    if (!items.empty()) blocks.push_back(Bullets(ctx, std::move(items)));
    if (!inv.package_url.empty())
      blocks.push_back(Text(ctx, {Span(inv.package_link_label + ": "),
                                  Span(inv.package_url, Face::kRegular, std::nullopt, EscapePdfUrl(inv.package_url))}));
  }

  blocks.push_back(Heading(ctx, inv.attached_heading));
  std::vector<std::vector<Span>> files;
  for (const InvitationFile& f : inv.attachments) files.push_back({Span(f.title), Span(" (" + f.file + ")", Face::kRegular, s.muted)});
  blocks.push_back(Bullets(ctx, std::move(files)));

  std::string signature = inv.regards;
  for (const std::string& line : inv.signature) signature += "\n" + line;
  blocks.push_back(Text(ctx, {Span(signature)}, {8, 0}));

  pdf::PageSetup page = A4Page();
  pdf::Typeset(doc, page, blocks, RunningHeaderFooter(ctx, page, inv.heading));
  return FinishPdf(doc, "invitation.pdf", bytes);
}

}  // namespace klynge
