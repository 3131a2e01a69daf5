#include "image/image_check.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <vector>
// jpeglib.h needs FILE and size_t declared first.
#include <jpeglib.h>

#include "support/pdf_tools.h"
#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge {
namespace {

using testing::MakeTestJpeg;
using testing::MakeTestJpegOfManyScans;
using testing::MakeTestPng;

// `png` with IHDR's width and height replaced (its CRC is left stale: the
// declared size is judged before anything else is read).
std::string WithPngSize(std::string png, uint32_t width, uint32_t height) {
  for (int i = 0; i < 4; ++i) {
    png[16 + i] = static_cast<char>(width >> (24 - 8 * i));
    png[20 + i] = static_cast<char>(height >> (24 - 8 * i));
  }
  return png;
}

// SOI, a baseline frame header of 65500 × 65500 with three components, EOI:
// 23 bytes that once went into klyngepakke.pdf as it was.
const std::string kTinyHugeJpeg(
    "\xFF\xD8"
    "\xFF\xC0\x00\x11\x08\xFF\xDC\xFF\xDC\x03\x01\x11\x00\x02\x11\x01\x03\x11\x01"
    "\xFF\xD9",
    23);

std::string Problem(std::string_view name, const std::string& bytes) {
  return CheckImageFile(name, bytes).problem;
}

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST(ImageCheckTest, GoodPngAndJpegPass) {
  ImageCheck png = CheckImageFile("assets/a.png", MakeTestPng(300, 120));
  EXPECT_EQ(png.problem, "");
  EXPECT_EQ(png.format, ImageFormat::kPng);
  EXPECT_EQ(png.width, 300);
  EXPECT_EQ(png.height, 120);
  ImageCheck jpeg = CheckImageFile("assets/b.jpg", MakeTestJpeg(640, 480));
  EXPECT_EQ(jpeg.problem, "");
  EXPECT_EQ(jpeg.width, 640);
  EXPECT_EQ(jpeg.height, 480);
  EXPECT_EQ(Problem("assets/c.JPEG", MakeTestJpeg(33, 17, /*progressive=*/true)), "");
  EXPECT_EQ(Problem("assets/d.PNG", MakeTestPng(1, 1)), "");
}

TEST(ImageCheckTest, TheSampleImagePasses) {
  std::string bytes = testing::ReadFile(testing::SourceDir() + "/content/packages/smertebehandling/assets/moedets-forloeb.png");
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(Problem("assets/moedets-forloeb.png", bytes), "");
}

TEST(ImageCheckTest, TruncatedPngIsDamaged) {
  std::string png = MakeTestPng(300, 120);
  std::string problem = Problem("assets/a.png", png.substr(0, png.size() / 2));
  EXPECT_TRUE(Has(problem, "is a damaged PNG file (the file ends early")) << problem;
  // Cut just before IEND: every row is there, the end is not.
  EXPECT_TRUE(Has(Problem("assets/a.png", png.substr(0, png.size() - 6)), "damaged PNG"));
}

TEST(ImageCheckTest, CorruptPngDataIsDamaged) {
  std::string png = MakeTestPng(300, 120);
  for (size_t i = 60; i < png.size(); i += 5) png[i] ^= 0x5a;
  EXPECT_TRUE(Has(Problem("assets/a.png", png), "is a damaged PNG file")) << Problem("assets/a.png", png);
}

TEST(ImageCheckTest, DeclaredSizeBeyondTheLimitsIsRefusedBeforeDecoding) {
  std::string png = MakeTestPng(4, 4);
  EXPECT_EQ(Problem("assets/a.png", WithPngSize(png, 100000, 100000)),
            "is 100,000 × 100,000 pixels; an image may be at most 10,000 pixels wide and high: "
            "scale it down");
  EXPECT_TRUE(Has(Problem("assets/a.png", WithPngSize(png, 10001, 10)), "10,001 × 10 pixels"));
  EXPECT_EQ(Problem("assets/a.png", WithPngSize(png, 8000, 6000)),
            "is 8,000 × 6,000 pixels, 48,000,000 in all; an image may have at most 40,000,000 "
            "pixels: scale it down");
  EXPECT_EQ(Problem("assets/a.jpg", kTinyHugeJpeg),
            "is 65,500 × 65,500 pixels; an image may be at most 10,000 pixels wide and high: "
            "scale it down");
}

TEST(ImageCheckTest, EmptyAndOversizedFiles) {
  EXPECT_EQ(Problem("assets/a.png", ""), "is an empty file (0 bytes)");
  std::string big = MakeTestPng(2, 2);
  big.resize(kMaxImageBytes + 1, '\0');
  EXPECT_EQ(Problem("assets/a.png", big),
            "is 10,485,761 bytes; an image file may be at most 10 MiB (10,485,760 bytes): save it "
            "smaller");
}

TEST(ImageCheckTest, FormatMustMatchTheName) {
  std::string gif = "GIF89a\x01\x00\x01\x00\x80\x00\x00";
  EXPECT_EQ(Problem("assets/a.png", gif),
            "is in GIF format, though its name ends in .png; the site and the PDFs show only PNG "
            "and JPEG images: save it as PNG");
  EXPECT_EQ(Problem("assets/a.png", MakeTestJpeg(8, 8)),
            "is in JPEG format, though its name ends in .png: rename it to end in .jpg");
  EXPECT_EQ(Problem("assets/a.jpeg", MakeTestPng(8, 8)),
            "is in PNG format, though its name ends in .jpeg: rename it to end in .png");
  EXPECT_EQ(Problem("assets/a.jpg", "hello"),
            "is not a JPEG file, though its name ends in .jpg: it is damaged or not an image");
}

TEST(ImageCheckTest, OtherFormatsAreNotShown) {
  EXPECT_TRUE(Has(Problem("assets/a.gif", "GIF89a\x01\x00\x01\x00"), "is in GIF format; the site and the PDFs show only PNG and JPEG"));
  EXPECT_TRUE(Has(Problem("assets/a.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
                  "is in SVG format"));
  EXPECT_TRUE(Has(Problem("assets/a.webp", std::string("RIFF\x10\x00\x00\x00WEBPVP8 ", 16)), "is in WebP format"));
  EXPECT_TRUE(Has(Problem("assets/skema.pdf", "%PDF-1.4"), "is in PDF format"));
  EXPECT_TRUE(Has(Problem("assets/figur", MakeTestPng(2, 2)), "is not named as an image"));
}

TEST(ImageCheckTest, TruncatedJpegIsDamaged) {
  std::string jpeg = MakeTestJpeg(640, 480);
  std::string problem = Problem("assets/a.jpg", jpeg.substr(0, jpeg.size() / 2));
  EXPECT_EQ(problem, "is a damaged JPEG file (Premature end of JPEG file): save it again from an image editor");
  std::string progressive = MakeTestJpeg(640, 480, /*progressive=*/true);
  EXPECT_TRUE(Has(Problem("assets/a.jpg", progressive.substr(0, progressive.size() - 200)), "damaged JPEG"));
  EXPECT_TRUE(Has(Problem("assets/a.jpg", jpeg.substr(0, 200)), "damaged JPEG"));
  EXPECT_TRUE(Has(Problem("assets/a.jpg", "\xFF\xD8\xFF"), "damaged JPEG"));
}

TEST(ImageCheckTest, AJpegOfMoreThanAHundredScansIsRefused) {
  std::string problem = Problem("assets/a.jpg", MakeTestJpegOfManyScans(64, 64));
  EXPECT_EQ(problem, "is a progressive JPEG of more than 100 scans: save it again as an ordinary (baseline) JPEG");
}

TEST(ImageCheckTest, SniffsBySignature) {
  EXPECT_EQ(SniffImageFormat(MakeTestPng(1, 1)), ImageFormat::kPng);
  EXPECT_EQ(SniffImageFormat(MakeTestJpeg(1, 1)), ImageFormat::kJpeg);
  EXPECT_EQ(SniffImageFormat("GIF87a"), ImageFormat::kGif);
  EXPECT_EQ(SniffImageFormat(""), ImageFormat::kUnknown);
  EXPECT_EQ(ImageFormatOfName("a/b.Jpg"), ImageFormat::kJpeg);
  EXPECT_EQ(ImageFormatOfName("a.png/b"), ImageFormat::kUnknown);
}

}  // namespace
}  // namespace klynge
