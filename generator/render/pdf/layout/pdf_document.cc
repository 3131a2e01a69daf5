#include "render/pdf/layout/pdf_document.h"

#include <hpdf.h>

#include <algorithm>
#include <cstdio>

#include "base/utf8.h"
#include "image/image_check.h"
#include "render/pdf/layout/content_id.h"
#include "render/pdf/layout/outlines.h"
#include "render/pdf/layout/pdf_fonts.h"
#include "render/pdf/layout/pdf_metadata.h"
#include "render/pdf/layout/pdf_objects.h"
#include "render/pdf/layout/structure_pdf.h"

namespace klynge::pdf {

namespace {

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

constexpr char32_t kSoftHyphen = 0xAD;

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
    if (c == kSoftHyphen) continue;  // invisible; line breaking draws a hyphen where it breaks at one
    AppendUtf8(Printable(c) || c == '\n' ? c : U'?', &out);
  }
  return out;
}

namespace {

struct RecordedPage {
  float width;
  float height;
  std::vector<DrawOp> ops;  // texts as codes (DocumentFonts::Encode)
};

Status FontError(const std::string& problem) { return Status::Error(problem + " while loading the fonts"); }

}  // namespace

struct PdfDocument::Impl {
  Impl(FontFiles files, Marks m) : hyphenation(files.hyphenation), fonts(std::move(files)), marks(m) {}

  HPDF_Doc doc = nullptr;
  std::shared_ptr<const Hyphenation> hyphenation;
  DocumentFonts fonts;
  Marks marks;
  std::array<const FontMetrics*, 5> metrics{};  // by face, once known
  const FontMetrics* fallback = nullptr;        // once asked for; null when it does not load
  bool fallback_asked = false;
  std::vector<RecordedPage> pages;              // drawn at Save, when the fonts can list every character
  bool drawn = false;
  std::vector<HPDF_Image> images;
  std::vector<ImageSize> sizes;
  DocumentInfo info;
  StructureTree structure;
  ContentId id;
  std::vector<HPDF_Page> drawn_pages;       // as the structure numbers them
  std::vector<float> heights;               // of drawn_pages
  std::vector<HPDF_Annotation> annotations;  // link annotations, as the structure numbers them
};

PdfDocument::PdfDocument(FontFiles fonts, Marks marks) : impl_(std::make_unique<Impl>(std::move(fonts), marks)) {
  impl_->doc = HPDF_New(OnHpdfError, nullptr);
  if (!impl_->doc) {
    status_ = Status::Error("libharu could not create a PDF document (out of memory)");
    return;
  }
  // The same pages with and without marks are different files.
  if (marks == Marks::kBleedAndCrop) impl_->id.Add("bleed-and-crop-marks");
  try {
    HPDF_SetCompressionMode(impl_->doc, HPDF_COMP_ALL);
    // The fonts' encoder writes the information strings too: UTF-16, not PDFDocEncoding.
    impl_->fonts.Attach(impl_->doc);
  } catch (const HpdfFailure& f) {
    status_ = Status::Error(Describe(f, "setting up the text encoding"));
  }
}

PdfDocument::~PdfDocument() {
  if (impl_->doc) HPDF_Free(impl_->doc);
}

const FontMetrics* PdfDocument::Fallback() {
  if (!impl_->fallback_asked) {
    impl_->fallback_asked = true;
    std::string problem;  // without a fallback, missing characters show as the face's .notdef box
    impl_->fallback = impl_->fonts.Metrics(Face::kFallback, &problem);
  }
  return impl_->fallback;
}

const FontMetrics* PdfDocument::MetricsOf(Face face) {
  const FontMetrics*& metrics = impl_->metrics[static_cast<int>(face)];
  if (metrics || !status_.ok()) return metrics;
  std::string problem;
  metrics = impl_->fonts.Metrics(face, &problem);
  if (!metrics) status_ = FontError(problem);
  return metrics;
}

float PdfDocument::CharUnits(Face face, char32_t c) {
  if (c == kSoftHyphen) return 0;
  if (!Printable(c)) c = U'?';
  const FontMetrics* metrics = MetricsOf(face);
  // Until the document works again, a plausible width keeps layout going.
  if (!metrics) return 500;
  if (!metrics->Has(c)) {
    const FontMetrics* fallback = Fallback();
    if (fallback && fallback->Has(c)) return fallback->Units(c);
  }
  return metrics->Units(c);
}

const Hyphenation* PdfDocument::hyphenation() { return impl_->hyphenation.get(); }

