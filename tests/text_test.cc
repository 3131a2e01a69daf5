#include "base/text.h"

#include <gtest/gtest.h>

#include "validate/link_checker.h"

namespace klynge {
namespace {

TEST(ParseHexTest, ReadsAllTheDigits) {
  uint64_t v = 0;
  EXPECT_TRUE(ParseHex("1b3a6b", &v));
  EXPECT_EQ(v, 0x1b3a6bu);
  EXPECT_TRUE(ParseHex("2F", &v));
  EXPECT_EQ(v, 0x2fu);
  EXPECT_TRUE(ParseHex("ffffffffffffffff", &v));
  EXPECT_EQ(v, UINT64_MAX);
}

TEST(ParseHexTest, RefusesAnythingButHexDigitsAndLeavesTheValue) {
  for (const char* bad : {"", "0x1f", "-1", "+1", " 1", "1 ", "1g", "g1", "10000000000000000"}) {
    uint64_t v = 7;
    EXPECT_FALSE(ParseHex(bad, &v)) << '"' << bad << '"';
    EXPECT_EQ(v, 7u) << '"' << bad << '"';
  }
}

TEST(ParseHexTest, PercentEscapesInLinksDecodeOnlyWithTwoHexDigits) {
  EXPECT_EQ(ResolveLink("assets/a%41%2fb.png", "packages/p").path, "packages/p/assets/aA/b.png");
  EXPECT_EQ(ResolveLink("assets/a%-1b.png", "packages/p").path, "packages/p/assets/a%-1b.png");
  EXPECT_EQ(ResolveLink("assets/a%4g.png", "packages/p").path, "packages/p/assets/a%4g.png");
  EXPECT_EQ(ResolveLink("assets/a.png%4", "packages/p").path, "packages/p/assets/a.png%4");
}

}  // namespace
}  // namespace klynge
