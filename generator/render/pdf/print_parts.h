#pragma once
// Pieces every print document shares: the title block, the running header
// and footer, text helpers and the package's Markdown with working links and
// images.

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "markdown/link_target.h"
#include "model/markdown_text.h"
#include "render/pdf/layout/typeset.h"
#include "render/pdf/print_context.h"

namespace klynge {

// A4 portrait with room for the running header and footer.
pdf::PageSetup A4Page();

// One run of text as a paragraph.
pdf::Paragraph TextParagraph(std::string text, float size, pdf::Face face, pdf::Color color,
                             pdf::Spacing spacing = {});
// A heading that stays with what follows: level 1 (document parts) or 2 (sub-parts).
pdf::Paragraph HeadingParagraph(const PrintContext& ctx, std::string text, int level);

// Kicker (what the document is), title, subtitle and an accent rule.
std::vector<pdf::Block> TitleBlock(const PrintContext& ctx, const std::string& kicker,
                                   const std::string& title, const std::string& subtitle);

// Organisation and package title at the top; the document title and
// "Side 2 af 5" at the foot.
pdf::PageDecorator RunningHeaderFooter(const PrintContext& ctx, const pdf::PageSetup& setup,
                                       std::string document_title);

// Title, author (the organisation), subject and creator for the file.
pdf::DocumentInfo InfoFor(const PrintContext& ctx, const std::string& document_title);

// `url` as a PDF link target: 7-bit, with spaces and the rest percent-escaped.
std::string EscapePdfUrl(const std::string& url);

// The absolute URL a link in the package's content opens from a PDF, or ""
// when it must not be published (javascript:, a draft package, outside the
// content); PrintLinkUrl reads `url` as written in the package's folder.
std::string PrintUrlFor(const PrintContext& ctx, const LinkTarget& target);
std::string PrintLinkUrl(const PrintContext& ctx, const std::string& url);

// The package's Markdown as blocks: links made absolute, images from the
// package's assets embedded once per document.
class PackageMarkdown {
 public:
  PackageMarkdown(const PrintContext& ctx, pdf::PdfDocument& doc);

  std::vector<pdf::Block> Blocks(const MarkdownText& text) const;
  std::vector<pdf::Block> Blocks(const MarkdownText& text, const pdf::MarkdownStyle& style) const;
  const pdf::MarkdownSources& sources() const { return sources_; }

 private:
  int Image(const LinkTarget& target);

  const PrintContext& ctx_;
  pdf::PdfDocument& doc_;
  std::map<std::string, int> images_;  // by asset path
  pdf::MarkdownSources sources_;
};

// The document's bytes, or why libharu failed, naming the document.
Status FinishPdf(pdf::PdfDocument& doc, const std::string& name, std::string* bytes);

}  // namespace klynge
