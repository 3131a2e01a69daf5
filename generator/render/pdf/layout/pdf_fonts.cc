#include "render/pdf/layout/pdf_fonts.h"

#include <hpdf_conf.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "base/utf8.h"

namespace klynge::pdf {

namespace {

// Codes for more characters than this would need a zero byte (one more
// number is kept for MakeFonts' unused code); the rest show as '?'.
constexpr size_t kMaxCharacters = 255 * 255 - 1;

uint16_t Code(size_t number) { return static_cast<uint16_t>((number / 255 + 1) << 8 | (number % 255 + 1)); }

void Check(HPDF_STATUS status) {
  if (status != HPDF_OK) throw HpdfFailure{status, 0};
}

// Every code is two bytes: a lead byte, then a trail byte.
HPDF_BOOL AnyByte(HPDF_Encoder, HPDF_BYTE) { return HPDF_TRUE; }

// A ToUnicode CMap from each code to its character.
std::string ToUnicodeCMap(const std::vector<char32_t>& characters) {
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  char line[32];
  for (size_t first = 0; first < characters.size(); first += 100) {
    size_t last = std::min(characters.size(), first + 100);
    std::snprintf(line, sizeof line, "%zu beginbfchar\n", last - first);
    cmap += line;
    for (size_t k = first; k < last; ++k) {
      std::snprintf(line, sizeof line, "<%04X> <%04X>\n", static_cast<unsigned>(Code(k)),
                    static_cast<unsigned>(characters[k]));
      cmap += line;
    }
    cmap += "endbfchar\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return cmap;
}

// libharu writes a ToUnicode stream of its own for an Identity-H font, but
// from the encoder's CID ranges, which readers reject; ours replaces it.
void ReplaceToUnicode(HPDF_Font font, const std::string& cmap) {
  HPDF_Dict stream = static_cast<HPDF_FontAttr>(font->attr)->cmap_stream;
  if (!stream) throw HpdfFailure{HPDF_INVALID_OBJECT, 0};
  for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) HPDF_Dict_RemoveElement(stream, key);
  HPDF_MemStream_FreeData(stream->stream);
  Check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                          static_cast<HPDF_UINT>(cmap.size())));
}

}  // namespace

// One TrueType file; faces naming the same file share it and its subset.
struct DocumentFonts::Slot {
  std::string path;
  std::shared_ptr<const FontMetrics> metrics;
  bool drawn_with = false;
  HPDF_Font font = nullptr;
};

// Hands libharu a font from the bytes the theme loader read instead of the file: no
// reading it again, and it is the slimmer embeddable copy.
struct DocumentFonts::Reader {
  const std::string* bytes;
  size_t pos = 0;

  static HPDF_STATUS Read(HPDF_Stream stream, HPDF_BYTE* out, HPDF_UINT* size) {
    auto* reader = static_cast<Reader*>(stream->attr);
    size_t left = reader->pos < reader->bytes->size() ? reader->bytes->size() - reader->pos : 0;
    size_t n = std::min<size_t>(*size, left);
    std::memcpy(out, reader->bytes->data() + reader->pos, n);
    reader->pos += n;
    if (n == *size) return HPDF_OK;
    // As libharu's file reader: the rest zeroed, the short count and EOF.
    std::memset(out + n, 0, *size - n);
    *size = static_cast<HPDF_UINT>(n);
    return HPDF_STREAM_EOF;
  }
  static HPDF_STATUS Seek(HPDF_Stream stream, HPDF_INT pos, HPDF_WhenceMode mode) {
    auto* reader = static_cast<Reader*>(stream->attr);
    int64_t base = mode == HPDF_SEEK_SET   ? 0
                   : mode == HPDF_SEEK_CUR ? static_cast<int64_t>(reader->pos)
                                           : static_cast<int64_t>(reader->bytes->size());
    if (base + pos < 0) return HPDF_SetError(stream->error, HPDF_FILE_IO_ERROR, 0);
    reader->pos = static_cast<size_t>(base + pos);
    return HPDF_OK;
  }
  static HPDF_INT32 Tell(HPDF_Stream stream) {
    return static_cast<HPDF_INT32>(static_cast<Reader*>(stream->attr)->pos);
  }
  static HPDF_UINT32 Size(HPDF_Stream stream) {
    return static_cast<HPDF_UINT32>(static_cast<Reader*>(stream->attr)->bytes->size());
  }

