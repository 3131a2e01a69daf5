#pragma once
// The layout engine's entry point: blocks in, finished pages in a PdfDocument out.
//
//   PdfDocument doc(fonts);
//   doc.SetInfo({...});
//   Typeset(doc, PageSetup::A4Portrait(), blocks, decorate);   // one call per part
//   doc.Save(&bytes);

#include <functional>
#include <vector>

#include "render/pdf/layout/blocks.h"
#include "render/pdf/layout/pdf_document.h"

namespace klynge::pdf {

struct PageSetup {
  float width = 595.28f;  // points
  float height = 841.89f;
  float top = 64, right = 56, bottom = 64, left = 56;  // margins

  float body_width() const { return width - left - right; }
  float body_height() const { return height - top - bottom; }

  static PageSetup A4Portrait();
  static PageSetup A4Landscape();
  // ISO A-series sheet `n` (0 for A0 … 4 for A4), landscape when asked.
  static PageSetup Iso(int n, bool landscape);
};

// Running content for a page (header, footer, page numbers): ops in page
// coordinates, given the page's number and the part's page count, and the
// fonts' measures for right-aligned text.
using PageDecorator = std::function<std::vector<DrawOp>(int page, int page_count, TextMeasure& measure)>;

// Lays out `blocks` on pages of `setup` and adds them to `doc`. Page numbers
// count from 1 within this call, so one PDF can hold several parts.
void Typeset(PdfDocument& doc, const PageSetup& setup, const std::vector<Block>& blocks,
             const PageDecorator& decorate);

// The heights `blocks` take at `width`, without page breaks: for fitting
// things on one page.
float MeasureHeight(PdfDocument& doc, const std::vector<Block>& blocks, float width, float body_height);

}  // namespace klynge::pdf
