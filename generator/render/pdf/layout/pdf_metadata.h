#pragma once
// What makes a libharu document identify itself as PDF/UA-1: the catalog's
// /Lang, /MarkInfo and /ViewerPreferences /DisplayDocTitle, an XMP metadata
// stream (dc:title, dc:language, pdfuaid:part 1), PDF 1.7 and a /ID. Written
// by klynge: libharu 2.3.0's PDF/A helpers write a broken XMP and a /ID from
// the wall clock. Throws HpdfFailure.

#include <hpdf.h>

#include <array>
#include <cstdint>
#include <string>

#include "render/pdf/layout/pdf_document.h"

namespace klynge::pdf {

// The XMP packet for `info` (XML-escaped; exposed for tests).
std::string XmpPacket(const DocumentInfo& info);

// `id`: the document's identifier, derived from its content so that equal
// input gives equal bytes.
void WriteDocumentMetadata(HPDF_Doc doc, const DocumentInfo& info, const std::array<uint8_t, 16>& id);

}  // namespace klynge::pdf
