#pragma once
// Advance widths of a TrueType font, read from its cmap, hmtx and head
// tables once per build by the theme loader. Text measuring needs nothing
// else, so layout never waits for libharu, which would parse the file again
// per document.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace klynge {

class FontMetrics {
 public:
  // Parses a whole .ttf file; nullptr with *problem set when it is not a
  // TrueType font with a Unicode (Windows, BMP) cmap, as libharu needs.
  static std::unique_ptr<const FontMetrics> Parse(std::string bytes, std::string* problem);

  // Advance width of `c` in thousandths of the font size, rounded down the
  // way libharu rounds it, so measured and drawn text agree. Code points the
  // font lacks get its .notdef width; beyond the BMP, that of '?'.
  uint16_t Units(char32_t c) const { return c <= 0xFFFF ? units_[c] : units_['?']; }
  // Whether the font has a glyph of its own for `c` (not .notdef).
  bool Has(char32_t c) const { return c <= 0xFFFF && covered_[c]; }

  // The file as documents embed it: the same but for glyph names (a format
  // 3 'post' table), which PDF viewers never read in a CID-keyed font. They
  // were a third of the bytes each document copied and compressed per face.
  const std::string& embeddable() const { return embeddable_; }

 private:
  FontMetrics() = default;
  std::string embeddable_;
  std::vector<uint16_t> units_;  // by code point, all 65536 of the BMP
  std::vector<bool> covered_;    // by code point: Has
};

// A font file of the theme as the loader read it; faces naming one file share its metrics.
struct PrintFont {
  std::string path;  // "" for a face the theme leaves out (it falls back to another)
  std::shared_ptr<const FontMetrics> metrics;  // null until loaded, or when unusable
  std::string problem;  // why metrics is null ("cannot read /x.ttf: no such file or folder")
  uint64_t hash = 0;    // InputHash of the bytes read (see load/input_snapshot.h)
};

}  // namespace klynge
