#pragma once
// One PDF being made with libharu: fonts, images, pages and the bytes at the
// end, tagged as PDF/UA-1: every op is painted as marked content of its
// structure element or as an artifact (draw_ops.h, structure_tree.h). With
// pdf_fonts.cc and the writers it calls at Save (structure_pdf, outlines,
// pdf_metadata), the only code that calls libharu; its errors become a Status
// here.

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "model/font_metrics.h"
#include "model/hyphenation.h"
#include "render/pdf/layout/draw_ops.h"
#include "render/pdf/layout/structure_tree.h"
#include "render/pdf/layout/text_measure.h"

namespace klynge::pdf {

// TrueType files for the four faces, as the theme loader read them; an
// italic or bold italic without a path falls back to regular or bold.
// `fallback` draws the characters a face lacks (DejaVu Sans); `hyphenation`
// is what line breaking hyphenates with (null: off).
struct FontFiles {
  PrintFont regular;
  PrintFont bold;
  PrintFont italic;
  PrintFont bold_italic;
  PrintFont fallback;
  std::shared_ptr<const Hyphenation> hyphenation;
};

struct DocumentInfo {
  std::string title;
  std::string author;   // the organisation
  std::string subject;
  std::string keywords;
  std::string language;  // the site's, as a BCP 47 code ("da"); the catalog's /Lang
};

// How the pages meet the paper. kNone: the page is the sheet, TrimBox =
// MediaBox. kBleedAndCrop, for a print shop: the same page as the TrimBox of
// a larger MediaBox, with a 3 mm BleedBox that fills reaching the page's edge
// run into, and crop marks (artifacts) outside the bleed.
enum class Marks { kNone, kBleedAndCrop };

// The print shop's distances, in points.
inline constexpr float kBleed = 3 * 72 / 25.4f;        // 3 mm
inline constexpr float kMarkGap = kBleed;              // crop marks start where the bleed ends
inline constexpr float kMarkLength = 6 * 72 / 25.4f;   // 6 mm long
inline constexpr float kSlug = kMarkGap + kMarkLength + 2 * 72 / 25.4f;  // trim to paper edge

struct ImageSize {
  float width = 0;  // pixels
  float height = 0;
};

class PdfDocument : public TextMeasure {
 public:
  // Measuring reads a face's widths from the metrics the theme loader
  // parsed; libharu loads only the font files pages draw with, at Save,
  // each listing just the characters the document uses.
  // `marks`: kBleedAndCrop gives every page bleed and crop marks.
  explicit PdfDocument(FontFiles fonts, Marks marks = Marks::kNone);
  ~PdfDocument() override;
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  // Ok until libharu reported an error; later calls then do nothing.
  const Status& status() const { return status_; }

  float CharUnits(Face face, char32_t c) override;
  const Hyphenation* hyphenation() override;

  // Loads PNG or JPEG bytes; returns an image id, or -1 (the document stays
  // usable) when the bytes are neither or libharu cannot read them.
  int AddImage(const std::string& bytes);
  ImageSize SizeOf(int image) const;

  void SetInfo(const DocumentInfo& info);
  // The elements layout tags ops with; painted ones are written at Save.
  StructureTree& structure();
  // Adds a page of `width` × `height` points with `ops` (page coordinates),
  // drawn at Save, once all the text is known.
  void AddPage(float width, float height, const std::vector<DrawOp>& ops);
  int page_count() const { return pages_; }

  // The finished file; fails with the first libharu error. Pages cannot be
  // added after it.
  Status Save(std::string* bytes);

  struct Impl;

 private:
  const FontMetrics* MetricsOf(Face face);  // nullptr (and status_ set) when it does not load
  const FontMetrics* Fallback();            // nullptr when the fallback face does not load
  // Appends `text` as printable ops, the characters its face lacks and the
  // fallback face has in ops of their own, drawn with the fallback.
  void SplitByFace(const TextOp& text, std::vector<DrawOp>* out);

  std::unique_ptr<Impl> impl_;
  Status status_ = Status::Ok();
  int pages_ = 0;
};

// Replaces what libharu cannot encode (code points beyond the Basic
// Multilingual Plane, control characters, invalid UTF-8) with '?', and
// drops soft hyphens.
std::string PrintableText(std::string_view utf8);

}  // namespace klynge::pdf
