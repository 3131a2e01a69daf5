#include "render/pdf/layout/pdf_document.h"

#include <hpdf.h>

#include <cstdio>
#include <map>

#include "base/utf8.h"
#include "render/pdf/layout/image_check.h"

namespace klynge::pdf {

namespace {

// Thrown by the error handler libharu calls, and caught in this file only.
struct HpdfFailure {
  HPDF_STATUS error;
  HPDF_STATUS detail;
};

void OnHpdfError(HPDF_STATUS error, HPDF_STATUS detail, void*) { throw HpdfFailure{error, detail}; }

std::string Describe(const HpdfFailure& f, const std::string& doing) {
  char code[64];
  std::snprintf(code, sizeof code, "libharu error 0x%04X (detail %u)", static_cast<unsigned>(f.error),
                static_cast<unsigned>(f.detail));
  std::string hint;
  if (f.error == HPDF_FILE_OPEN_ERROR || f.error == HPDF_FILE_IO_ERROR) hint = ": cannot read the file";
  if (f.error == HPDF_TTF_INVALID_FOMAT || f.error == HPDF_TTF_INVALID_CMAP || f.error == HPDF_INVALID_FONTDEF_DATA)
    hint = ": not a TrueType font libharu can embed (CFF .otf fonts are not supported)";
  return std::string(code) + " while " + doing + hint;
}

void Utf8Append(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool Printable(char32_t c) {
  return c >= 0x20 && c != 0x7F && c <= 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFD &&
         !(c >= 0x80 && c < 0xA0);
}

}  // namespace

std::string PrintableText(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t pos = 0; pos < utf8.size();) {
    char32_t c = DecodeUtf8(utf8, &pos);
    Utf8Append(Printable(c) || c == '\n' ? c : U'?', &out);
  }
  return out;
}

struct PdfDocument::Impl {
  HPDF_Doc doc = nullptr;
  FontFiles files;
  std::array<HPDF_Font, 4> fonts{};
  std::map<std::string, HPDF_Font> by_path;  // a file shared by two faces loads once
  std::array<std::vector<uint16_t>, 4> widths;  // per face, by code point; 0xFFFF = unknown
  std::vector<HPDF_Image> images;
  std::vector<ImageSize> sizes;

