// The pieces of invitation.eml against RFC 2045-2047 and RFC 5322: decoded
// back here, so that what a mail program reads is what klynge meant.

#include "render/mail/mime.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/utf8.h"

namespace klynge {
namespace {

std::string DecodeBase64(const std::string& text) {
  static const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    size_t v = kAlphabet.find(c);
    if (v == std::string::npos) continue;  // CRLF and padding
    buffer = (buffer << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

std::string DecodeQuotedPrintable(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '=' && text.compare(i + 1, 2, "\r\n") == 0) {
      i += 2;  // a soft line break
    } else if (text[i] == '=') {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else if (text.compare(i, 2, "\r\n") == 0) {
      out += '\n';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<std::string> Lines(const std::string& crlf_text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < crlf_text.size()) {
    size_t end = crlf_text.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "every line ends in CRLF";
    if (end == std::string::npos) break;
    lines.push_back(crlf_text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

TEST(MimeTest, Base64IsWrittenInLinesOf76) {
  EXPECT_EQ(Base64Lines(""), "");
  EXPECT_EQ(Base64Lines("Man"), "TWFu\r\n");
  EXPECT_EQ(Base64Lines("Ma"), "TWE=\r\n");
  EXPECT_EQ(Base64Lines("M"), "TQ==\r\n");
  std::string bytes;
  for (int i = 0; i < 1000; ++i) bytes += static_cast<char>(i * 7 % 256);
  std::string encoded = Base64Lines(bytes);
  std::vector<std::string> lines = Lines(encoded);
  for (size_t i = 0; i < lines.size(); ++i)
    EXPECT_EQ(lines[i].size(), i + 1 < lines.size() ? 76u : 1336u % 76u) << i;
  EXPECT_EQ(DecodeBase64(encoded), bytes);
}

TEST(MimeTest, QuotedPrintableEscapesWhatIsNotPlainAsciiAndKeepsLinesShort) {
  EXPECT_EQ(QuotedPrintable("Kære kolleger\n"), "K=C3=A6re kolleger\r\n");
  EXPECT_EQ(QuotedPrintable("a = b"), "a =3D b\r\n");
  EXPECT_EQ(QuotedPrintable("slut \nog\ttab\t\n"), "slut=20\r\nog\ttab=09\r\n");
  EXPECT_EQ(QuotedPrintable("to\r\nlinjer\n"), "to\r\nlinjer\r\n");
  std::string text = std::string(70, 'a') + "æøåÆØÅ" + std::string(200, '=') + " x\n\nNy linje med – tankestreg\n";
  std::string encoded = QuotedPrintable(text);
  for (const std::string& line : Lines(encoded)) {
    EXPECT_LE(line.size(), 76u) << line;
    // A line ends in a whole escape, a soft break or a plain character, never in half an escape.
    size_t eq = line.rfind('=');
    if (eq != std::string::npos) EXPECT_TRUE(eq == line.size() - 1 || eq + 3 <= line.size()) << line;
    // (The text's blank line is an empty encoded line: nothing to end in a space.)
    if (!line.empty()) EXPECT_NE(line.back(), ' ') << "a space before a line end is escaped";
  }
  EXPECT_EQ(DecodeQuotedPrintable(encoded), text);
}

TEST(MimeTest, AHeaderIsEncodedWordsOnlyWhenItIsNotPlainAscii) {
  EXPECT_EQ(HeaderField("Subject", "Invitation to the meeting"), "Subject: Invitation to the meeting\r\n");
  std::string subject = "Invitation til klyngemøde: Dosisdispensering i almen praksis – og samarbejde med "
                        "kommunen 12. marts 2026 æøå ÆØÅ";
  std::string field = HeaderField("Subject", subject);
  ASSERT_EQ(field.rfind("Subject: =?UTF-8?B?", 0), 0u) << field;
  std::string decoded;
  for (const std::string& line : Lines(field)) {
    EXPECT_LE(line.size(), 78u) << line;
    size_t begin = line.find("=?UTF-8?B?");
    ASSERT_NE(begin, std::string::npos) << line;
    std::string word = line.substr(begin);
    EXPECT_LE(word.size(), 75u) << "RFC 2047, 2: an encoded-word is at most 75 characters";
    ASSERT_EQ(word.substr(word.size() - 2), "?=");
    std::string chunk = DecodeBase64(word.substr(10, word.size() - 12));
    EXPECT_EQ(FindInvalidUtf8(chunk), std::string::npos) << "a word never splits a character";
    decoded += chunk;
  }
  EXPECT_EQ(decoded, subject);
  // A long ASCII value folds at spaces.
  std::string long_value(30, 'a');
  long_value += " " + std::string(30, 'b') + " " + std::string(30, 'c');
  for (const std::string& line : Lines(HeaderField("X-Long", long_value))) EXPECT_LE(line.size(), 78u) << line;
}

TEST(MimeTest, TheDateIsTheBuildClockElseMidnightOfTheFallbackDay) {
  Date meeting{2026, 3, 12};
  EXPECT_EQ(MailDate({}, meeting), "Thu, 12 Mar 2026 00:00:00 +0000");
  EXPECT_EQ(MailDate(ParseSourceDateEpoch("1700000000"), meeting), "Tue, 14 Nov 2023 22:13:20 +0000");
  EXPECT_EQ(MailDate(ParseSourceDateEpoch("0"), meeting), "Thu, 1 Jan 1970 00:00:00 +0000");
}

TEST(MimeTest, AMultipartBodyDelimitsEachPartAndCloses) {
  std::string body = MultipartBody("=_b", {{"Content-Type: text/plain\r\n", "en\r\n"},
                                           {"Content-Type: text/html\r\n", "<p>to</p>\r\n"}});
  EXPECT_EQ(body,
            "--=_b\r\nContent-Type: text/plain\r\n\r\nen\r\n"
            "--=_b\r\nContent-Type: text/html\r\n\r\n<p>to</p>\r\n"
            "--=_b--\r\n");
}

}  // namespace
}  // namespace klynge
