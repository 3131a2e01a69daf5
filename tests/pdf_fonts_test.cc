// Fonts in the PDFs: widths read once per build from the TrueType files
// (FontLoader, FontMetrics), and what each document embeds (DocumentFonts through
// PdfDocument), checked with the tools a user would use.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "base/failing_file_system.h"
#include "load/font_loader.h"
#include "model/print_theme.h"
#include "render/pdf/layout/pdf_document.h"
#include "support/pdf_tools.h"

namespace klynge::pdf {
namespace {

using ::klynge::testing::PdfFonts;
using ::klynge::testing::PdfText;
using ::klynge::testing::QpdfCheck;
using ::klynge::testing::RunShell;

const char* kRegular = "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf";
const char* kBold = "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

uint32_t U32(const std::string& bytes, size_t at) {
  uint32_t value = 0;
  for (size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// The offset and length of table `tag` in a TrueType file, or {0, 0}.
std::pair<uint32_t, uint32_t> FindTable(const std::string& font, const std::string& tag) {
  size_t count = U32(font, 4) >> 16;
  for (size_t i = 0; i < count; ++i)
    if (font.compare(12 + 16 * i, 4, tag) == 0) return {U32(font, 12 + 16 * i + 8), U32(font, 12 + 16 * i + 12)};
  return {0, 0};
}

// A fresh folder, removed after the test.
class TempDir {
 public:
  TempDir() {
    char pattern[] = "/tmp/klynge-fonts-XXXXXX";
    path_ = mkdtemp(pattern);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Copy(const std::string& from, const std::string& name) const {
    std::filesystem::copy_file(from, path_ + "/" + name, std::filesystem::copy_options::overwrite_existing);
    return path_ + "/" + name;
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

FontFiles OpenSans() { return ::klynge::testing::DefaultFonts(); }

std::shared_ptr<const FontMetrics> LoadFontMetrics(const std::string& path, std::string* problem) {
  PrintFont font = FontLoader(RealFileSystem()).Load(path);
  *problem = font.problem;
  return font.metrics;
}

// One page with `text` at (50, 100) in each of `faces`, one line apiece.
std::string Render(PdfDocument& doc, const std::string& text, std::vector<Face> faces = {Face::kRegular}) {
  std::vector<DrawOp> ops;
  float baseline = 100;
  for (Face face : faces) {
    ops.push_back(TextOp{50, baseline, face, 10, Color{}, text});
    baseline += 20;
  }
  doc.SetInfo(DocumentInfo{"Prøve – “" + text + "”", "KiAP", "", ""});
  doc.AddPage(595.28f, 841.89f, ops);
  std::string bytes;
  EXPECT_TRUE(doc.Save(&bytes).ok()) << doc.status().message();
  return bytes;
}

std::string Render(const std::string& text, std::vector<Face> faces = {Face::kRegular}) {
  PdfDocument doc(OpenSans());
  return Render(doc, text, faces);
}

// pdftotext's output and what it printed on stderr.
std::string PdfTextAndWarnings(const std::string& pdf, std::string* warnings) {
  TempDir dir;
  std::string path = dir.path() + "/doc.pdf";
  std::ofstream(path, std::ios::binary) << pdf;
  std::string text;
  RunShell("pdftotext -enc UTF-8 '" + path + "' - 2>'" + path + ".err'", &text);
  *warnings = ReadFile(path + ".err");
  return text;
}

// How wide pdftotext -bbox finds `word` on page 1, from the widths in the file.
double DrawnWidth(const std::string& pdf, const std::string& word) {
  TempDir dir;
  std::string path = dir.path() + "/doc.pdf";
  std::ofstream(path, std::ios::binary) << pdf;
  std::string html;
  RunShell("pdftotext -bbox -f 1 -l 1 '" + path + "' - 2>/dev/null", &html);
  std::smatch m;
  std::regex re("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">" + word + "</word>");
  if (!std::regex_search(html, m, re)) return -1;
  return std::stod(m[2]) - std::stod(m[1]);
}

TEST(FontMetricsTest, WidthsAreLibharusForOpenSans) {
  std::string problem;
  std::shared_ptr<const FontMetrics> regular = LoadFontMetrics(kRegular, &problem);
  std::shared_ptr<const FontMetrics> bold = LoadFontMetrics(kBold, &problem);
  ASSERT_TRUE(regular && bold) << problem;
  // advance × 1000 / 2048, rounded down, as libharu writes them in the files' W arrays.
  EXPECT_EQ(regular->Units(U' '), 259);
  EXPECT_EQ(regular->Units(U'a'), 556);
  EXPECT_EQ(regular->Units(U'æ'), 857);
  EXPECT_EQ(regular->Units(U'Ø'), 778);
  EXPECT_EQ(regular->Units(U'–'), 500);
  EXPECT_EQ(regular->Units(U'€'), 589);
  EXPECT_EQ(regular->Units(U'Ж'), 844);
  EXPECT_EQ(bold->Units(U'a'), 604);
  EXPECT_EQ(bold->Units(U'æ'), 916);
  // A character the font lacks is as wide as its .notdef glyph.
  EXPECT_EQ(regular->Units(U'\u4E00'), 600);
  EXPECT_EQ(regular->Units(U'\U0001F600'), regular->Units(U'?'));
}

TEST(FontMetricsTest, RejectsWhatIsNotTrueType) {
  std::string problem;
  EXPECT_EQ(FontMetrics::Parse("hello", &problem), nullptr);
  EXPECT_EQ(problem, "not a TrueType font file");
  EXPECT_EQ(FontMetrics::Parse(std::string("OTTO") + std::string(60, '\0'), &problem), nullptr);
  EXPECT_NE(problem.find("CFF outlines"), std::string::npos) << problem;
  EXPECT_EQ(FontMetrics::Parse(ReadFile(kRegular).substr(0, 2000), &problem), nullptr);
  EXPECT_NE(problem.find("TrueType font"), std::string::npos) << problem;
  EXPECT_EQ(LoadFontMetrics("/nonexistent/Font.ttf", &problem), nullptr);
  EXPECT_EQ(problem, "cannot read /nonexistent/Font.ttf: no such file or folder");
}

TEST(FontMetricsTest, TheEmbeddedCopyDropsOnlyTheGlyphNames) {
  std::string file = ReadFile(kRegular), problem;
  std::unique_ptr<const FontMetrics> metrics = FontMetrics::Parse(file, &problem);
  ASSERT_TRUE(metrics) << problem;
  const std::string& copy = metrics->embeddable();
  EXPECT_LT(copy.size() + 9000, file.size());
  auto [post, post_length] = FindTable(copy, "post");
  EXPECT_EQ(post_length, 32u);
  EXPECT_EQ(U32(copy, post), 0x00030000u);
  for (const char* tag : {"cmap", "glyf", "hmtx", "loca", "name", "fpgm"}) {
    auto [at, length] = FindTable(copy, tag);
    auto [was_at, was_length] = FindTable(file, tag);
    EXPECT_EQ(copy.substr(at, length), file.substr(was_at, was_length)) << tag;
  }
  // A whole font's words sum to 0xB1B0AFBA once head's adjustment is right.
  std::string padded = copy + std::string(3, '\0');
  uint32_t sum = 0;
  for (size_t at = 0; at < copy.size(); at += 4) sum += U32(padded, at);
  EXPECT_EQ(sum, 0xB1B0AFBAu);
  std::unique_ptr<const FontMetrics> again = FontMetrics::Parse(copy, &problem);
  ASSERT_TRUE(again) << problem;
  for (char32_t c = 0; c <= 0xFFFF; ++c) ASSERT_EQ(again->Units(c), metrics->Units(c)) << static_cast<int>(c);
}

TEST(FontLoaderTest, FacesNamingOneFileShareOneReadAndOneParse) {
  TempDir dir;
  PrintTheme theme;
  theme.font_regular.path = theme.font_italic.path = dir.Copy(kRegular, "Font.ttf");
  theme.font_bold.path = theme.font_bold_italic.path = dir.Copy(kBold, "Bold.ttf");
  theme.font_fallback.path = theme.font_regular.path;  // only the two files, so the count is theirs
  theme.hyphenation.path = "";
  FailingFileSystem counting(RealFileSystem(), 0, 0);
  FontLoader(counting).LoadFaces(&theme);
  EXPECT_EQ(counting.calls(), 2u) << "each file is read once";
  ASSERT_TRUE(theme.font_regular.metrics && theme.font_bold.metrics) << theme.font_regular.problem;
  EXPECT_EQ(theme.font_italic.metrics, theme.font_regular.metrics);
  EXPECT_EQ(theme.font_bold_italic.metrics, theme.font_bold.metrics);
  EXPECT_EQ(theme.font_bold.metrics->Units(U'a'), 604);
}

// No cache outlives a loader: the next build reads the file as it is then.
TEST(FontLoaderTest, TheNextLoadReadsAChangedFile) {
  TempDir dir;
  std::string path = dir.Copy(kRegular, "Font.ttf"), problem;
  std::shared_ptr<const FontMetrics> before = LoadFontMetrics(path, &problem);
  ASSERT_TRUE(before) << problem;
  dir.Copy(kBold, "Font.ttf");
  std::shared_ptr<const FontMetrics> after = LoadFontMetrics(path, &problem);
  ASSERT_TRUE(after) << problem;
  EXPECT_NE(after, before);
  EXPECT_EQ(after->Units(U'a'), 604);
  EXPECT_EQ(before->Units(U'a'), 556);  // a document measuring with it keeps it
}

TEST(FontLoaderTest, AFailedReadIsTheFacesProblem) {
  PrintTheme theme;
  FailingFileSystem failing(RealFileSystem(), 1, EIO);
  FontLoader(failing).LoadFaces(&theme);
  EXPECT_EQ(theme.font_regular.metrics, nullptr);
  EXPECT_EQ(theme.font_regular.problem,
            "cannot read " + theme.font_regular.path + ": input/output error (the disk may be failing)");
  EXPECT_TRUE(theme.font_bold.metrics) << theme.font_bold.problem;
}

TEST(PdfFontsTest, MeasuredWidthsAreTheDrawnWidths) {
  PdfDocument doc(OpenSans());
  float measured = doc.Width(Face::kRegular, 10, "Blåbærgrød");
  std::string pdf = Render(doc, "Blåbærgrød – ÆØÅ");
  EXPECT_NEAR(DrawnWidth(pdf, "Blåbærgrød"), measured, 0.01);
}

TEST(PdfFontsTest, TextExtractsWithoutWarnings) {
  std::string text = "Blåbærgrød på Ærø – “citat” • punkt … ÆØÅ æøå € ½";
  std::string pdf = Render(text, {Face::kRegular, Face::kBold, Face::kItalic});
  std::string warnings;
  std::string extracted = PdfTextAndWarnings(pdf, &warnings);
  EXPECT_TRUE(extracted.starts_with(text + "\n" + text + "\n" + text + "\n")) << extracted;
  EXPECT_EQ(warnings, "");  // the ToUnicode CMaps are read, not rejected
  std::string report;
  EXPECT_TRUE(QpdfCheck(pdf, &report)) << report;
}

TEST(PdfFontsTest, MoreCharactersThanOneCodeRowExtract) {
  // Codes run 01 01..01 FF, then 02 01..: past 255 characters the lead byte changes.
  std::u32string characters;
  for (char32_t c = 0x21; c <= 0x7E; ++c) characters += c;
  for (char32_t c = 0xC0; c <= 0x17F; ++c) characters += c;   // Latin-1 letters, Latin Extended-A
  for (char32_t c = 0x410; c <= 0x44F; ++c) characters += c;  // Cyrillic
  ASSERT_GT(characters.size(), 300u);
  std::vector<std::string> lines;
  std::vector<DrawOp> ops;
  for (size_t first = 0; first < characters.size(); first += 40) {
    std::string line;
    for (size_t i = first; i < std::min(characters.size(), first + 40); ++i) {
      char32_t c = characters[i];
      if (c < 0x80) {
        line += static_cast<char>(c);
      } else {
        line += static_cast<char>(0xC0 | (c >> 6));
        line += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
    ops.push_back(TextOp{40, 60 + 14.0f * lines.size(), Face::kRegular, 8, Color{}, line});
    lines.push_back(line);
  }
  PdfDocument doc(OpenSans());
  doc.AddPage(595.28f, 841.89f, ops);
  std::string pdf;
  ASSERT_TRUE(doc.Save(&pdf).ok()) << doc.status().message();
  std::string extracted = PdfText(pdf);
  for (const std::string& line : lines) EXPECT_NE(extracted.find(line), std::string::npos) << line;
}

TEST(PdfFontsTest, OnlyTheFacesPagesDrawWithAreEmbedded) {
  PdfDocument doc(OpenSans());
  doc.Width(Face::kBold, 10, "målt, men ikke tegnet");
  std::string fonts = PdfFonts(Render(doc, "Kun almindelig tekst"));
  EXPECT_NE(fonts.find("OpenSans "), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find("OpenSans-Bold"), std::string::npos) << fonts;
  EXPECT_TRUE(std::regex_search(fonts, std::regex(R"(CID TrueType\s+Identity-H\s+yes\s+yes\s+yes)"))) << fonts;
}

TEST(PdfFontsTest, AFontIsSizedToTheText) {
  // Fonts list only the characters used: the whole file was 40 kB when each
  // face carried a map and widths for all 65536 code points.
  EXPECT_LT(Render("Kort linje – æøå").size(), 16000u);
}

TEST(PdfFontsTest, DocumentsMadeOnManyThreadsAreTheSame) {
  std::string text = "Samme bytes på alle tråde – “æøå”";
  std::string expected = Render(text, {Face::kRegular, Face::kBold});
  std::vector<std::string> made(6);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < made.size(); ++i)
    threads.emplace_back([&, i] { made[i] = Render(text, {Face::kRegular, Face::kBold}); });
  for (std::thread& t : threads) t.join();
  for (const std::string& pdf : made) EXPECT_TRUE(pdf == expected);
}

TEST(PdfFontsTest, APageAfterSaveIsAnError) {
  PdfDocument doc(OpenSans());
  Render(doc, "Første side");
  doc.AddPage(595.28f, 841.89f, {TextOp{50, 100, Face::kRegular, 10, Color{}, "For sent"}});
  EXPECT_FALSE(doc.status().ok());
}

}  // namespace
}  // namespace klynge::pdf
