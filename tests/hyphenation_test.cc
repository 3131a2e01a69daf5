// Hyphenation, soft hyphens and the fallback face of the PDFs: unit tests of
// the patterns and the line breaker, then PDFs read back with pdftotext
// -bbox-layout and pikepdf, and the build's warning for a character no font has.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "load/font_loader.h"
#include "model/print_theme.h"
#include "render/pdf/layout/line_breaker.h"
#include "render/pdf/layout/typeset.h"
#include "support/fixed_measure.h"
#include "support/pdf_tools.h"
#include "support/temp_site.h"

namespace klynge::pdf {
namespace {

using ::klynge::testing::PdfText;
using ::klynge::testing::PdfWordBoxes;
using ::klynge::testing::RunShell;

const char* const kCompound = "Kvalitetsudviklingskonsulenten";
// hyphen-da's points in it: kva-li-tets-udvik-lings-kon-su-len-ten.
const std::vector<size_t> kCompoundPoints = {3, 5, 9, 14, 19, 22, 24, 27};

const PrintTheme& DefaultPrint() {
  static const PrintTheme* theme = [] {
    auto* t = new PrintTheme;
    FontLoader(RealFileSystem()).LoadFaces(t);
    return t;
  }();
  return *theme;
}

using testing::FixedMeasure;
using testing::LineTexts;

TEST(HyphenationTest, TheDanishPatternsLoadAndGiveTheirPoints) {
  const Hyphenation* patterns = DefaultPrint().hyphenation.patterns.get();
  ASSERT_NE(patterns, nullptr) << DefaultPrint().hyphenation.problem;
  EXPECT_EQ(patterns->Points(kCompound), kCompoundPoints);
  // Punctuation around the word is left out; æøå are letters (the dictionary is ISO 8859-1).
  EXPECT_EQ(patterns->Points("(praksisbesøg),"), (std::vector<size_t>{5, 8, 10}));  // (prak-sis-be-søg),
  EXPECT_TRUE(patterns->Points("COVID19").empty());
  EXPECT_TRUE(patterns->Points("og").empty());
}

TEST(HyphenationTest, ATurnedOffThemeLoadsNoPatterns) {
  PrintTheme theme;
  theme.hyphenation.path.clear();
  FontLoader(RealFileSystem()).LoadFaces(&theme);
  EXPECT_EQ(theme.hyphenation.patterns, nullptr);
  PrintTheme missing;
  missing.hyphenation.path = "/nonexistent/hyph_xx.dic";
  FontLoader(RealFileSystem()).LoadFaces(&missing);
  EXPECT_EQ(missing.hyphenation.patterns, nullptr);
  EXPECT_NE(missing.hyphenation.problem.find("/nonexistent/hyph_xx.dic"), std::string::npos);
}

TEST(LineBreakerHyphenationTest, ALongCompoundBreaksAtDanishPointsWithHyphens) {
  FixedMeasure m(DefaultPrint().hyphenation.patterns.get());
  // 60 pt: twelve characters a line.
  EXPECT_EQ(LineTexts(BreakLines({Span{kCompound}}, 10, 60, m)),
            (std::vector<std::string>{"Kvalitets-", "udviklings-", "konsulenten"}));
}

TEST(LineBreakerHyphenationTest, AWordIsHyphenatedToFillTheLineOnlyAtAHyphenationPoint) {
  FixedMeasure hyphenating(DefaultPrint().hyphenation.patterns.get());
  EXPECT_EQ(LineTexts(BreakLines({Span{"Se klyngemøde"}}, 10, 50, hyphenating)),
            (std::vector<std::string>{"Se klynge-", "møde"}));
  // Without patterns a word that fits the next line goes there whole: no cut.
  FixedMeasure plain;
  EXPECT_EQ(LineTexts(BreakLines({Span{"Se klyngemøde"}}, 10, 50, plain)),
            (std::vector<std::string>{"Se", "klyngemøde"}));
}

TEST(LineBreakerHyphenationTest, ASoftHyphenIsInvisibleUnlessTheLineBreaksThere) {
  FixedMeasure m;
  EXPECT_EQ(LineTexts(BreakLines({Span{"Kvalitets\u00ADudvikling"}}, 10, 200, m)),
            (std::vector<std::string>{"Kvalitetsudvikling"}));
  EXPECT_EQ(LineTexts(BreakLines({Span{"Kvalitets\u00ADudvikling"}}, 10, 60, m)),
            (std::vector<std::string>{"Kvalitets-", "udvikling"}));
  // The author's soft hyphens say where the word breaks, not the patterns.
  FixedMeasure hyphenating(DefaultPrint().hyphenation.patterns.get());
  EXPECT_EQ(LineTexts(BreakLines({Span{"Kvalitetsud\u00ADviklingen"}}, 10, 60, hyphenating)),
            (std::vector<std::string>{"Kvalitetsud-", "viklingen"}));
  // Its width is nothing: the measured extent has none.
  EXPECT_FLOAT_EQ(MeasureSpans({Span{"ab\u00ADcd"}}, 10, m).max, 20);
}

TEST(LineBreakerHyphenationTest, OnlyAPieceWiderThanTheLineIsCutBetweenOtherLetters) {
  FixedMeasure m(DefaultPrint().hyphenation.patterns.get());
  // "kva-li-tets": no piece between points fits 20 pt with its hyphen but "kva-".
  EXPECT_EQ(LineTexts(BreakLines({Span{"Kvalitets"}}, 10, 20, m)),
            (std::vector<std::string>{"Kva-", "li-", "tets"}));
  // 15 pt: "Kva" with a hyphen is too wide, so the cut is elsewhere, also with a hyphen.
  EXPECT_EQ(LineTexts(BreakLines({Span{"Kvalitets"}}, 10, 15, m)),
            (std::vector<std::string>{"Kv-", "a-", "li-", "te-", "ts"}));
}

// PDFs read back from outside.

std::string Render(const std::vector<Block>& blocks) {
  PdfDocument doc(::klynge::testing::DefaultFonts());
  doc.SetInfo(DocumentInfo{"Orddeling", "KiAP", "Test", "", "da"});
  Typeset(doc, PageSetup::A4Portrait(), blocks, [](int, int, TextMeasure&) { return std::vector<DrawOp>{}; });
  std::string bytes;
  Status status = doc.Save(&bytes);
  EXPECT_TRUE(status.ok()) << status.message();
  return bytes;
}

Paragraph Para(std::string text) {
  Paragraph p;
  p.spans.push_back(Span{std::move(text)});
  p.size = 10;
  return p;
}

Table NarrowCellTable(const std::string& text) {
  Table table;
  table.widths = {1, 6};  // the first column about 69 pt wide
  auto cell = [](std::string t) {
    TableCell c;
    c.blocks.push_back(Para(std::move(t)));
    return c;
  };
  table.rows.push_back(TableRow{{cell(text), cell("Opgaven")}});
  return table;
}

TEST(PdfHyphenationTest, ACompoundInANarrowCellBreaksAtADanishPointWithAHyphen) {
  std::string pdf = Render({NarrowCellTable(kCompound)});
  ::klynge::testing::PdfPageWords page = PdfWordBoxes(pdf, 1);
  size_t k = 0;
  while (k < page.words.size() && page.words[k].text.rfind("Kva", 0) != 0) ++k;
  ASSERT_LT(k, page.words.size());
  std::string joined;
  std::vector<size_t> cuts;
  double last_y = -1;
  for (; k < page.words.size(); ++k) {
    const std::string& w = page.words[k].text;
    EXPECT_GT(page.words[k].y_min, last_y) << w << " is not on a line of its own";
    last_y = page.words[k].y_min;
    if (w.empty() || w.back() != '-') {
      joined += w;
      break;
    }
    joined += w.substr(0, w.size() - 1);
    cuts.push_back(joined.size());
  }
  EXPECT_EQ(joined, kCompound);
  ASSERT_GE(cuts.size(), 1u);
  for (size_t cut : cuts)
    EXPECT_NE(std::find(kCompoundPoints.begin(), kCompoundPoints.end(), cut), kCompoundPoints.end())
        << "cut after " << std::string(kCompound).substr(0, cut) << " is not a Danish hyphenation point";
  // pdftotext gives the lines with their hyphens: joined at "-\n", the word is found.
  std::string text = std::regex_replace(PdfText(pdf), std::regex("-\n"), "");
  EXPECT_NE(text.find(kCompound), std::string::npos) << PdfText(pdf);
}

TEST(PdfHyphenationTest, ASoftHyphenPrintsOnlyWhereTheLineBreaks) {
  std::string wide = PdfText(Render({Para("Mød en kvalitets\u00ADudviklings\u00ADkonsulent i dag")}));
  EXPECT_NE(wide.find("Mød en kvalitetsudviklingskonsulent i dag"), std::string::npos) << wide;
  EXPECT_EQ(wide.find("\u00AD"), std::string::npos);
  // Where a line breaks at one, LineBreakerHyphenationTest.ASoftHyphenIsInvisibleUnlessTheLineBreaksThere.
}

// The base font names of the fonts page 1 draws with, and how many
// characters each draws (two-byte codes in its Tj strings), by pikepdf.
std::string FontUse(const std::string& pdf) {
  std::string path = (std::filesystem::temp_directory_path() / "klynge-fallback-test.pdf").string();
  std::ofstream(path, std::ios::binary) << pdf;
  std::string out;
  RunShell("/usr/bin/python3 -c '\n"
           "import pikepdf, sys\n"
           "p = pikepdf.open(sys.argv[1]); page = p.pages[0]; fonts = page.Resources.Font; use = {}; cur = None\n"
           "for operands, op in pikepdf.parse_content_stream(page):\n"
           "    if str(op) == \"Tf\": cur = str(fonts[str(operands[0])].BaseFont).split(\"+\")[-1]\n"
           "    if str(op) == \"Tj\": use[cur] = use.get(cur, 0) + len(bytes(operands[0])) // 2\n"
           "print(\" \".join(f\"{k}={v}\" for k, v in sorted(use.items())))\n"
           "' " + path + " 2>&1",
           &out);
  std::filesystem::remove(path);
  return out;
}

TEST(PdfFallbackTest, CharactersOpenSansLacksAreDrawnWithDejaVuAndExtract) {
  std::string pdf = Render({Para("Fra A → B, når x ≥ 5")});
  std::string text = PdfText(pdf);
  EXPECT_NE(text.find("Fra A → B, når x ≥ 5"), std::string::npos) << text;
  // DejaVu draws the arrow, Open Sans the rest (it has ≥).
  EXPECT_EQ(FontUse(pdf), "DejaVuSans,Book=1 OpenSans=19\n");
  std::string report;
  EXPECT_TRUE(::klynge::testing::QpdfCheck(pdf, &report)) << report;
  // A document without such characters does not embed the fallback.
  EXPECT_EQ(FontUse(Render({Para("Fra A til B")})), "OpenSans=11\n");
}

TEST(GlyphWarningTest, ACharacterNoFontHasIsAWarningAtItsFileLineAndColumn) {
  ::klynge::testing::TempSite site;
  site.Write("site.yaml", ::klynge::testing::kSiteYaml);
  std::string md = ::klynge::testing::kPackageMd;  // seven lines; the body is line 7
  md += "Se \uE000 og \uE000 her, og → går fint.\n";  // line 8: a private-use character, twice
  site.Write("packages/smertebehandling/package.md", md);
  std::string err;
  EXPECT_EQ(site.Run("build", &err), 0) << err;
  std::smatch m;
  EXPECT_TRUE(std::regex_search(err, m, std::regex(R"(package\.md:8:4: warning: the character U\+E000 has no glyph)")))
      << err;
  // Once per file and character; the arrow has DejaVu's glyph.
  auto warnings = [&](const std::string& what) {
    std::regex re("warning: the character " + what);
    return std::distance(std::sregex_iterator(err.begin(), err.end(), re), std::sregex_iterator());
  };
  EXPECT_EQ(warnings("U\\+E000"), 1) << err;
  EXPECT_EQ(warnings("U\\+2192"), 0) << err;
}

}  // namespace
}  // namespace klynge::pdf