void PdfDocument::SplitByFace(const TextOp& text, std::vector<DrawOp>* out) {
  std::string printable = PrintableText(text.text);
  const FontMetrics* metrics = MetricsOf(text.face);
  const FontMetrics* fallback = nullptr;
  if (metrics) {
    for (size_t pos = 0; pos < printable.size() && !fallback;) {
      char32_t c = DecodeUtf8(printable, &pos);
      if (!metrics->Has(c) && Fallback() && Fallback()->Has(c)) fallback = Fallback();
    }
  }
  if (!fallback) {
    TextOp whole = text;
    whole.text = std::move(printable);
    out->push_back(std::move(whole));
    return;
  }
  // Runs of one face each, placed one after the other by their widths.
  TextOp run = text;
  run.text.clear();
  float x = text.x;
  for (size_t pos = 0; pos < printable.size();) {
    size_t start = pos;
    char32_t c = DecodeUtf8(printable, &pos);
    Face face = !metrics->Has(c) && fallback->Has(c) ? Face::kFallback : text.face;
    if (face != run.face && !run.text.empty()) {
      out->push_back(run);
      run.text.clear();
      run.x = x;
    }
    run.face = face;
    run.text.append(printable, start, pos - start);
    x += (face == Face::kFallback ? fallback->Units(c) : metrics->Units(c)) * text.size / 1000.0f;
  }
  if (!run.text.empty()) out->push_back(std::move(run));
}

