#include "render/pdf/print_parts.h"

#include <cstdio>

#include "base/text.h"
#include "markdown/body.h"
#include "render/link_url.h"
#include "render/html/site_paths.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/line_ends.h"

namespace klynge {

using pdf::Block;
using pdf::Color;
using pdf::DrawOp;
using pdf::Face;
using pdf::Paragraph;
using pdf::Span;

pdf::PageSetup A4Page() {
  pdf::PageSetup setup = pdf::PageSetup::A4Portrait();
  setup.top = 70;
  setup.bottom = 62;
  setup.left = setup.right = 56;
  return setup;
}

Paragraph TextParagraph(std::string text, float size, Face face, Color color, pdf::Spacing spacing) {
  Paragraph p;
  p.spans.push_back(Span{std::move(text), face});
  p.size = size;
  p.color = color;
  p.spacing = spacing;
  return p;
}

Paragraph HeadingParagraph(const PrintContext& ctx, std::string text, int level) {
  float size = level <= 1 ? 15 : 12;
  Paragraph p = TextParagraph(std::move(text), size, Face::kBold, ctx.style.accent_dark,
                              pdf::Spacing{size * 1.2f, size * 0.4f});
  p.leading = 1.25f;
  p.keep_with_next = true;
  p.role = pdf::HeadingRole(level + 1);  // under the document's title, its H1
  return p;
}

std::vector<Block> TitleBlock(const PrintContext& ctx, const std::string& kicker, const std::string& title,
                              const std::string& subtitle) {
  const PrintStyle& s = ctx.style;
  std::vector<Block> blocks;
  Paragraph k = TextParagraph(kicker, 10, Face::kBold, s.accent, pdf::Spacing{0, 2});
  k.keep_with_next = true;
  blocks.push_back(k);
  Paragraph t = TextParagraph(title, 22, Face::kBold, s.accent_dark, pdf::Spacing{0, 4});
  t.leading = 1.2f;
  t.keep_with_next = true;
  t.role = pdf::Role::kH1;
  blocks.push_back(t);
  if (!subtitle.empty()) {
    Paragraph sub = TextParagraph(subtitle, 12.5f, Face::kItalic, s.muted, pdf::Spacing{0, 2});
    sub.keep_with_next = true;
    blocks.push_back(sub);
  }
  if (ctx.edition) {  // a cluster's edition says whose meeting it is for
    Paragraph cluster = TextParagraph(ctx.edition->cluster.name, 12.5f, Face::kBold, s.accent, pdf::Spacing{4, 1});
    cluster.keep_with_next = true;
    blocks.push_back(cluster);
    Paragraph meeting = TextParagraph(MeetingLine(ctx), 10, Face::kRegular, s.text, pdf::Spacing{0, 0});
    meeting.keep_with_next = true;
    blocks.push_back(meeting);
  }
  pdf::Rule rule;
  rule.color = s.accent;
  rule.width = 1.5f;
  rule.spacing = pdf::Spacing{8, 14};
  blocks.push_back(rule);
  return blocks;
}

pdf::PageDecorator RunningHeaderFooter(const PrintContext& ctx, const pdf::PageSetup& setup,
                                       std::string document_title) {
  return [&ctx, setup, title = std::move(document_title)](int page, int pages, pdf::TextMeasure& measure) {
    const PrintStyle& s = ctx.style;
    std::vector<DrawOp> ops;
    ops.reserve(8);
    float size = 8;
    float right = setup.width - setup.right;
    ops.push_back(pdf::RectOp{0, 0, setup.width, 6, s.accent, std::nullopt});
    // A long package title gives way before the cluster and the meeting's date.
    std::string tail = ctx.edition ? " · " + ctx.edition->cluster.name + " · " + MeetingWhen(ctx) : "";
    pdf::AddLineEnds({ctx.site.organisation, Face::kBold, s.accent, ""},
                     {ctx.package.title, Face::kRegular, s.muted, tail},
                     setup.left, right, 34, pdf::LineBudget{size}, measure, &ops);
    float foot = setup.height - 30;
    for (float y : {42.0f, foot - 12}) {
      pdf::LineOp line;
      line.x1 = setup.left;
      line.x2 = right;
      line.y1 = line.y2 = y;
      line.color = s.rule;
      ops.emplace_back(line);
    }
    // The page number keeps its place; a long title gives way.
    pdf::AddLineEnds({title, Face::kRegular, s.muted, ""}, {ctx.PageOf(page, pages), Face::kRegular, s.muted, ""},
                     setup.left, right, foot, pdf::LineBudget{size, 0}, measure, &ops);
    return ops;
  };
}

pdf::DocumentInfo InfoFor(const PrintContext& ctx, const std::string& document_title) {
  pdf::DocumentInfo info;
  info.title = document_title == ctx.package.title ? document_title
                                                   : document_title + " – " + ctx.package.title;
  if (ctx.edition) info.title += " – " + ctx.edition->cluster.name;
  info.author = ctx.site.organisation;
  info.subject = ctx.package.question.empty() ? ctx.package.topic : ctx.package.question;
  std::string keywords = ctx.package.topic;
  for (const std::string& tag : ctx.package.tags) keywords += ", " + tag;
  info.keywords = keywords;
  info.language = ctx.site.language;
  return info;
}

// PDF link targets are 7-bit: escape everything else, and spaces.
std::string EscapePdfUrl(const std::string& url) {
  std::string out;
  for (unsigned char c : url) {
    if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string PrintUrlFor(const PrintContext& ctx, const LinkTarget& link) {
  LinkBase base{"packages/" + ctx.package.slug + "/", "", ctx.published_slugs.get()};
  std::optional<std::string> target = UrlFor(link, base);
  if (!target || target->empty()) return "";
  if (IsPublishableScheme(*target)) return EscapePdfUrl(*target);
  if ((*target)[0] == '#') return EscapePdfUrl(ctx.site.base_url + PackageDir(ctx.package.slug) + *target);
  return EscapePdfUrl(ctx.site.base_url + *target);
}

std::string PrintLinkUrl(const PrintContext& ctx, const std::string& url) {
  return PrintUrlFor(ctx, ResolveLink(url, "packages/" + ctx.package.slug));
}

PackageMarkdown::PackageMarkdown(const PrintContext& ctx, pdf::PdfDocument& doc) : ctx_(ctx), doc_(doc) {
  sources_.link = [this](const LinkTarget& target) { return PrintUrlFor(ctx_, target); };
  sources_.image = [this](const LinkTarget& target) { return Image(target); };
}

int PackageMarkdown::Image(const LinkTarget& target) {
  // Only the package's own assets are embedded.
  std::string folder = "packages/" + ctx_.package.slug + "/";
  if (target.kind != LinkKind::kAsset || target.slug != ctx_.package.slug) return -1;
  std::string path = target.path.substr(folder.size());
  auto cached = images_.find(path);
  if (cached != images_.end()) return cached->second;
  int id = -1;
  for (const Asset& asset : ctx_.package.assets)
    if (asset.rel == path) id = doc_.AddImage(asset.bytes);
  images_[path] = id;
  return id;
}

std::vector<Block> PackageMarkdown::Blocks(const MarkdownText& text) const {
  return Blocks(text, ctx_.style.markdown);
}

std::vector<Block> PackageMarkdown::Blocks(const MarkdownText& text, const pdf::MarkdownStyle& style) const {
  if (text.empty()) return {};
  return pdf::MarkdownBlocks(*BodyOf(text, "packages/" + ctx_.package.slug), style, sources_);
}
Status FinishPdf(pdf::PdfDocument& doc, const std::string& name, std::string* bytes) {
  Status status = doc.Save(bytes);
  if (!status.ok()) return Status::Error(name + ": " + status.message());
  return status;
}

}  // namespace klynge
