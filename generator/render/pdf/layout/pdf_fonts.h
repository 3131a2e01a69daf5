#pragma once
// The fonts of one PDF and the text drawn with them, as libharu gets them;
// used by PdfDocument only (pdf_document.cc and pdf_fonts.cc are the only
// files that call libharu).
//
// Measuring never waits for libharu: widths come from FontMetrics, parsed
// once per build by the theme loader. libharu loads only the font files pages draw with, at Save,
// and each font lists only the characters the document uses. Its own UTF-8
// encoder knew all 65536, so every font looked up a glyph for each (most of a
// document's time went there) and wrote a 128 kB CIDToGIDMap.
//
// Text reaches libharu as two-byte codes numbered in order of first use, the
// k-th character getting ((k / 255 + 1) << 8) | (k % 255 + 1): never a zero
// byte, as libharu takes C strings. Codes are CIDs (Identity-H), and each
// font's ToUnicode CMap maps them back to the characters.

#include <hpdf.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "render/pdf/layout/draw_ops.h"
#include "model/font_metrics.h"
#include "render/pdf/layout/pdf_document.h"

namespace klynge::pdf {

// Thrown by the error handler libharu is given, with libharu's codes.
struct HpdfFailure {
  HPDF_STATUS error;
  HPDF_STATUS detail;
};

class DocumentFonts {
 public:
  explicit DocumentFonts(FontFiles files);
  ~DocumentFonts();
  DocumentFonts(const DocumentFonts&) = delete;
  DocumentFonts& operator=(const DocumentFonts&) = delete;

  // What `face` measures with; nullptr with *problem set when its file
  // could not be used.
  const FontMetrics* Metrics(Face face, std::string* problem);

  // The codes of `printable` (PrintableText's output) in a `face` font, whose
  // file the document then embeds; false with *problem set as for Metrics.
  bool Encode(Face face, std::string_view printable, std::string* codes, std::string* problem);
  // The codes of `printable` for the document information.
  std::string Encode(std::string_view printable);

  // Registers the encoder with `doc`, as its current one: information
  // strings are written through it. Throws HpdfFailure.
  void Attach(HPDF_Doc doc);
  // libharu's fonts for the files drawn with; once, after the last Encode.
  // Throws HpdfFailure.
  void MakeFonts(HPDF_Doc doc);
  // After MakeFonts: the font a `face` text draws with.
  HPDF_Font Font(Face face) const;

 private:
  struct Slot;
  struct Reader;
  int SlotOf(Face face, std::string* problem);
  void Append(char32_t c, std::string* codes);

  FontFiles files_;
  std::vector<Slot> slots_;                     // one per distinct file, in order of first use
  std::array<int, 5> slot_of_{-1, -1, -1, -1, -1};  // by face
  std::vector<char32_t> characters_;            // by code number k
  std::vector<uint16_t> number_of_;             // by code point: k + 1, 0 before first use
  HPDF_Encoder encoder_ = nullptr;
  std::vector<std::unique_ptr<Reader>> readers_;  // libharu reads fonts through these until the document is freed
};

}  // namespace klynge::pdf
