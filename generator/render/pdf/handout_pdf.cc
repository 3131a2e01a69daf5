// klyngepakke.pdf: the package page as a handout.

#include "render/pdf/documents.h"
#include "render/pdf/print_parts.h"

namespace klynge {

namespace {

using pdf::Block;
using pdf::Face;
using pdf::Paragraph;
using pdf::Span;

// The facts panel: label and value side by side on the site's tint.
class Facts {
 public:
  explicit Facts(const PrintContext& ctx) : ctx_(ctx) {
    table_.widths = {28, 72};
    table_.padding = 3;
    table_.rule = ctx.style.tint;  // rows separated by space, not lines
  }

  void Add(const std::string& label, std::vector<Span> value) {
    if (value.empty()) return;
    const PrintStyle& s = ctx_.style;
    pdf::TableCell name;
    name.blocks.push_back(TextParagraph(label, 9, Face::kBold, s.accent_dark));
    pdf::TableCell text;
    Paragraph p;
    p.spans = std::move(value);
    p.size = 9.5f;
    p.color = s.text;
    p.link_color = s.link;
    p.leading = 1.35f;
    text.blocks.push_back(p);
    table_.rows.push_back(pdf::TableRow{{name, text}});
  }
  void Add(const std::string& label, const std::string& value) {
    if (!value.empty()) Add(label, std::vector<Span>{Span{value}});
  }

  Block Panel() const {
    pdf::Panel panel;
    panel.fill = ctx_.style.tint;
    panel.bar = ctx_.style.accent;
    panel.padding = 8;
    panel.spacing = pdf::Spacing{0, 12};
    panel.blocks.push_back(TextParagraph(ctx_.Ui("facts"), 11, Face::kBold, ctx_.style.accent_dark,
                                         pdf::Spacing{0, 2}));
    panel.blocks.push_back(table_);
    return panel;
  }

 private:
  const PrintContext& ctx_;
  pdf::Table table_;
};

std::vector<Span> ContactSpans(const PrintContext& ctx, const Contact& contact) {
  std::vector<Span> spans;
  if (!contact.email.empty())
    spans.push_back(Span{contact.email, Face::kRegular, std::nullopt, PrintLinkUrl(ctx, "mailto:" + contact.email)});
  if (!contact.phone.empty())
    spans.push_back(Span{(spans.empty() ? "" : "\n") + ctx.Ui("phone_short") + " " + contact.phone});
  return spans;
}

std::vector<Span> LinkSpans(const PrintContext& ctx, const std::vector<Link>& links) {
  std::vector<Span> spans;
  for (const Link& link : links) {
    if (!spans.empty()) spans.push_back(Span{"\n"});
    spans.push_back(Span{"• "});
    spans.push_back(Span{link.title, Face::kRegular, std::nullopt, PrintLinkUrl(ctx, link.url)});
  }
  return spans;
}

std::vector<Block> Indicators(const PrintContext& ctx, const PackageMarkdown& markdown) {
  const PrintStyle& s = ctx.style;
  std::vector<Block> blocks;
  if (ctx.package.indicators.empty()) return blocks;
  blocks.push_back(HeadingParagraph(ctx, ctx.Ui("indicators"), 1));
  for (size_t i = 0; i < ctx.package.indicators.size(); ++i) {
    const Indicator& ind = ctx.package.indicators[i];
    Paragraph title = TextParagraph(std::to_string(i + 1) + ". " + ind.title, 11, Face::kBold, s.text,
                                    pdf::Spacing{10, 1});
    title.keep_with_next = true;
    title.role = pdf::Role::kH3;  // under "Indikatorer"
    blocks.push_back(title);
    std::string meta = ind.lower_is_better ? ctx.Ui("better_lower") : ctx.Ui("better_higher");
    if (!ind.unit.empty()) meta = ctx.Ui("indicator_unit") + ": " + ind.unit + " · " + meta;
    Paragraph m = TextParagraph(meta, 9, Face::kItalic, s.muted, pdf::Spacing{0, 2});
    m.keep_with_next = true;
    blocks.push_back(m);
    for (Block& b : markdown.Blocks(ind.description)) blocks.push_back(std::move(b));
  }
  return blocks;
}

std::vector<Block> Materials(const PrintContext& ctx) {
  std::vector<Block> blocks;
  if (ctx.package.materials.empty()) return blocks;
  blocks.push_back(HeadingParagraph(ctx, ctx.Ui("materials"), 1));
  pdf::List list;
  list.marker_color = ctx.style.accent;
  list.item_gap = 2;
  list.spacing = pdf::Spacing{4, 4};
  for (const Material& m : ctx.package.materials) {
    Paragraph p;
    p.size = ctx.style.body;
    p.measure = pdf::kMeasureEms * p.size;  // as the running text above it
    p.color = ctx.style.text;
    p.link_color = ctx.style.link;
    p.spans.push_back(Span{ctx.Ui("material_" + m.kind) + ": ", Face::kBold});
    std::string url = m.url.empty() ? "" : PrintLinkUrl(ctx, m.url);
    p.spans.push_back(Span{m.title, Face::kRegular, std::nullopt, url});
    pdf::ListItem item;
    item.blocks.push_back(p);
    list.items.push_back(std::move(item));
  }
  blocks.push_back(list);
  return blocks;
}

}  // namespace

Status RenderHandoutPdf(const PrintContext& ctx, std::string* bytes) {
  const Package& pkg = ctx.package;
  pdf::PdfDocument doc(ctx.style.fonts, ctx.marks);
  std::string kind = pkg.follow_up ? ctx.Ui("follow_up_package") : ctx.Ui("print_package");
  doc.SetInfo(InfoFor(ctx, pkg.title));
  PackageMarkdown markdown(ctx, doc);

  std::vector<pdf::Block> blocks = TitleBlock(ctx, kind, pkg.title, pkg.question);
  Facts facts(ctx);
  facts.Add(ctx.Ui("provider"), pkg.provider);
  facts.Add(ctx.Ui("price"), pkg.price);
  facts.Add(ctx.Ui("duration"), FormatDuration(pkg.duration_minutes, ctx.lang));
  if (pkg.order_weeks_before)
    facts.Add(ctx.Ui("order_before"), FormatOffset(Offset{-*pkg.order_weeks_before, 'w'}, ctx.lang));
  const std::optional<Contact>& contact = pkg.contact ? pkg.contact : ctx.site.contact;
  if (contact) facts.Add(ctx.Ui("contact"), ContactSpans(ctx, *contact));
  facts.Add(ctx.Ui("links"), LinkSpans(ctx, pkg.links));
  if (pkg.revised) facts.Add(ctx.Ui("revised"), FormatDate(*pkg.revised, ctx.lang));
  blocks.push_back(facts.Panel());

  for (Block& b : markdown.Blocks(pkg.body)) blocks.push_back(std::move(b));
  for (Block& b : Indicators(ctx, markdown)) blocks.push_back(std::move(b));
  for (Block& b : Materials(ctx)) blocks.push_back(std::move(b));

  pdf::PageSetup page = A4Page();
  pdf::Typeset(doc, page, blocks, RunningHeaderFooter(ctx, page, kind + ": " + pkg.title));
  return FinishPdf(doc, "klyngepakke.pdf", bytes);
}

}  // namespace klynge