int PdfDocument::AddImage(const std::string& bytes) {
  if (!status_.ok()) return -1;
  ImageCheck check = CheckImageBytes(bytes);
  if (!check.problem.empty()) return -1;
  try {
    auto data = reinterpret_cast<const HPDF_BYTE*>(bytes.data());
    auto size = static_cast<HPDF_UINT>(bytes.size());
    impl_->id.Add(bytes);
    HPDF_Image image = check.format == ImageFormat::kPng ? HPDF_LoadPngImageFromMem(impl_->doc, data, size)
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

StructureTree& PdfDocument::structure() { return impl_->structure; }

void PdfDocument::SetInfo(const DocumentInfo& info) {
  if (!status_.ok()) return;
  impl_->info = info;
  for (const std::string* part : {&info.title, &info.author, &info.subject, &info.keywords, &info.language})
    impl_->id.Add(*part);
  try {
    auto set = [&](HPDF_InfoType type, const std::string& value) {
      if (!value.empty()) HPDF_SetInfoAttr(impl_->doc, type, impl_->fonts.Encode(PrintableText(value)).c_str());
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

// Draws ops on one page (number `index` from 0); keeps a text object open
// across consecutive texts, and a marked-content sequence across consecutive
// ops of one structure element (or artifacts). Sequences enclose whole text
// objects, so they nest with BT/ET.
// Where a recorded page sits on its sheet: the page (the trim) `margin`
// points in from the MediaBox's edges, with `bleed` around it.
struct Sheet {
  float width;   // the trim: the page as laid out
  float height;
  float margin = 0;  // trim to the MediaBox's edge
  float bleed = 0;

  static Sheet For(const RecordedPage& page, Marks marks) {
    if (marks == Marks::kNone) return Sheet{page.width, page.height};
    return Sheet{page.width, page.height, kSlug, kBleed};
  }
};

class Painter {
 public:
  Painter(HPDF_Page page, int index, const Sheet& sheet, PdfDocument::Impl& impl)
      : page_(page), index_(index), sheet_(sheet), impl_(impl) {}

  void Draw(const DrawOp& op) {
    std::visit([this](const auto& o) { Draw(o); }, op);
  }
  void Finish() {
    EndText();
    EndMark();
  }

  // Crop marks at the trim's corners, from the bleed's edge outwards: an
  // artifact of the page's production (ISO 32000-1, 14.8.2.2), in
  // registration colour.
  void CropMarks() {
    if (sheet_.bleed <= 0) return;
    Finish();
    WriteRaw(ContentStream(page_), "/Artifact <</Type /Page>> BDC\012");
    HPDF_Page_SetCMYKStroke(page_, 1, 1, 1, 1);
    HPDF_Page_SetLineWidth(page_, 0.25f);
    const float near = kMarkGap, far = kMarkGap + kMarkLength;
    for (float x : {0.0f, sheet_.width})
      for (float y : {0.0f, sheet_.height}) {
        float out_x = x == 0 ? -1 : 1, out_y = y == 0 ? -1 : 1;  // away from the page
        HPDF_Page_MoveTo(page_, X(x + out_x * near), Y(y));
        HPDF_Page_LineTo(page_, X(x + out_x * far), Y(y));
        HPDF_Page_MoveTo(page_, X(x), Y(y + out_y * near));
        HPDF_Page_LineTo(page_, X(x), Y(y + out_y * far));
      }
    HPDF_Page_Stroke(page_);
    WriteRaw(ContentStream(page_), "EMC\012");
  }

 private:
  // Page coordinates (from the trim's top left, y down) to the sheet's.
  float X(float x) const { return sheet_.margin + x; }
  float Y(float y) const { return sheet_.margin + sheet_.height - y; }

  // A fill that reaches the trim runs on to the bleed's edge, so a cut a
  // little off still leaves no white edge.
  RectOp Bled(RectOp o) const {
    if (sheet_.bleed <= 0 || !o.fill) return o;
    const float touch = 0.5f, b = sheet_.bleed;
    if (o.x <= touch) o.width += o.x + b, o.x = -b;
    if (o.x + o.width >= sheet_.width - touch) o.width = sheet_.width + b - o.x;
    if (o.y <= touch) o.height += o.y + b, o.y = -b;
    if (o.y + o.height >= sheet_.height - touch) o.height = sheet_.height + b - o.y;
    return o;
  }

  void EndText() {
    if (in_text_) HPDF_Page_EndText(page_);
    in_text_ = false;
  }

  void EndMark() {
    if (mark_ != kUntagged) WriteRaw(ContentStream(page_), "EMC\012");
    mark_ = kUntagged;
  }

  // Starts the marked content of `tag` unless it is open; `top`: where the
  // op starts, for bookmarks.
  void Mark(Tag tag, float top) {
    StructureTree& tree = impl_.structure;
    if (tag <= 0 || tag > tree.size()) tag = kArtifact;
    if (tag == mark_) return;
    EndText();
    EndMark();
    mark_ = tag;
    if (tag == kArtifact) {
      WriteRaw(ContentStream(page_), "/Artifact BMC\012");
      return;
    }
    int mcid = tree.Mark(tag, index_, top);
    WriteRaw(ContentStream(page_),
             std::string("/") + RoleName(tree.at(tag).role) + " <</MCID " + std::to_string(mcid) + ">> BDC\012");
  }

  void Draw(const TextOp& o) {
    if (o.text.empty()) return;
    Mark(o.tag, o.baseline - o.size);
    if (!in_text_) HPDF_Page_BeginText(page_);
    in_text_ = true;
    HPDF_Page_SetFontAndSize(page_, impl_.fonts.Font(o.face), o.size);
    HPDF_Page_SetRGBFill(page_, o.color.r, o.color.g, o.color.b);
    HPDF_Page_TextOut(page_, X(o.x), Y(o.baseline), o.text.c_str());
  }

  void Draw(const RectOp& op) {
    EndText();
    const RectOp o = Bled(op);
    if (!o.fill && !o.stroke) return;
    Mark(o.tag, o.y);
    if (o.fill) HPDF_Page_SetRGBFill(page_, o.fill->r, o.fill->g, o.fill->b);
    if (o.stroke) {
      HPDF_Page_SetRGBStroke(page_, o.stroke->r, o.stroke->g, o.stroke->b);
      HPDF_Page_SetLineWidth(page_, o.line_width);
    }
    HPDF_Page_Rectangle(page_, X(o.x), Y(o.y + o.height), o.width, o.height);
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
    Mark(o.tag, std::min(o.y1, o.y2));
    HPDF_Page_SetRGBStroke(page_, o.color.r, o.color.g, o.color.b);
    HPDF_Page_SetLineWidth(page_, o.width);
    if (o.dash > 0) {
      HPDF_UINT16 pattern[2] = {static_cast<HPDF_UINT16>(o.dash + 0.5f), static_cast<HPDF_UINT16>(o.dash + 0.5f)};
      HPDF_Page_SetDash(page_, pattern, 2, 0);
    }
    HPDF_Page_MoveTo(page_, X(o.x1), Y(o.y1));
    HPDF_Page_LineTo(page_, X(o.x2), Y(o.y2));
    HPDF_Page_Stroke(page_);
    if (o.dash > 0) HPDF_Page_SetDash(page_, nullptr, 0, 0);
  }

  void Draw(const ImageOp& o) {
    EndText();
    if (o.image < 0 || o.image >= static_cast<int>(impl_.images.size())) return;
    Mark(o.tag, o.y);
    HPDF_Page_DrawImage(page_, impl_.images[o.image], X(o.x), Y(o.y + o.height), o.width, o.height);
  }

  void Draw(const LinkOp& o) {
    HPDF_Rect rect{X(o.x), Y(o.y + o.height), X(o.x + o.width), Y(o.y)};
    HPDF_Annotation link = HPDF_Page_CreateURILinkAnnot(page_, rect, o.url.c_str());
    HPDF_LinkAnnot_SetBorderStyle(link, 0, 0, 0);
    // Every annotation belongs to a Link element (one of its own when the op has none).
    StructureTree& tree = impl_.structure;
    Tag tag = o.tag > 0 && o.tag <= tree.size() && tree.at(o.tag).role == Role::kLink
                  ? o.tag
                  : tree.Add(StructureTree::kRoot, Role::kLink);
    tree.Annotate(tag, index_, static_cast<int>(impl_.annotations.size()));
    impl_.annotations.push_back(link);
    HPDF_Dict_Add(link, "Contents", TextString(impl_.doc->mmgr, o.description.empty() ? o.url : o.description));
  }

  HPDF_Page page_;
  int index_;
  Sheet sheet_;
  PdfDocument::Impl& impl_;
  bool in_text_ = false;
  Tag mark_ = kUntagged;  // the open marked content's tag
};

// The trim (the paper size) on every page, so a print shop's software
// need not guess it; the bleed when there is one.
void SetBoxes(HPDF_Doc doc, HPDF_Page page, const Sheet& sheet) {
  auto box = [&](const char* key, float out) {
    HPDF_Box b{sheet.margin - out, sheet.margin - out, sheet.margin + sheet.width + out,
               sheet.margin + sheet.height + out};
    HPDF_Dict_Add(page, key, HPDF_Box_Array_New(doc->mmgr, b));
  };
  box("TrimBox", 0);
  if (sheet.bleed > 0) box("BleedBox", sheet.bleed);
}

}  // namespace

void PdfDocument::AddPage(float width, float height, const std::vector<DrawOp>& ops) {
  if (!status_.ok()) return;
  if (impl_->drawn) {
    status_ = Status::Error("a page was added after the PDF was saved");
    return;
  }
  impl_->id.AddPage(width, height, ops);
  RecordedPage page{width, height, {}};
  page.ops.reserve(ops.size());
  for (const DrawOp& op : ops) {
    const auto* text = std::get_if<TextOp>(&op);
    if (text && !text->text.empty()) {
      SplitByFace(*text, &page.ops);
    } else {
      page.ops.push_back(op);
    }
  }
  for (DrawOp& op : page.ops) {
    auto* text = std::get_if<TextOp>(&op);
    if (!text || text->text.empty()) continue;
    std::string problem;
    if (!impl_->fonts.Encode(text->face, text->text, &text->text, &problem)) {
      status_ = FontError(problem);
      return;
    }
  }
  impl_->pages.push_back(std::move(page));
  ++pages_;
}

Status PdfDocument::Save(std::string* bytes) {
  bytes->clear();
  if (!status_.ok()) return status_;
  if (pages_ == 0) return Status::Error("the PDF has no pages");
  if (!impl_->drawn) {
    impl_->drawn = true;
    try {
      impl_->fonts.MakeFonts(impl_->doc);
    } catch (const HpdfFailure& f) {
      status_ = Status::Error(Describe(f, "loading the fonts"));
      return status_;
    }
    for (size_t i = 0; i < impl_->pages.size(); ++i) {
      const RecordedPage& recorded = impl_->pages[i];
      try {
        HPDF_Page page = HPDF_AddPage(impl_->doc);
        Sheet sheet = Sheet::For(recorded, impl_->marks);
        HPDF_Page_SetWidth(page, recorded.width + 2 * sheet.margin);
        HPDF_Page_SetHeight(page, recorded.height + 2 * sheet.margin);
        SetBoxes(impl_->doc, page, sheet);
        impl_->drawn_pages.push_back(page);
        impl_->heights.push_back(sheet.margin + recorded.height);  // where the page's top is
        Painter painter(page, static_cast<int>(i), sheet, *impl_);
        for (const DrawOp& op : recorded.ops) painter.Draw(op);
        painter.Finish();
        painter.CropMarks();
      } catch (const HpdfFailure& f) {
        status_ = Status::Error(Describe(f, "drawing page " + std::to_string(i + 1)));
        return status_;
      }
    }
    impl_->pages.clear();
    try {
      WriteStructure(impl_->doc, impl_->structure, impl_->drawn_pages, impl_->annotations);
      WriteOutlines(impl_->doc, impl_->structure, impl_->drawn_pages, impl_->heights, impl_->info.title);
      // The alternative texts and roles are content too: a changed description changes the /ID.
      for (Tag t = 1; t <= impl_->structure.size(); ++t) {
        const StructureElement& e = impl_->structure.at(t);
        if (!e.attached) continue;
        impl_->id.Add(RoleName(e.role));
        impl_->id.Add(e.text);
      }
      WriteDocumentMetadata(impl_->doc, impl_->info, impl_->id.Digest());
    } catch (const HpdfFailure& f) {
      status_ = Status::Error(Describe(f, "writing the document structure"));
      return status_;
    }
  }
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
