#pragma once
// Small helpers over libharu's object API (hpdf_objects.h), for what its
// public API lacks: tagged PDF, XMP and the catalog entries klynge writes
// itself. libharu's internal functions record an error without calling the
// error handler: these throw HpdfFailure themselves, and ThrowOnError turns a
// recorded error into one.

#include <hpdf.h>

#include <string_view>

namespace klynge::pdf {

// A PDF text string: UTF-16BE with a byte order mark, written in hex, so
// any character survives whatever encoder the document uses.
HPDF_Binary TextString(HPDF_MMgr mmgr, std::string_view utf8);
// A new dictionary in the document's cross-reference table (referable from
// several places).
HPDF_Dict IndirectDict(HPDF_Doc doc);
// The content stream libharu writes `page`'s operators to.
HPDF_Stream ContentStream(HPDF_Page page);
// Writes `text` to `stream` as it is.
void WriteRaw(HPDF_Stream stream, std::string_view text);
// Throws HpdfFailure when libharu has recorded an error in `doc`.
void ThrowOnError(HPDF_Doc doc);

}  // namespace klynge::pdf
