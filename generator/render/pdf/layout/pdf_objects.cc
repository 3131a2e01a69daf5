#include "render/pdf/layout/pdf_objects.h"

#include <string>

#include "base/utf8.h"
#include "render/pdf/layout/pdf_fonts.h"

namespace klynge::pdf {

HPDF_Binary TextString(HPDF_MMgr mmgr, std::string_view utf8) {
  std::string bytes = "\xFE\xFF";
  auto unit = [&](unsigned u) {
    bytes += static_cast<char>(u >> 8);
    bytes += static_cast<char>(u & 0xFF);
  };
  // libharu's strings stop at 65535 bytes: a longer text is cut.
  constexpr size_t kMaxBytes = 60000;
  for (size_t pos = 0; pos < utf8.size() && bytes.size() < kMaxBytes;) {
    char32_t c = DecodeUtf8(utf8, &pos);
    if (c >= 0x10000) {
      c -= 0x10000;
      unit(0xD800 + (c >> 10));
      unit(0xDC00 + (c & 0x3FF));
    } else {
      unit(c);
    }
  }
  HPDF_Binary text =
      HPDF_Binary_New(mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size()));
  if (!text) throw HpdfFailure{HPDF_FAILD_TO_ALLOC_MEM, 0};
  return text;
}

HPDF_Dict IndirectDict(HPDF_Doc doc) {
  HPDF_Dict dict = HPDF_Dict_New(doc->mmgr);
  if (!dict || HPDF_Xref_Add(doc->xref, dict) != HPDF_OK) throw HpdfFailure{HPDF_FAILD_TO_ALLOC_MEM, 0};
  return dict;
}

HPDF_Stream ContentStream(HPDF_Page page) { return static_cast<HPDF_PageAttr>(page->attr)->stream; }

void WriteRaw(HPDF_Stream stream, std::string_view text) {
  HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
}

}  // namespace klynge::pdf

namespace klynge::pdf {

void ThrowOnError(HPDF_Doc doc) {
  if (HPDF_STATUS error = HPDF_GetError(doc)) throw HpdfFailure{error, HPDF_GetErrorDetail(doc)};
}

}  // namespace klynge::pdf