  HPDF_Font Font(Face face) {
    int i = static_cast<int>(face);
    if (fonts[i]) return fonts[i];
    std::string path = face == Face::kRegular ? files.regular
                       : face == Face::kBold  ? files.bold
                       : face == Face::kItalic ? files.italic
                                               : files.bold_italic;
    if (path.empty()) {
      // A missing face falls back: bold italic → bold → regular, italic → regular.
      fonts[i] = face == Face::kBoldItalic ? Font(Face::kBold) : Font(Face::kRegular);
      return fonts[i];
    }
    auto found = by_path.find(path);
    if (found == by_path.end()) {
      const char* name = HPDF_LoadTTFontFromFile(doc, path.c_str(), HPDF_TRUE);
      found = by_path.emplace(path, HPDF_GetFont(doc, name, "UTF-8")).first;
    }
    fonts[i] = found->second;
    return fonts[i];
  }
};

PdfDocument::PdfDocument(FontFiles fonts) : impl_(std::make_unique<Impl>()) {
  impl_->files = std::move(fonts);
  impl_->doc = HPDF_New(OnHpdfError, nullptr);
  if (!impl_->doc) {
    status_ = Status::Error("libharu could not create a PDF document (out of memory)");
    return;
  }
  try {
    HPDF_SetCompressionMode(impl_->doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(impl_->doc);
    // Info strings are written through the current encoder: UTF-8, not PDFDocEncoding.
    HPDF_SetCurrentEncoder(impl_->doc, "UTF-8");
  } catch (const HpdfFailure& f) {
    status_ = Status::Error(Describe(f, "setting up UTF-8 encoding"));
  }
}

PdfDocument::~PdfDocument() {
  if (impl_->doc) HPDF_Free(impl_->doc);
}

float PdfDocument::CharUnits(Face face, char32_t c) {
  if (!Printable(c)) c = U'?';
  std::vector<uint16_t>& cache = impl_->widths[static_cast<int>(face)];
  if (cache.empty()) cache.assign(0x10000, 0xFFFF);
  if (cache[c] != 0xFFFF) return cache[c];
  // Until the document works again, a plausible width keeps layout going.
  if (!status_.ok()) return 500;
  std::string bytes;
  Utf8Append(c, &bytes);
  try {
    HPDF_Font font = impl_->Font(face);
    HPDF_TextWidth w = HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                           static_cast<HPDF_UINT>(bytes.size()));
    cache[c] = static_cast<uint16_t>(std::min<HPDF_UINT>(w.width, 0xFFFE));
  } catch (const HpdfFailure& f) {
    status_ = Status::Error(Describe(f, "loading the fonts"));
    return 500;
  }
  return cache[c];
}

int PdfDocument::AddImage(const std::string& bytes) {
  if (!status_.ok()) return -1;
  ImageCheck check = CheckImage(bytes);
  if (!check.problem.empty()) return -1;
  try {
    auto data = reinterpret_cast<const HPDF_BYTE*>(bytes.data());
    auto size = static_cast<HPDF_UINT>(bytes.size());
    HPDF_Image image = check.kind == ImageKind::kPng ? HPDF_LoadPngImageFromMem(impl_->doc, data, size)
                                                     : HPDF_LoadJpegImageFromMem(impl_->doc, data, size);
    impl_->images.push_back(image);
    impl_->sizes.push_back(ImageSize{static_cast<float>(HPDF_Image_GetWidth(image)),
                                     static_cast<float>(HPDF_Image_GetHeight(image))});
  } catch (const HpdfFailure& f) {
    // A half-made image object would corrupt the file: fail the document.
    status_ = Status::Error(Describe(f, "embedding an image"));
    return -1;
  }
  return static_cast<int>(impl_->images.size()) - 1;
}

ImageSize PdfDocument::SizeOf(int image) const {
  if (image < 0 || image >= static_cast<int>(impl_->sizes.size())) return ImageSize{};
  return impl_->sizes[image];
}

void PdfDocument::SetInfo(const DocumentInfo& info) {
  if (!status_.ok()) return;
  try {
    auto set = [&](HPDF_InfoType type, const std::string& value) {
      if (!value.empty()) HPDF_SetInfoAttr(impl_->doc, type, PrintableText(value).c_str());
    };
    set(HPDF_INFO_TITLE, info.title);
    set(HPDF_INFO_AUTHOR, info.author);
    set(HPDF_INFO_SUBJECT, info.subject);
    set(HPDF_INFO_KEYWORDS, info.keywords);
    set(HPDF_INFO_CREATOR, "klynge");
  } catch (const HpdfFailure& f) {
    status_ = Status::Error(Describe(f, "writing the document information"));
  }
}

namespace {

// Draws ops on one page; keeps a text object open across consecutive texts.
class Painter {
 public:
  Painter(HPDF_Page page, float height, PdfDocument::Impl& impl) : page_(page), height_(height), impl_(impl) {}

  void Draw(const DrawOp& op) {
    std::visit([this](const auto& o) { Draw(o); }, op);
  }
  void Finish() { EndText(); }

 private:
  float Y(float y) const { return height_ - y; }

  void EndText() {
    if (in_text_) HPDF_Page_EndText(page_);
    in_text_ = false;
  }

  void Draw(const TextOp& o) {
    if (o.text.empty()) return;
    if (!in_text_) HPDF_Page_BeginText(page_);
    in_text_ = true;
    HPDF_Page_SetFontAndSize(page_, impl_.Font(o.face), o.size);
    HPDF_Page_SetRGBFill(page_, o.color.r, o.color.g, o.color.b);
    HPDF_Page_TextOut(page_, o.x, Y(o.baseline), PrintableText(o.text).c_str());
  }

