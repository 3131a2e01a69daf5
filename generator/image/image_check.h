#pragma once
// Whether image bytes can be published: the format their signature names,
// whether they decode to the end, and the limits below. One owner for libpng
// and libjpeg, so that what validation lets through is exactly what the PDF
// renderer can embed (libharu hands a corrupt PNG to libpng, which aborts).
// Decoding goes row by row: memory stays small whatever the file declares.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace klynge {

// The limits an image shown from Markdown must meet (docs/content-format.md).
inline constexpr int kMaxImageSide = 10'000;            // pixels, width and height
inline constexpr int64_t kMaxImagePixels = 40'000'000;  // width × height: what libharu can hold
inline constexpr size_t kMaxImageBytes = 10u << 20;     // 10 MiB per file

enum class ImageFormat { kUnknown, kPng, kJpeg, kGif, kWebp, kSvg, kBmp, kTiff, kPdf };

// By signature, not by file name.
ImageFormat SniffImageFormat(std::string_view bytes);
// "PNG", "JPEG", "GIF", …; "unknown" for kUnknown.
const char* ImageFormatName(ImageFormat format);
// What a file name promises: .png → kPng, .jpg and .jpeg → kJpeg (any case), else kUnknown.
ImageFormat ImageFormatOfName(std::string_view name);

struct ImageCheck {
  ImageFormat format = ImageFormat::kUnknown;
  int width = 0, height = 0;  // pixels, as the file declares them
  // Empty when the image can be published; else what is wrong, worded to
  // follow `image "assets/x.png" ` in a diagnostic.
  std::string problem;
};

// Decodes a PNG or JPEG fully and checks the limits; never aborts or throws
// on hostile bytes. Any other format is a problem.
ImageCheck CheckImageBytes(std::string_view bytes);

// CheckImageBytes, and first: the file is not empty, within kMaxImageBytes,
// and its signature is the format its name (`name`) says.
ImageCheck CheckImageFile(std::string_view name, std::string_view bytes);

}  // namespace klynge
