#include "markdown/parsed_markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

namespace klynge {
namespace {

class ParsedMarkdownTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }
};

TEST_F(ParsedMarkdownTest, LinkPositionMapsToTheFileLine) {
  MarkdownText md{"Første afsnit.\n\nSe [retningslinjen](assets/x.pdf).\n", "content/p/package.md", 8, 1};
  ParsedMarkdown doc(md);
  cmark_node* link = nullptr;
  ForEachNode(doc.root(), [&](cmark_node* n) {
    if (cmark_node_get_type(n) == CMARK_NODE_LINK) link = n;
  });
  ASSERT_NE(link, nullptr);
  EXPECT_STREQ(cmark_node_get_url(link), "assets/x.pdf");
  SourceLocation at = doc.Where(link);
  EXPECT_EQ(at.path, "content/p/package.md");
  EXPECT_EQ(at.line, 10);
}

TEST_F(ParsedMarkdownTest, TablesParseWithTheExtension) {
  MarkdownText md{"| a | b |\n|---|---|\n| 1 | 2 |\n", "x.md", 1, 1};
  ParsedMarkdown doc(md);
  bool table = false;
  ForEachNode(doc.root(), [&](cmark_node* n) {
    if (std::string(cmark_node_get_type_string(n)) == "table") table = true;
  });
  EXPECT_TRUE(table);
}

TEST_F(ParsedMarkdownTest, PlainTextJoinsInlines) {
  MarkdownText md{"Blok 1: *Simple* kroniske `smerter`\n", "x.md", 1, 1};
  ParsedMarkdown doc(md);
  EXPECT_EQ(PlainText(doc.root()), "Blok 1: Simple kroniske smerter");
}

}  // namespace
}  // namespace klynge
