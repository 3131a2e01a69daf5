// The Markdown limits (docs/content-format.md, "Limits"): each one just
// within passes, one past is a problem at its line and column, and the raw
// text checks are quick on the inputs that make cmark-gfm quadratic.

#include "markdown/markdown_limits.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "markdown/parsed_markdown.h"

namespace klynge {
namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

class MarkdownLimitsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  static std::vector<MarkdownLimitProblem> Tree(const std::string& md) {
    ParsedMarkdown doc(MarkdownText{md, "x.md", 1, 1});
    return CheckMarkdownTree(doc.root());
  }
};

TEST_F(MarkdownLimitsTest, SixteenLevelsOfQuotesAndListsPassSeventeenDoNot) {
  EXPECT_TRUE(Tree("Intro\n\n" + Repeat(">", 16) + " x\n").empty());
  std::vector<MarkdownLimitProblem> p = Tree("Intro\n\n" + Repeat(">", 17) + " x\n");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 3);
  EXPECT_EQ(p[0].column, 17);  // the 17th `>`
  EXPECT_NE(p[0].message.find("16"), std::string::npos) << p[0].message;

  // Lists nest by indentation, and mixed with quotes the levels add up.
  std::string lists;
  for (int i = 0; i < 17; ++i) lists += std::string(2 * i, ' ') + "- punkt\n";
  p = Tree(lists);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 17);
  EXPECT_TRUE(Tree(Repeat("> - ", 8) + "x\n").empty());
  EXPECT_EQ(Tree(Repeat("> - ", 8) + "> x\n").size(), 1u);
  // Siblings are not nesting: a thousand quotes one after another are fine.
  EXPECT_TRUE(Tree(Repeat("> citat\n\n", 1000)).empty());
}

TEST_F(MarkdownLimitsTest, ThirtyTwoLevelsOfEmphasisLinksAndImagesPass) {
  auto nested = [](int n) { return Repeat("*a **a ", n / 2) + "b" + Repeat(" a** a*", n / 2) + "\n"; };
  EXPECT_TRUE(Tree(nested(32)).empty());
  std::vector<MarkdownLimitProblem> p = Tree(nested(34));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 1);
  EXPECT_NE(p[0].message.find("32"), std::string::npos) << p[0].message;
  EXPECT_EQ(Tree(Repeat("![", 33) + "x" + Repeat("](a.png)", 33) + "\n").size(), 1u);
  EXPECT_EQ(Tree(Repeat("~~a ", 33) + "b" + Repeat(" a~~", 33) + "\n").size(), 1u);
  // Ordinary emphasis and links side by side are one level each.
  EXPECT_TRUE(Tree(Repeat("*kursiv* **fed** [link](https://www.sst.dk) ", 500) + "\n").empty());
}

TEST_F(MarkdownLimitsTest, TablesHaveAtMost64ColumnsAnd2000Rows) {
  auto table = [](int columns, int rows) {
    std::string t = Repeat("| a ", columns) + "|\n" + Repeat("|---", columns) + "|\n";
    for (int r = 0; r < rows; ++r) t += Repeat("| x ", columns) + "|\n";
    return "Tekst\n\n" + t;
  };
  EXPECT_TRUE(Tree(table(64, 3)).empty());
  std::vector<MarkdownLimitProblem> p = Tree(table(65, 3));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 3);
  EXPECT_TRUE(Tree(table(2, 1999)).empty());  // 1,999 rows and the header
  p = Tree(table(2, 2000));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 3 + 2 + 1999);  // the 2,001st row, after the delimiter line
}

TEST_F(MarkdownLimitsTest, TheRawTextIsCheckedForSizeWidthAndImageOpenings) {
  EXPECT_TRUE(CheckMarkdownSource("# Overskrift\n\nTekst med | og | i.\n").empty());

  std::string big = Repeat(Repeat("ø", 60) + "\n", 2300);  // 121 bytes a line, 278,300 in all
  std::vector<MarkdownLimitProblem> p = CheckMarkdownSource(big);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, kMaxMarkdownBytes / 121 + 1);
  EXPECT_NE(p[0].message.find("256 KB"), std::string::npos) << p[0].message;
  EXPECT_TRUE(CheckMarkdownSource(big.substr(0, kMaxMarkdownBytes)).empty());

  p = CheckMarkdownSource("Tekst\n" + Repeat("|x", 128) + "\n" + Repeat("|x", 129) + "\n" + Repeat("|x", 300));
  ASSERT_EQ(p.size(), 1u) << "one problem of a kind, not one per line";
  EXPECT_EQ(p[0].line, 3);
  EXPECT_EQ(p[0].column, 2 * 128 + 1);  // the 129th `|`

  EXPECT_TRUE(CheckMarkdownSource(Repeat("![a](b.png) ", 500)).empty());
  p = CheckMarkdownSource("Tekst\n\n" + Repeat("![a](b.png)\n", 300) + Repeat("![a](b.png)\n", 201));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].line, 3 + 500);
  // A blank line (also one inside a quote) starts a new paragraph.
  EXPECT_TRUE(CheckMarkdownSource(Repeat("> ![a](b.png)\n", 400) + ">\n" + Repeat("> ![a](b.png)\n", 400)).empty());
}

// Issue 12: a table row of n cells and a paragraph of n unclosed `![` are
// quadratic in Debian's cmark-gfm. The raw check refuses them in linear time,
// so they are never parsed.
TEST_F(MarkdownLimitsTest, QuadraticInputsAreRefusedBeforeParsing) {
  std::string row = "| a |\n|---|\n" + Repeat("|x", 100000) + "\n";
  std::string images = Repeat("![[]()", 40000);
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(CheckMarkdownSource(row).size(), 1u);
  EXPECT_EQ(CheckMarkdownSource(images).size(), 1u);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 0.5);
}

}  // namespace
}  // namespace klynge
