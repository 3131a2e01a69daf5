#pragma once
// A PDF's /ID from what the document holds (information, images, every
// page's draw ops), so that equal input gives byte-identical files.

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "render/pdf/layout/draw_ops.h"

namespace klynge::pdf {

class ContentId {
 public:
  void Add(std::string_view bytes);
  void AddPage(float width, float height, const std::vector<DrawOp>& ops);
  // 16 bytes, the same for the same sequence of Add and AddPage calls.
  std::array<uint8_t, 16> Digest() const;

 private:
  void AddNumbers(std::initializer_list<float> numbers);
  uint64_t a_ = 0x6b6c796e6765ULL, b_ = 0x7064662f7561ULL;
};

}  // namespace klynge::pdf
