#pragma once
// Which image bytes libharu can embed safely. libharu hands PNG errors to
// libpng, which aborts the process on a corrupt file, so every PNG is decoded
// once with libpng's own checks before libharu sees it.

#include <string>
#include <string_view>

namespace klynge::pdf {

enum class ImageKind { kUnknown, kPng, kJpeg };

// By signature, not by file name.
ImageKind DetectImageKind(std::string_view bytes);

struct ImageCheck {
  ImageKind kind = ImageKind::kUnknown;
  int width = 0, height = 0;  // pixels
  std::string problem;        // empty when the image can be embedded
};

// Decodes a PNG fully (and reads a JPEG's frame header) without aborting.
ImageCheck CheckImage(std::string_view bytes);

}  // namespace klynge::pdf
