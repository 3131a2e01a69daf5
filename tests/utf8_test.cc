#include "base/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace klynge {
namespace {

constexpr size_t kValid = std::string_view::npos;

TEST(Utf8Test, FindsTheFirstInvalidSequence) {
  EXPECT_EQ(FindInvalidUtf8(""), kValid);
  EXPECT_EQ(FindInvalidUtf8("Smertebehandling æøå € 😀"), kValid);
  EXPECT_EQ(FindInvalidUtf8("\xF4\x8F\xBF\xBF"), kValid);  // U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("ab\x80"), 2u);                 // a stray continuation byte
  EXPECT_EQ(FindInvalidUtf8("a\xC0\x80"), 1u);              // overlong NUL
  EXPECT_EQ(FindInvalidUtf8("a\xE0\x80\xAF"), 1u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("æ\xED\xA0\x80"), 2u);          // a surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);       // past U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("ok\xE2\x82"), 2u);             // cut short at the end
  EXPECT_EQ(FindInvalidUtf8("\xE2\x82z"), 0u);              // cut short by ASCII
  EXPECT_EQ(FindInvalidUtf8("\xFF"), 0u);
}

TEST(Utf8Test, DecodesAndReplacesEachInvalidByte) {
  std::string text = "aæ€😀\xFF\xE2\x82z";
  std::u32string decoded;
  for (size_t pos = 0; pos < text.size();) decoded += DecodeUtf8(text, &pos);
  EXPECT_EQ(decoded, U"aæ€😀\uFFFD\uFFFD\uFFFDz");
}

TEST(Utf8Test, EncodesWhatItDecodes) {
  std::string out;
  for (char32_t c : std::u32string(U"aæ€😀\U0010FFFF")) AppendUtf8(c, &out);
  EXPECT_EQ(out, "aæ€😀\xF4\x8F\xBF\xBF");
  out.clear();
  AppendUtf8(0xD800, &out);
  AppendUtf8(0x110000, &out);
  EXPECT_EQ(out, "\uFFFD\uFFFD");
}

TEST(Utf8Test, CountsStepsAndCutsByCharacter) {
  std::string_view text = "æbø€c";  // bytes: 2 1 2 3 1
  EXPECT_EQ(Utf8Length(text), 5u);
  EXPECT_EQ(Utf8Offset(text, 0), 0u);
  EXPECT_EQ(Utf8Offset(text, 1), 2u);
  EXPECT_EQ(Utf8Offset(text, 3), 5u);
  EXPECT_EQ(Utf8Offset(text, 5), text.size());
  EXPECT_EQ(Utf8Offset(text, 99), text.size());
  EXPECT_EQ(Utf8Floor(text, 1), 0u);
  EXPECT_EQ(Utf8Floor(text, 2), 2u);
  EXPECT_EQ(Utf8Floor(text, 7), 5u);
  EXPECT_EQ(Utf8Floor(text, 99), 99u);
}

}  // namespace
}  // namespace klynge
