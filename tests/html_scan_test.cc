#include "support/html_scan.h"

#include <gtest/gtest.h>

namespace klynge::testing {
namespace {

TEST(HtmlScanTest, ReadsAttributesInEveryQuotingStyle) {
  auto tags = ScanHtmlTags("<a href=\"x/\" class='c d' data-x=plain hidden>t</a>");
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0].name, "a");
  ASSERT_NE(tags[0].Get("href"), nullptr);
  EXPECT_EQ(*tags[0].Get("href"), "x/");
  EXPECT_EQ(*tags[0].Get("class"), "c d");
  EXPECT_EQ(*tags[0].Get("data-x"), "plain");
  ASSERT_NE(tags[0].Get("hidden"), nullptr);
  EXPECT_EQ(*tags[0].Get("hidden"), "");
  EXPECT_EQ(tags[0].Get("id"), nullptr);
}

TEST(HtmlScanTest, LowerCasesNamesAndDecodesValues) {
  auto tags = ScanHtmlTags("<IMG SRC=\"a.png?x=1&amp;y=2\" ALT=\"&#230;&#xF8;&aring;\">");
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0].name, "img");
  EXPECT_EQ(*tags[0].Get("src"), "a.png?x=1&y=2");
  // &aring; is not one of the few named references decoded: it stays as written.
  EXPECT_EQ(*tags[0].Get("alt"), "æø&aring;");
}

TEST(HtmlScanTest, SkipsCommentsEndTagsAndDoctype) {
  auto tags = ScanHtmlTags("<!doctype html>\n<!-- <a href=\"no\"> -->\n<p>1 < 2</p>\n<br/>");
  ASSERT_EQ(tags.size(), 2u);
  EXPECT_EQ(tags[0].name, "p");
  EXPECT_EQ(tags[0].line, 3);
  EXPECT_EQ(tags[1].name, "br");
  EXPECT_EQ(tags[1].line, 4);
}

TEST(HtmlScanTest, RawTextElementsKeepTheirTextAndHideTheirTags) {
  auto tags = ScanHtmlTags(
      "<title>Smerte &amp; opioider</title><script>if (a<b) x = '<a href=\"no\">';</script>"
      "<a id=\"efter\">");
  ASSERT_EQ(tags.size(), 3u);
  EXPECT_EQ(tags[0].text, "Smerte & opioider");
  EXPECT_EQ(tags[1].name, "script");
  EXPECT_NE(tags[1].text.find("<a href"), std::string::npos);
  EXPECT_EQ(tags[2].name, "a");
  EXPECT_EQ(*tags[2].Get("id"), "efter");
}

TEST(HtmlScanTest, PercentDecodeGivesUtf8Bytes) {
  EXPECT_EQ(PercentDecode("bl%C3%A6k%20x"), "blæk x");
  EXPECT_EQ(PercentDecode("100%"), "100%");
  EXPECT_EQ(PercentDecode("%zz"), "%zz");
}

}  // namespace
}  // namespace klynge::testing
