#include "render/pdf/layout/image_check.h"

#include <png.h>

#include <cstdint>
#include <vector>

namespace klynge::pdf {

namespace {

// Beyond this libharu would need hundreds of megabytes; nobody prints it.
constexpr int64_t kMaxPixels = 40'000'000;

ImageCheck CheckPng(std::string_view bytes) {
  ImageCheck check;
  check.kind = ImageKind::kPng;
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  // The simplified API reports errors in image.message instead of aborting.
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) {
    check.problem = std::string("not a readable PNG: ") + image.message;
    return check;
  }
  check.width = static_cast<int>(image.width);
  check.height = static_cast<int>(image.height);
  if (static_cast<int64_t>(image.width) * image.height > kMaxPixels) {
    png_image_free(&image);
    check.problem = "PNG is too large to print (" + std::to_string(image.width) + " × " +
                    std::to_string(image.height) + " pixels)";
    return check;
  }
  image.format = PNG_FORMAT_RGBA;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) {
    check.problem = std::string("corrupt PNG: ") + image.message;
  }
  png_image_free(&image);
  return check;
}

// Walks the JPEG markers to the frame header (SOF0..SOF15 except DHT, JPG, DAC).
ImageCheck CheckJpeg(std::string_view bytes) {
  ImageCheck check;
  check.kind = ImageKind::kJpeg;
  auto byte = [&](size_t i) { return static_cast<uint8_t>(bytes[i]); };
  size_t pos = 2;
  while (pos + 4 <= bytes.size()) {
    if (byte(pos) != 0xFF) break;
    uint8_t marker = byte(pos + 1);
    if (marker == 0xFF) {
      ++pos;
      continue;
    }
    size_t length = (byte(pos + 2) << 8) | byte(pos + 3);
    bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      if (pos + 9 >= bytes.size() || length < 8) break;
      check.height = (byte(pos + 5) << 8) | byte(pos + 6);
      check.width = (byte(pos + 7) << 8) | byte(pos + 8);
      int components = byte(pos + 9);
      if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2) {
        check.problem = "JPEG uses a coding PDF viewers do not support (lossless or arithmetic)";
      } else if (check.width == 0 || check.height == 0) {
        check.problem = "JPEG has no size in its frame header";
      } else if (components != 1 && components != 3 && components != 4) {
        check.problem = "JPEG has " + std::to_string(components) + " colour components";
      }
      return check;
    }
    if (marker == 0xD9 || marker == 0xDA || length < 2) break;  // end or scan before a frame
    pos += 2 + length;
  }
  check.problem = "not a readable JPEG: no frame header";
  return check;
}

}  // namespace

ImageKind DetectImageKind(std::string_view bytes) {
  if (bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8))
    return ImageKind::kPng;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xFF\xD8\xFF") return ImageKind::kJpeg;
  return ImageKind::kUnknown;
}

ImageCheck CheckImage(std::string_view bytes) {
  switch (DetectImageKind(bytes)) {
    case ImageKind::kPng: return CheckPng(bytes);
    case ImageKind::kJpeg: return CheckJpeg(bytes);
    case ImageKind::kUnknown: break;
  }
  return ImageCheck{ImageKind::kUnknown, 0, 0, "neither PNG nor JPEG"};
}

}  // namespace klynge::pdf
