#pragma once
// Opens PDFs with the tools a user would: poppler's pdftotext, pdfinfo and
// pdffonts, and qpdf --check.

#include <string>
#include <vector>

#include "render/pdf/layout/pdf_document.h"

namespace klynge::testing {

// The default print theme's four faces, read and parsed from the disk as the theme loader does.
pdf::FontFiles DefaultFonts();

// The text of pages first..last (0: from the start / to the end), as pdftotext gives it.
std::string PdfText(const std::string& pdf, int first = 0, int last = 0);
// pdfinfo -box's output: every page's size ("Page    1 size: ...") and boxes ("Page    1 TrimBox: ...").
std::string PdfInfo(const std::string& pdf);
int PdfPageCount(const std::string& pdf);
// "841.89 x 595.28" for each page.
std::vector<std::string> PdfPageSizes(const std::string& pdf);
// Page 1's box `name` ("MediaBox", "TrimBox", "BleedBox") as pdfinfo -box gives
// it: x0 y0 x1 y1 in points; empty when pdfinfo does not list it.
std::vector<double> PdfFirstPageBox(const std::string& pdf, const std::string& name);
// The targets of the links on the pages (pdftohtml -xml shows them on the text they cover).
std::vector<std::string> PdfLinks(const std::string& pdf);
// pdffonts's table.
std::string PdfFonts(const std::string& pdf);
// True when qpdf --check finds no errors; its output in *report.
bool QpdfCheck(const std::string& pdf, std::string* report);
// One word as pdftotext -bbox-layout boxes it: points from the page's top left; text as in its XML.
struct PdfWord {
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
  std::string text;
};
struct PdfPageWords {
  double width = 0, height = 0;  // the page's size in points
  std::vector<PdfWord> words;
};
// Every word on page `page` (from 1) with its box.
PdfPageWords PdfWordBoxes(const std::string& pdf, int page);
// Where pdftotext -bbox puts each occurrence of `word` on page `page`: heights in points.
std::vector<double> PdfWordHeights(const std::string& pdf, int page, const std::string& word);
// A valid RGBA PNG of the given size, made with libpng.
std::string MakeTestPng(int width, int height);
// A valid RGB JPEG of the given size, made with libjpeg; progressive: in several scans.
std::string MakeTestJpeg(int width, int height, bool progressive = false);
// A valid progressive JPEG of 1 + 3 × 63 scans (each AC coefficient of each
// component on its own): a file that makes a decoder walk the image once per scan.
std::string MakeTestJpegOfManyScans(int width, int height);
// Runs a shell command; returns its exit code and stdout.
int RunShell(const std::string& command, std::string* out);

}  // namespace klynge::testing
