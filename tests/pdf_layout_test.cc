// The PDF layout engine on its own: line breaking, pagination, tables,
// images, links, fonts, checked with the tools a user would use.

#include <gtest/gtest.h>

#include <regex>

#include "image/image_check.h"
#include "load/font_loader.h"
#include "model/print_theme.h"
#include "render/pdf/layout/block_layout.h"
#include "render/pdf/layout/line_breaker.h"
#include "render/pdf/layout/paginator.h"
#include "render/pdf/layout/pdf_document.h"
#include "render/pdf/layout/typeset.h"
#include "support/fixed_measure.h"
#include "support/pdf_tools.h"

namespace klynge::pdf {
namespace {

using ::klynge::testing::PdfFonts;
using ::klynge::testing::PdfPageCount;
using ::klynge::testing::PdfPageSizes;
using ::klynge::testing::PdfText;
using ::klynge::testing::QpdfCheck;

FontFiles TestFonts() { return ::klynge::testing::DefaultFonts(); }

using testing::FixedMeasure;
using testing::LineTexts;

Paragraph Para(std::string text, float size = 10) {
  Paragraph p;
  p.spans.push_back(Span{std::move(text)});
  p.size = size;
  p.spacing = Spacing{4, 4};
  return p;
}

std::string Render(const std::vector<Block>& blocks, PageSetup setup = PageSetup::A4Portrait()) {
  PdfDocument doc(TestFonts());
  doc.SetInfo(DocumentInfo{"Prøve – “titel”", "KiAP – Kvalitet i Almen Praksis", "Test", ""});
  Typeset(doc, setup, blocks, [](int page, int pages, TextMeasure&) {
    std::vector<DrawOp> ops;
    ops.push_back(TextOp{56, 820, Face::kRegular, 8, Color{},
                         "Side " + std::to_string(page) + " af " + std::to_string(pages)});
    return ops;
  });
  std::string bytes;
  Status status = doc.Save(&bytes);
  EXPECT_TRUE(status.ok()) << status.message();
  return bytes;
}

TEST(LineBreakerTest, BreaksAtSpacesWithinTheWidth) {
  FixedMeasure m;
  std::vector<Line> lines = BreakLines({Span{"aaa bbb ccc"}}, 10, 40, m);
  EXPECT_EQ(LineTexts(lines), (std::vector<std::string>{"aaa bbb", "ccc"}));
  EXPECT_FLOAT_EQ(lines[0].width, 35);
}

TEST(LineBreakerTest, HardBreaksAWordWiderThanTheLineWithAHyphen) {
  FixedMeasure m;
  std::vector<Line> lines = BreakLines({Span{"ab abcdefghijkl cd"}}, 10, 25, m);
  EXPECT_EQ(LineTexts(lines), (std::vector<std::string>{"ab", "abcd-", "efgh-", "ijkl", "cd"}));
}

TEST(LineBreakerTest, NeverCutsAUtf8CharacterInHalf) {
  FixedMeasure m;
  std::vector<Line> lines = BreakLines({Span{"æøåæøå"}}, 10, 15, m);
  EXPECT_EQ(LineTexts(lines), (std::vector<std::string>{"æø-", "åæ-", "øå"}));
}

TEST(LineBreakerTest, BreaksAfterAHyphenAndKeepsStyledPartsOfAWordTogether) {
  FixedMeasure m;
  std::vector<Line> lines = BreakLines({Span{"kroniske non-"}, Span{"maligne", Face::kBold}}, 10, 70, m);
  EXPECT_EQ(LineTexts(lines), (std::vector<std::string>{"kroniske non-", "maligne"}));
  std::vector<Line> glued = BreakLines({Span{"xx ab"}, Span{"cd", Face::kBold}}, 10, 20, m);
  EXPECT_EQ(LineTexts(glued), (std::vector<std::string>{"xx", "abcd"}));
  ASSERT_EQ(glued[1].runs.size(), 2u);
  EXPECT_FLOAT_EQ(glued[1].runs[1].x, 10);
}

TEST(LineBreakerTest, BreaksAUrlAfterASlashButNotInsideTheDoubleSlash) {
  FixedMeasure m;
  std::vector<Line> lines = BreakLines({Span{"https://www.kiap.dk/klynge"}}, 10, 65, m);
  EXPECT_EQ(LineTexts(lines), (std::vector<std::string>{"https://", "www.kiap.dk/", "klynge"}));
}

TEST(LineBreakerTest, ForcedBreaksAndEmptyText) {
  FixedMeasure m;
  EXPECT_EQ(LineTexts(BreakLines({Span{"a\n\nb"}}, 10, 100, m)), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(BreakLines({}, 10, 100, m).size(), 1u);
  EXPECT_EQ(LineTexts(BreakLines({Span{"  a  "}}, 10, 100, m)), (std::vector<std::string>{"a"}));
  EXPECT_EQ(LineTexts(BreakLines({Span{"a\tb"}}, 10, 100, m)), (std::vector<std::string>{"a b"}));
}

TEST(PaginatorTest, KeepsAHeadingWithTheLinesAfterIt) {
  std::vector<Box> boxes;
  for (int i = 0; i < 9; ++i) boxes.push_back(Box{10});
  Box heading{10};
  heading.keep_with_next = true;
  boxes.push_back(heading);
  Box line{10};
  line.keep_with_next = true;
  boxes.push_back(line);
  boxes.push_back(Box{10});
  std::vector<PageBoxes> pages = Paginate(boxes, 105);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].boxes.size(), 9u);
  EXPECT_EQ(pages[1].boxes.front().box, &boxes[9]);
}

TEST(PaginatorTest, DropsSpaceAtThePageTopAndHonoursBreaks) {
  std::vector<Box> boxes(3, Box{40});
  boxes[1].space_before = 30;
  boxes[2].space_before = 5;
  Box brk;
  brk.page_break = true;
  boxes.insert(boxes.begin() + 2, brk);
  std::vector<PageBoxes> pages = Paginate(boxes, 100);
  ASSERT_EQ(pages.size(), 3u);  // 40 + 30 + 40 > 100, then the forced break
  EXPECT_FLOAT_EQ(pages[1].boxes[0].y, 0);
  EXPECT_EQ(pages[2].boxes[0].box, &boxes[3]);
}

TEST(PdfLayoutTest, DanishTextExtractsExactly) {
  std::string text = "Blåbærgrød på Ærø – “citat” • punkt … ÆØÅ æøå";
  std::string pdf = Render({Para(text)});
  EXPECT_NE(PdfText(pdf).find(text), std::string::npos) << PdfText(pdf);
  std::string report;
  EXPECT_TRUE(QpdfCheck(pdf, &report)) << report;
}

TEST(PdfLayoutTest, FontsAreEmbedded) {
  Paragraph p = Para("");
  p.spans = {Span{"normal "}, Span{"fed ", Face::kBold}, Span{"kursiv ", Face::kItalic},
             Span{"begge", Face::kBoldItalic}};
  std::string fonts = PdfFonts(Render({p}));
  int rows = 0;
  std::istringstream in(fonts);
  std::string row;
  while (std::getline(in, row)) {
    if (row.find("CID TrueType") == std::string::npos) continue;
    ++rows;
    EXPECT_TRUE(std::regex_search(row, std::regex(R"(Identity-H\s+yes\s+yes\s+yes)"))) << row;
  }
  EXPECT_EQ(rows, 4) << fonts;
  EXPECT_NE(fonts.find("OpenSans-Bold"), std::string::npos) << fonts;
}

TEST(PdfLayoutTest, AWordLongerThanTheLineIsBrokenNotHung) {
  std::string word;
  for (int i = 0; i < 3000; ++i) word += "æbc"[i % 3] == 'b' ? "b" : (i % 3 == 0 ? "æ" : "c");
  std::string pdf = Render({Para(word)});
  std::string text = PdfText(pdf);
  // Each line but the last ends with the hyphen it was broken with.
  std::string joined = std::regex_replace(text, std::regex("-\n|\n|\f"), "");
  EXPECT_NE(joined.find(word), std::string::npos);
  // pdftotext joins lines that end in a hyphen, so search finds the word: the boxes show the lines.
  EXPECT_GT(::klynge::testing::PdfWordBoxes(pdf, 1).words.size(), 20u);
}

TEST(PdfLayoutTest, ALongTableRepeatsItsHeaderOnTheNextPage) {
  Table table;
  table.header_rows = 1;
  auto cell = [](std::string text, Face face = Face::kRegular) {
    TableCell c;
    Paragraph p;
    p.spans.push_back(Span{std::move(text), face});
    c.blocks.push_back(p);
    return c;
  };
  table.rows.push_back(TableRow{{cell("Tidspunkt", Face::kBold), cell("Aktivitet i blokken", Face::kBold)}});
  for (int i = 0; i < 120; ++i)
    table.rows.push_back(TableRow{{cell(std::to_string(i)), cell("Række nummer " + std::to_string(i) + " – øvelse")}});
  std::string pdf = Render({table});
  ASSERT_GE(PdfPageCount(pdf), 3);
  std::string page2 = PdfText(pdf, 2, 2);
  EXPECT_NE(page2.find("Aktivitet i blokken"), std::string::npos) << page2;
  EXPECT_NE(page2.find("Side 2 af"), std::string::npos);
  EXPECT_NE(PdfText(pdf).find("Række nummer 119 – øvelse"), std::string::npos);
}

TEST(PdfLayoutTest, ARowTallerThanAPageIsSliced) {
  Table table;
  table.header_rows = 1;
  TableCell head;
  head.blocks.push_back(Para("Overskrift"));
  TableCell body;
  for (int i = 0; i < 150; ++i) body.blocks.push_back(Para("Linje " + std::to_string(i)));
  table.rows.push_back(TableRow{{head}});
  table.rows.push_back(TableRow{{body}});
  std::string pdf = Render({table});
  EXPECT_GE(PdfPageCount(pdf), 3);
  EXPECT_NE(PdfText(pdf, 3, 3).find("Overskrift"), std::string::npos);
  EXPECT_NE(PdfText(pdf).find("Linje 149"), std::string::npos);
}

TEST(PdfLayoutTest, PageSizesAndDeterministicBytes) {
  std::vector<Block> blocks = {Para("Implementeringsplan"), PageBreak{}, Para("Side to")};
  std::string a = Render(blocks, PageSetup::Iso(2, true));
  std::string b = Render(blocks, PageSetup::Iso(2, true));
  EXPECT_EQ(a, b);
  EXPECT_EQ(PdfPageSizes(a), (std::vector<std::string>{"1683.78 x 1190.55", "1683.78 x 1190.55"}));
  EXPECT_EQ(PdfPageSizes(Render(blocks, PageSetup::A4Landscape()))[0], "841.89 x 595.28");
}

TEST(PdfLayoutTest, LinksBecomeAnnotations) {
  Paragraph p = Para("Læs ");
  p.spans.push_back(Span{"retningslinjen", Face::kRegular, std::nullopt, "https://www.sst.dk/da/x"});
  std::string pdf = Render({p});
  EXPECT_EQ(::klynge::testing::PdfLinks(pdf), (std::vector<std::string>{"https://www.sst.dk/da/x"}));
  EXPECT_NE(PdfText(pdf).find("Læs retningslinjen"), std::string::npos);
}

TEST(PdfLayoutTest, ImagesEmbedAndCorruptOnesAreRefusedWithoutAborting) {
  std::string png = ::klynge::testing::MakeTestPng(300, 120);
  EXPECT_TRUE(CheckImageBytes(png).problem.empty()) << CheckImageBytes(png).problem;
  std::string corrupt = png;
  for (size_t i = 60; i < corrupt.size(); i += 5) corrupt[i] ^= 0x5a;
  EXPECT_FALSE(CheckImageBytes(corrupt).problem.empty());
  EXPECT_FALSE(CheckImageBytes(png.substr(0, png.size() / 2)).problem.empty());
  EXPECT_EQ(CheckImageBytes("GIF89a....").format, ImageFormat::kGif);
  EXPECT_FALSE(CheckImageBytes("GIF89a....").problem.empty());

  PdfDocument doc(TestFonts());
  EXPECT_EQ(doc.AddImage(corrupt), -1);
  int id = doc.AddImage(png);
  ASSERT_GE(id, 0);
  EXPECT_FLOAT_EQ(doc.SizeOf(id).width, 300);
  Image image;
  image.image = id;
  Typeset(doc, PageSetup::A4Portrait(), {image, Para("Efter billedet")}, nullptr);
  std::string bytes;
  ASSERT_TRUE(doc.Save(&bytes).ok()) << doc.status().message();
  std::string report;
  EXPECT_TRUE(QpdfCheck(bytes, &report)) << report;
  EXPECT_NE(bytes.find("/Subtype /Image"), std::string::npos);
}

TEST(PdfLayoutTest, AMissingFontIsAStatusNotACrash) {
  FontFiles missing;
  missing.regular = FontLoader(RealFileSystem()).Load("/nonexistent/Font.ttf");
  PdfDocument doc(missing);
  Typeset(doc, PageSetup::A4Portrait(), {Para("Hej")}, nullptr);
  std::string bytes;
  Status status = doc.Save(&bytes);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("loading the fonts"), std::string::npos) << status.message();
  EXPECT_TRUE(bytes.empty());
}

}  // namespace
}  // namespace klynge::pdf
