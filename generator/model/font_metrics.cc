#include "model/font_metrics.h"

#include <string_view>

namespace klynge {

namespace {

// Big-endian reads that fail (return false) past the end instead of reading on.
class Bytes {
 public:
  explicit Bytes(std::string_view data) : data_(data) {}
  bool U16(size_t at, uint16_t* out) const {
    if (at + 2 > data_.size()) return false;
    *out = static_cast<uint16_t>(Byte(at) << 8 | Byte(at + 1));
    return true;
  }
  bool U32(size_t at, uint32_t* out) const {
    uint16_t hi, lo;
    if (!U16(at, &hi) || !U16(at + 2, &lo)) return false;
    *out = static_cast<uint32_t>(hi) << 16 | lo;
    return true;
  }
  size_t size() const { return data_.size(); }

 private:
  unsigned Byte(size_t at) const { return static_cast<unsigned char>(data_[at]); }
  std::string_view data_;
};

struct Table {
  uint32_t offset = 0;
  uint32_t length = 0;
};

bool FindTable(const Bytes& font, std::string_view tag, Table* table) {
  uint16_t count;
  if (!font.U16(4, &count)) return false;
  for (size_t i = 0; i < count; ++i) {
    size_t record = 12 + 16 * i;
    uint32_t name;
    if (!font.U32(record, &name)) return false;
    uint32_t wanted = static_cast<uint32_t>(tag[0]) << 24 | static_cast<uint32_t>(tag[1]) << 16 |
                      static_cast<uint32_t>(tag[2]) << 8 | static_cast<uint32_t>(tag[3]);
    if (name != wanted) continue;
    if (!font.U32(record + 8, &table->offset) || !font.U32(record + 12, &table->length)) return false;
    return static_cast<uint64_t>(table->offset) + table->length <= font.size();
  }
  return false;
}

// A cmap format 4 subtable, looked up the way libharu's
// HPDF_TTFontDef_GetGlyphid does: the first segment whose end is not below
// the code point, idDelta added in both kinds of segment.
struct Format4 {
  std::vector<uint16_t> ends, starts, deltas, range_offsets, glyphs;