  void Draw(const RectOp& o) {
    EndText();
    if (!o.fill && !o.stroke) return;
    if (o.fill) HPDF_Page_SetRGBFill(page_, o.fill->r, o.fill->g, o.fill->b);
    if (o.stroke) {
      HPDF_Page_SetRGBStroke(page_, o.stroke->r, o.stroke->g, o.stroke->b);
      HPDF_Page_SetLineWidth(page_, o.line_width);
    }
    HPDF_Page_Rectangle(page_, o.x, Y(o.y + o.height), o.width, o.height);
    if (o.fill && o.stroke) {
      HPDF_Page_FillStroke(page_);
    } else if (o.fill) {
      HPDF_Page_Fill(page_);
    } else {
      HPDF_Page_Stroke(page_);
    }
  }

  void Draw(const LineOp& o) {
    EndText();
    HPDF_Page_SetRGBStroke(page_, o.color.r, o.color.g, o.color.b);
    HPDF_Page_SetLineWidth(page_, o.width);
    if (o.dash > 0) {
      HPDF_UINT16 pattern[2] = {static_cast<HPDF_UINT16>(o.dash + 0.5f), static_cast<HPDF_UINT16>(o.dash + 0.5f)};
      HPDF_Page_SetDash(page_, pattern, 2, 0);
    }
    HPDF_Page_MoveTo(page_, o.x1, Y(o.y1));
    HPDF_Page_LineTo(page_, o.x2, Y(o.y2));
    HPDF_Page_Stroke(page_);
    if (o.dash > 0) HPDF_Page_SetDash(page_, nullptr, 0, 0);
  }

  void Draw(const ImageOp& o) {
    EndText();
    if (o.image < 0 || o.image >= static_cast<int>(impl_.images.size())) return;
    HPDF_Page_DrawImage(page_, impl_.images[o.image], o.x, Y(o.y + o.height), o.width, o.height);
  }

  void Draw(const LinkOp& o) {
    HPDF_Rect rect{o.x, Y(o.y + o.height), o.x + o.width, Y(o.y)};
    HPDF_Annotation link = HPDF_Page_CreateURILinkAnnot(page_, rect, o.url.c_str());
    HPDF_LinkAnnot_SetBorderStyle(link, 0, 0, 0);
  }

  HPDF_Page page_;
  float height_;
  PdfDocument::Impl& impl_;
  bool in_text_ = false;
};

}  // namespace

void PdfDocument::AddPage(float width, float height, const std::vector<DrawOp>& ops) {
  if (!status_.ok()) return;
  try {
    HPDF_Page page = HPDF_AddPage(impl_->doc);
    HPDF_Page_SetWidth(page, width);
    HPDF_Page_SetHeight(page, height);
    Painter painter(page, height, *impl_);
    for (const DrawOp& op : ops) painter.Draw(op);
    painter.Finish();
    ++pages_;
  } catch (const HpdfFailure& f) {
    status_ = Status::Error(Describe(f, "drawing page " + std::to_string(pages_ + 1)));
  }
}

Status PdfDocument::Save(std::string* bytes) {
  bytes->clear();
  if (!status_.ok()) return status_;
  if (pages_ == 0) return Status::Error("the PDF has no pages");
  try {
    HPDF_SaveToStream(impl_->doc);
    HPDF_UINT32 size = HPDF_GetStreamSize(impl_->doc);
    bytes->resize(size);
    HPDF_UINT32 read = size;
    try {
      HPDF_ReadFromStream(impl_->doc, reinterpret_cast<HPDF_BYTE*>(bytes->data()), &read);
    } catch (const HpdfFailure& f) {
      if (f.error != HPDF_STREAM_EOF) throw;  // reaching the end is how a full read ends
    }
    bytes->resize(read);
  } catch (const HpdfFailure& f) {
    bytes->clear();
    status_ = Status::Error(Describe(f, "writing the PDF"));
  }
  return status_;
}

}  // namespace klynge::pdf