  // Loads the font as HPDF_LoadTTFontFromFile loads a file: one already
  // loaded is reused, a new one gets the next subset tag (HPDFAA, HPDFAB, ...).
  // Returns the name for HPDF_GetFont.
  const char* Load(HPDF_Doc doc) {
    HPDF_Stream stream = HPDF_CallbackReader_New(doc->mmgr, Read, Seek, Tell, Size, this);
    HPDF_FontDef def = stream ? HPDF_TTFontDef_Load(doc->mmgr, stream, HPDF_TRUE) : nullptr;
    if (!def) {
      HPDF_CheckError(&doc->error);
      throw HpdfFailure{HPDF_INVALID_FONTDEF_DATA, 0};
    }
    if (HPDF_FontDef loaded = HPDF_Doc_FindFontDef(doc, def->base_font)) {
      HPDF_FontDef_Free(def);
      return loaded->base_font;
    }
    Check(HPDF_Doc_RegisterFontDef(doc, def));
    if (doc->ttfont_tag[0] == 0) {
      std::memcpy(doc->ttfont_tag, "HPDFAA", 6);
    } else {
      for (int i = 5; i >= 0; --i) {
        if (++doc->ttfont_tag[i] <= 'Z') break;
        doc->ttfont_tag[i] = 'A';
      }
    }
    HPDF_TTFontDef_SetTagName(def, reinterpret_cast<char*>(doc->ttfont_tag));
    return def->base_font;
  }
};

DocumentFonts::DocumentFonts(FontFiles files) : files_(std::move(files)) {}
DocumentFonts::~DocumentFonts() = default;

int DocumentFonts::SlotOf(Face face, std::string* problem) {
  int i = static_cast<int>(face);
  if (slot_of_[i] >= 0) return slot_of_[i];
  const PrintFont& font = face == Face::kRegular  ? files_.regular
                          : face == Face::kBold   ? files_.bold
                          : face == Face::kItalic ? files_.italic
                          : face == Face::kFallback ? files_.fallback
                                                  : files_.bold_italic;
  const std::string& path = font.path;
  if (path.empty() && (face == Face::kRegular || face == Face::kFallback)) {
    *problem = face == Face::kRegular ? "no regular font file" : "no fallback font file";
    return -1;
  }
  if (path.empty()) {
    // A missing face falls back: bold italic → bold → regular, italic → regular.
    slot_of_[i] = SlotOf(face == Face::kBoldItalic ? Face::kBold : Face::kRegular, problem);
    return slot_of_[i];
  }
  for (size_t k = 0; k < slots_.size(); ++k)
    if (slots_[k].path == path) return slot_of_[i] = static_cast<int>(k);
  if (!font.metrics) {
    *problem = font.problem.empty() ? "the font " + path + " was never loaded" : font.problem;
    return -1;
  }
  slots_.push_back(Slot{path, font.metrics});
  return slot_of_[i] = static_cast<int>(slots_.size()) - 1;
}

const FontMetrics* DocumentFonts::Metrics(Face face, std::string* problem) {
  int slot = SlotOf(face, problem);
  return slot < 0 ? nullptr : slots_[slot].metrics.get();
}

void DocumentFonts::Append(char32_t c, std::string* codes) {
  if (c > 0xFFFF) c = U'?';
  if (number_of_.empty()) number_of_.resize(0x10000);
  if (number_of_[c] == 0) {
    if (characters_.size() + 1 >= kMaxCharacters) c = U'?';  // the last number left goes to '?'
    if (number_of_[c] == 0) {
      characters_.push_back(c);
      number_of_[c] = static_cast<uint16_t>(characters_.size());
    }
  }
  uint16_t code = Code(number_of_[c] - 1);
  *codes += static_cast<char>(code >> 8);
  *codes += static_cast<char>(code & 0xFF);
}