  // `*segment` starts the search: code points asked in rising order walk
  // the segments once.
  uint16_t Glyph(uint32_t c, size_t* segment) const {
    size_t n = ends.size();
    size_t& i = *segment;
    while (i < n && c > ends[i]) ++i;
    if (i == n || starts[i] > c) return 0;
    if (range_offsets[i] == 0) return static_cast<uint16_t>(c + deltas[i]);
    size_t index = range_offsets[i] / 2 + (c - starts[i]);
    if (index < n - i) return 0;  // points before the glyph array
    index -= n - i;
    if (index >= glyphs.size()) return 0;
    return static_cast<uint16_t>(glyphs[index] + deltas[i]);
  }
};

// The first Windows Unicode BMP (3, 1) subtable in format 4: the only cmap
// libharu uses for Unicode text.
bool ReadUnicodeCmap(const Bytes& font, const Table& cmap, Format4* out) {
  uint16_t count;
  if (!font.U16(cmap.offset + 2, &count)) return false;
  for (size_t i = 0; i < count; ++i) {
    size_t record = cmap.offset + 4 + 8 * i;
    uint16_t platform, encoding, format;
    uint32_t offset;
    if (!font.U16(record, &platform) || !font.U16(record + 2, &encoding) || !font.U32(record + 4, &offset))
      return false;
    size_t at = cmap.offset + static_cast<size_t>(offset);
    if (platform != 3 || encoding != 1 || !font.U16(at, &format) || format != 4) continue;
    uint16_t length, seg_x2;
    if (!font.U16(at + 2, &length) || !font.U16(at + 6, &seg_x2) || seg_x2 == 0) return false;
    size_t segments = seg_x2 / 2;
    auto read = [&](size_t from, size_t n, std::vector<uint16_t>* values) {
      values->resize(n);
      for (size_t k = 0; k < n; ++k)
        if (!font.U16(from + 2 * k, &(*values)[k])) return false;
      return true;
    };
    size_t header = 16 + 4 * static_cast<size_t>(seg_x2);
    size_t glyphs = length > header ? (length - header) / 2 : 0;
    return read(at + 14, segments, &out->ends) && read(at + 16 + seg_x2, segments, &out->starts) &&
           read(at + 16 + 2 * seg_x2, segments, &out->deltas) &&
           read(at + 16 + 3 * seg_x2, segments, &out->range_offsets) && read(at + header, glyphs, &out->glyphs);
  }
  return false;
}

void PutU32(std::string* out, size_t at, uint32_t value) {
  for (int i = 0; i < 4; ++i) (*out)[at + i] = static_cast<char>(value >> (24 - 8 * i));
}

// The sum of a table's big-endian 32-bit words, zero-padded to a whole word.
uint32_t Checksum(std::string_view data) {
  uint32_t sum = 0;
  for (size_t at = 0; at < data.size(); at += 4) {
    uint32_t word = 0;
    for (size_t i = 0; i < 4; ++i)
      word = word << 8 | (at + i < data.size() ? static_cast<unsigned char>(data[at + i]) : 0u);
    sum += word;
  }
  return sum;
}

// `bytes` rebuilt with a version 3 'post' table (its 32-byte header, no
// glyph names); tables keep their order, checksums and head's adjustment
// are recomputed. "" when there is nothing to drop.
std::string WithoutGlyphNames(const std::string& bytes) {
  Bytes font(bytes);
  uint16_t count;
  Table post;
  if (!font.U16(4, &count) || !FindTable(font, "post", &post) || post.length <= 32) return "";
  std::string out = bytes.substr(0, 12 + 16 * static_cast<size_t>(count));
  size_t head_at = std::string::npos;
  for (size_t i = 0; i < count; ++i) {
    size_t record = 12 + 16 * i;
    uint32_t tag, offset, length;
    if (!font.U32(record, &tag) || !font.U32(record + 8, &offset) || !font.U32(record + 12, &length) ||
        static_cast<uint64_t>(offset) + length > bytes.size())
      return "";
    std::string table = bytes.substr(offset, length);
    if (tag == 0x706F7374) {  // "post"
      table.resize(32);
      PutU32(&table, 0, 0x00030000);
    }
    if (tag == 0x68656164) {  // "head": its checksum counts checkSumAdjustment as 0
      if (table.size() < 12) return "";
      PutU32(&table, 8, 0);
      head_at = out.size();
    }
    PutU32(&out, record + 4, Checksum(table));
    PutU32(&out, record + 8, static_cast<uint32_t>(out.size()));
    PutU32(&out, record + 12, static_cast<uint32_t>(table.size()));
    out += table;
    out.resize((out.size() + 3) / 4 * 4, '\0');
  }
  if (head_at == std::string::npos) return "";
  PutU32(&out, head_at + 8, 0xB1B0AFBA - Checksum(out));
  return out;
}

}  // namespace

std::unique_ptr<const FontMetrics> FontMetrics::Parse(std::string bytes, std::string* problem) {
  Bytes font(bytes);
  uint32_t version;
  if (!font.U32(0, &version)) {
    *problem = "not a TrueType font file";
    return nullptr;
  }
  if (version == 0x4F54544F) {  // "OTTO"
    *problem = "an OpenType font with CFF outlines, which libharu cannot embed; use a TrueType (.ttf) file";
    return nullptr;
  }
  if (version != 0x00010000 && version != 0x74727565) {  // 1.0 or "true"
    *problem = "not a TrueType font file";
    return nullptr;
  }
  Table head, hhea, maxp, hmtx, cmap;
  if (!FindTable(font, "head", &head) || !FindTable(font, "hhea", &hhea) || !FindTable(font, "maxp", &maxp) ||
      !FindTable(font, "hmtx", &hmtx) || !FindTable(font, "cmap", &cmap)) {
    *problem = "a TrueType font without the head, hhea, maxp, hmtx and cmap tables";
    return nullptr;
  }
  uint16_t units_per_em, glyph_count, metric_count;
  if (!font.U16(head.offset + 18, &units_per_em) || units_per_em == 0 || !font.U16(maxp.offset + 4, &glyph_count) ||
      !font.U16(hhea.offset + 34, &metric_count) || metric_count == 0 ||
      static_cast<size_t>(metric_count) * 4 > hmtx.length) {
    *problem = "a TrueType font with broken head, hhea or hmtx tables";
    return nullptr;
  }
  Format4 unicode;
  if (!ReadUnicodeCmap(font, cmap, &unicode)) {
    *problem = "a TrueType font without a Unicode (Windows, format 4) cmap";
    return nullptr;
  }
  // libharu: advance * 1000 / unitsPerEm in integers; glyphs past the last
  // long metric repeat its advance; glyph ids past the font, the .notdef width.
  auto units = [&](uint16_t glyph) {
    uint16_t index = glyph < metric_count ? glyph : static_cast<uint16_t>(metric_count - 1), advance = 0;
    font.U16(hmtx.offset + 4 * static_cast<size_t>(index), &advance);
    return static_cast<uint16_t>(static_cast<uint32_t>(advance) * 1000 / units_per_em);
  };
  auto metrics = std::unique_ptr<FontMetrics>(new FontMetrics);
  metrics->units_.resize(0x10000);
  metrics->covered_.resize(0x10000);
  uint16_t missing = units(0);
  size_t segment = 0;
  for (uint32_t c = 0; c <= 0xFFFF; ++c) {
    uint16_t glyph = unicode.Glyph(c, &segment);
    metrics->units_[c] = glyph < glyph_count ? units(glyph) : missing;
    metrics->covered_[c] = glyph != 0 && glyph < glyph_count;
  }
  metrics->embeddable_ = WithoutGlyphNames(bytes);
  if (metrics->embeddable_.empty()) metrics->embeddable_ = std::move(bytes);
  return metrics;
}

}  // namespace klynge
