#pragma once
// What every print document needs: the package, its site, the theme's
// strings and print settings, and the styles derived from them.

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "model/theme.h"
#include "render/format.h"
#include "render/published_slugs.h"
#include "render/pdf/layout/markdown_blocks.h"
#include "render/pdf/layout/pdf_document.h"

namespace klynge {

// Colours and type of the A4 documents, from the theme's print settings.
struct PrintStyle {
  explicit PrintStyle(const PrintTheme& theme);

  pdf::FontFiles fonts;
  pdf::Color accent, accent_dark, link, text, muted, rule, tint, break_fill, white{1, 1, 1};
  float body = 10;  // body text size in points
  pdf::MarkdownStyle markdown;
};

struct EditionContext;

// What a print document may read: its package, the site's settings, the
// theme and which packages are published; never the rest of the catalog.
struct PrintContext {
  // `published`: the published packages' slugs, shared by the contexts of one build.
  PrintContext(const Site& site, const Package& package, const Theme& theme, SlugSet published);

  const Site& site;
  const Package& package;
  const Theme& theme;
  Language lang;
  PrintStyle style;
  SlugSet published_slugs;
  // Set for a cluster's edition of the documents (render/pdf/edition_context.h);
  // nullptr for the package's public PDFs.
  const EditionContext* edition = nullptr;
  // Bleed and crop marks for a print shop (`build --print-marks`), on every page.
  pdf::Marks marks = pdf::Marks::kNone;

  // The theme's UI string `key`, or the key itself (a test checks both languages have them).
  std::string Ui(const std::string& key) const;
  // "Side 2 af 5" in the site's language.
  std::string PageOf(int page, int pages) const;
};

// The UI string `key` of `theme`: the print strings first, then the theme's.
std::string PrintUi(const Theme& theme, const std::string& key);

// The UI string keys the PDF code asks for, for the test that both languages have them.
const std::vector<std::string>& PrintUiKeys();

}  // namespace klynge
