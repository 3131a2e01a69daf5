#include "render/pdf/layout/content_id.h"

#include <cstring>

#include "base/content_hash.h"

namespace klynge::pdf {

void ContentId::Add(std::string_view bytes) {
  // Two chained 64-bit hashes with different seeds make 128 bits.
  a_ = XXH3_64bits_withSeed(bytes.data(), bytes.size(), a_);
  b_ = XXH3_64bits_withSeed(bytes.data(), bytes.size(), b_ ^ 0x9E3779B97F4A7C15ULL);
}

void ContentId::AddNumbers(std::initializer_list<float> numbers) {
  Add(std::string_view(reinterpret_cast<const char*>(numbers.begin()), numbers.size() * sizeof(float)));
}

void ContentId::AddPage(float width, float height, const std::vector<DrawOp>& ops) {
  AddNumbers({width, height, static_cast<float>(ops.size())});
  for (const DrawOp& op : ops) {
    std::visit(
        [this](const auto& o) {
          using T = std::decay_t<decltype(o)>;
          if constexpr (std::is_same_v<T, TextOp>) {
            AddNumbers({0, o.x, o.baseline, static_cast<float>(o.face), o.size, o.color.r, o.color.g, o.color.b});
            Add(o.text);
          } else if constexpr (std::is_same_v<T, LineOp>) {
            AddNumbers({1, o.x1, o.y1, o.x2, o.y2, o.color.r, o.color.g, o.color.b, o.width, o.dash});
          } else if constexpr (std::is_same_v<T, RectOp>) {
            Color fill = o.fill.value_or(Color{-1, -1, -1}), stroke = o.stroke.value_or(Color{-1, -1, -1});
            AddNumbers({2, o.x, o.y, o.width, o.height, fill.r, fill.g, fill.b, stroke.r, stroke.g, stroke.b,
                        o.line_width});
          } else if constexpr (std::is_same_v<T, ImageOp>) {
            AddNumbers({3, o.x, o.y, o.width, o.height, static_cast<float>(o.image)});
          } else {
            AddNumbers({4, o.x, o.y, o.width, o.height});
            Add(o.url);
          }
        },
        op);
  }
}

std::array<uint8_t, 16> ContentId::Digest() const {
  std::array<uint8_t, 16> id{};
  for (int i = 0; i < 8; ++i) {
    id[i] = static_cast<uint8_t>(a_ >> (8 * i));
    id[8 + i] = static_cast<uint8_t>(b_ >> (8 * i));
  }
  return id;
}

}  // namespace klynge::pdf