std::string DocumentFonts::Encode(std::string_view printable) {
  std::string codes;
  codes.reserve(printable.size() * 2);
  for (size_t pos = 0; pos < printable.size();) Append(DecodeUtf8(printable, &pos), &codes);
  return codes;
}

bool DocumentFonts::Encode(Face face, std::string_view printable, std::string* codes, std::string* problem) {
  int slot = SlotOf(face, problem);
  if (slot < 0) return false;
  slots_[slot].drawn_with = true;
  *codes = Encode(printable);
  return true;
}

void DocumentFonts::Attach(HPDF_Doc doc) {
  std::string name = "UTF-16";
  encoder_ = HPDF_CMapEncoder_New(doc->mmgr, name.data(), nullptr);
  if (!encoder_) throw HpdfFailure{HPDF_FAILD_TO_ALLOC_MEM, 0};
  Check(HPDF_Doc_RegisterEncoder(doc, encoder_));  // the document frees it from here on
  // What HPDF_CMapEncoder_InitAttr does, less its byte-by-byte clearing and
  // filling of the two 128 kB tables (a millisecond a document): entries
  // are read only for codes in use, and those MakeFonts sets.
  auto attr = static_cast<HPDF_CMapEncoderAttr>(HPDF_GetMem(doc->mmgr, sizeof(HPDF_CMapEncoderAttr_Rec)));
  if (!attr) throw HpdfFailure{HPDF_FAILD_TO_ALLOC_MEM, 0};
  std::memset(attr, 0, sizeof *attr);
  encoder_->attr = attr;
  attr->cmap_range = HPDF_List_New(doc->mmgr, HPDF_DEF_RANGE_TBL_NUM);
  attr->notdef_range = HPDF_List_New(doc->mmgr, HPDF_DEF_ITEMS_PER_BLOCK);
  attr->code_space_range = HPDF_List_New(doc->mmgr, HPDF_DEF_ITEMS_PER_BLOCK);
  if (!attr->cmap_range || !attr->notdef_range || !attr->code_space_range)
    throw HpdfFailure{HPDF_FAILD_TO_ALLOC_MEM, 0};
  std::snprintf(attr->registry, sizeof attr->registry, "%s", "Adobe");
  std::snprintf(attr->ordering, sizeof attr->ordering, "%s", "Identity-H");  // codes are CIDs
  attr->writing_mode = HPDF_WMODE_HORIZONTAL;
  attr->is_lead_byte_fn = AnyByte;
  attr->is_trial_byte_fn = AnyByte;
  encoder_->type = HPDF_ENCODER_TYPE_DOUBLE_BYTE;
  Check(HPDF_SetCurrentEncoder(doc, name.c_str()));
}

void DocumentFonts::MakeFonts(HPDF_Doc doc) {
  // The encoder's tables, indexed [low byte][high byte] of a code: its CID
  // (the code itself) and its character. libharu measures drawn text through
  // them, marking the glyphs to embed, and writes a font's widths and
  // CIDToGIDMap for the CIDs below the highest only: one unused code after
  // the last keeps every used one.
  auto attr = static_cast<HPDF_CMapEncoderAttr>(encoder_->attr);
  for (size_t k = 0; k <= characters_.size(); ++k) {
    uint16_t code = Code(k);
    attr->cid_map[code & 0xFF][code >> 8] = code;
    attr->unicode_map[code & 0xFF][code >> 8] = k < characters_.size() ? static_cast<HPDF_UNICODE>(characters_[k]) : 0;
  }
  std::string to_unicode = ToUnicodeCMap(characters_);
  for (Slot& slot : slots_) {
    if (!slot.drawn_with) continue;
    readers_.push_back(std::make_unique<Reader>(Reader{&slot.metrics->embeddable()}));
    slot.font = HPDF_GetFont(doc, readers_.back()->Load(doc), encoder_->name);
    ReplaceToUnicode(slot.font, to_unicode);
  }
}

HPDF_Font DocumentFonts::Font(Face face) const { return slots_[slot_of_[static_cast<int>(face)]].font; }

}  // namespace klynge::pdf
