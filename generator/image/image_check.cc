#include "image/image_check.h"

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

// jpeglib.h needs FILE and size_t declared before it, and jerror.h its configuration.
#include <jpeglib.h>
#include <jerror.h>
#include <png.h>

namespace klynge {

namespace {

// Real progressive JPEGs have about ten scans; thousands of empty ones make
// libjpeg walk the whole image each time (a known way to stall a decoder).
constexpr int kMaxJpegScans = 100;

// 10000 → "10,000": messages are in English.
std::string Grouped(int64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string LowerExtension(std::string_view name) {
  size_t slash = name.rfind('/');
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
  std::string ext(name.substr(dot));
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

// The declared size against the limits; "" when within them.
std::string SizeProblem(int64_t width, int64_t height) {
  std::string size = Grouped(width) + " × " + Grouped(height) + " pixels";
  if (width > kMaxImageSide || height > kMaxImageSide)
    return "is " + size + "; an image may be at most " + Grouped(kMaxImageSide) +
           " pixels wide and high: scale it down";
  if (width * height > kMaxImagePixels)
    return "is " + size + ", " + Grouped(width * height) + " in all; an image may have at most " +
           Grouped(kMaxImagePixels) + " pixels: scale it down";
  return "";
}

int Clamped(int64_t v) { return v > INT32_MAX ? INT32_MAX : static_cast<int>(v); }

// ---- PNG, with libpng's full API: its simplified API decodes only into a
// buffer of the whole image, which a 10,000 × 4,000 RGBA file makes 160 MB.

struct PngRead {
  std::string_view bytes;
  size_t pos = 0;
  std::vector<unsigned char> row;
  char error[256] = "";
};

// libpng calls these from C: they store the message in a fixed buffer (no
// allocation that could throw) and jump back to DecodePng.
void PngFail(png_structp png, png_const_charp message) {
  auto* r = static_cast<PngRead*>(png_get_error_ptr(png));
  std::snprintf(r->error, sizeof r->error, "%s", message ? message : "unknown error");
  png_longjmp(png, 1);
}

// Warnings are about ancillary chunks (a wrong sRGB profile, a bad text
// chunk): browsers show such files, and so do the PDFs.
void PngWarn(png_structp, png_const_charp) {}

void PngReadBytes(png_structp png, png_bytep out, size_t n) {
  auto* r = static_cast<PngRead*>(png_get_io_ptr(png));
  if (n > r->bytes.size() - r->pos) png_error(png, "the file ends early: it is cut off");
  std::memcpy(out, r->bytes.data() + r->pos, n);
  r->pos += n;
}

// Reads every row and the chunks up to IEND. False with r->error set. Its
// own locals are set before setjmp and never changed, so they are valid
// after the jump; the state that changes lives in *r.
bool DecodePng(PngRead* r) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, r, PngFail, PngWarn);
  if (!png) return false;
  png_infop info = png_create_info_struct(png);
  if (!info) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    return false;
  }
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    return false;
  }
  png_set_user_limits(png, kMaxImageSide, kMaxImageSide);
  png_set_chunk_cache_max(png, 1000);        // ancillary chunks kept
  png_set_chunk_malloc_max(png, 8u << 20);  // one chunk, decompressed text included
  png_set_read_fn(png, r, PngReadBytes);
  png_read_info(png, info);
  int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  if (png_get_rowbytes(png, info) > r->row.size()) png_error(png, "a row is too long");
  png_uint_32 height = png_get_image_height(png, info);
  for (int pass = 0; pass < passes; ++pass)
    for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, r->row.data(), nullptr);
  png_read_end(png, nullptr);
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

uint32_t BigEndian32(std::string_view b, size_t at) {
  auto u = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(b[at + i])); };
  return u(0) << 24 | u(1) << 16 | u(2) << 8 | u(3);
}

ImageCheck CheckPng(std::string_view bytes) {
  ImageCheck check;
  check.format = ImageFormat::kPng;
  // IHDR comes first: judge the declared size before libpng reads anything.
  if (bytes.size() >= 24 && bytes.substr(12, 4) == "IHDR") {
    int64_t width = BigEndian32(bytes, 16), height = BigEndian32(bytes, 20);
    check.width = Clamped(width);
    check.height = Clamped(height);
    check.problem = SizeProblem(width, height);
    if (!check.problem.empty()) return check;
  }
  PngRead r;
  r.bytes = bytes;
  r.row.resize(static_cast<size_t>(kMaxImageSide) * 8);  // 16-bit RGBA, the widest row
  if (!DecodePng(&r))
    check.problem = std::string("is a damaged PNG file (") + (r.error[0] ? r.error : "out of memory") +
                    "): save it again from an image editor";
  return check;
}

// ---- JPEG, with libjpeg at 1/8 scale: every entropy-coded byte is still
// decoded (a damaged or cut-off file is found), but the output is small.

struct JpegRead {
  jpeg_decompress_struct info;
  jpeg_error_mgr errors;
  jpeg_progress_mgr progress;
  std::jmp_buf jump;
  char error[JMSG_LENGTH_MAX];
  bool too_many_scans;
};

[[noreturn]] void JpegJump(j_common_ptr c) {
  std::longjmp(static_cast<JpegRead*>(c->client_data)->jump, 1);
}

[[noreturn]] void JpegFail(j_common_ptr c) {
  (*c->err->format_message)(c, static_cast<JpegRead*>(c->client_data)->error);
  JpegJump(c);
}

// libjpeg reports damaged data as warnings and goes on with grey blocks; those
// fail the check. Warnings about metadata (an unknown JFIF version, padding
// before a marker, a bad ICC chunk) do not: browsers show such files.
void JpegMessage(j_common_ptr c, int level) {
  if (level >= 0) return;  // trace output
  switch (c->err->msg_code) {
    case JWRN_JPEG_EOF:
    case JWRN_HIT_MARKER:
    case JWRN_HUFF_BAD_CODE:
    case JWRN_MUST_RESYNC:
    case JWRN_NOT_SEQUENTIAL:
    case JWRN_BOGUS_PROGRESSION:
      JpegFail(c);
    default:
      return;
  }
}

void JpegProgress(j_common_ptr c) {
  auto* d = reinterpret_cast<j_decompress_ptr>(c);
  if (d->input_scan_number <= kMaxJpegScans) return;
  static_cast<JpegRead*>(c->client_data)->too_many_scans = true;
  JpegJump(c);
}

// Header, limits, then every scanline to EOI. False with r->error set, or
// with check->problem set when the file is readable but not publishable.
// Like DecodePng, its locals do not change after setjmp.
bool DecodeJpeg(JpegRead* r, std::string_view bytes, ImageCheck* check) {
  r->info.err = jpeg_std_error(&r->errors);
  r->errors.error_exit = JpegFail;
  r->errors.emit_message = JpegMessage;
  r->error[0] = '\0';
  if (setjmp(r->jump)) {
    check->width = Clamped(r->info.image_width);
    check->height = Clamped(r->info.image_height);
    jpeg_destroy_decompress(&r->info);
    return false;
  }
  jpeg_create_decompress(&r->info);
  r->info.client_data = r;
  r->progress.progress_monitor = JpegProgress;
  r->info.progress = &r->progress;
  // No image within the limits needs more (a progressive one keeps all its
  // coefficients); beyond it libjpeg fails cleanly instead of taking more.
  r->info.mem->max_memory_to_use = 400L << 20;
  jpeg_mem_src(&r->info, reinterpret_cast<const unsigned char*>(bytes.data()),
               static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&r->info, TRUE);
  check->width = Clamped(r->info.image_width);
  check->height = Clamped(r->info.image_height);
  check->problem = SizeProblem(r->info.image_width, r->info.image_height);
  if (check->problem.empty() && r->info.arith_code)
    check->problem = "is an arithmetic-coded JPEG, which browsers and PDF viewers do not show: save it again as an ordinary JPEG";
  int components = r->info.num_components;
  if (check->problem.empty() && components != 1 && components != 3 && components != 4)
    check->problem = "is a JPEG with " + std::to_string(components) +
                     " colour components, which PDF viewers do not show: save it again as RGB";
  if (!check->problem.empty()) {
    jpeg_destroy_decompress(&r->info);
    return true;
  }
  r->info.scale_num = 1;
  r->info.scale_denom = 8;
  r->info.dct_method = JDCT_IFAST;
  r->info.do_fancy_upsampling = FALSE;
  jpeg_start_decompress(&r->info);
  JSAMPARRAY row = (*r->info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&r->info), JPOOL_IMAGE,
                                                r->info.output_width * r->info.output_components, 1);
  while (r->info.output_scanline < r->info.output_height) jpeg_read_scanlines(&r->info, row, 1);
  jpeg_finish_decompress(&r->info);
  jpeg_destroy_decompress(&r->info);
  return true;
}

ImageCheck CheckJpeg(std::string_view bytes) {
  ImageCheck check;
  check.format = ImageFormat::kJpeg;
  JpegRead r{};
  if (DecodeJpeg(&r, bytes, &check)) return check;
  if (std::string size = SizeProblem(check.width, check.height); !size.empty())
    check.problem = size;  // the frame header was read before the error
  else if (r.too_many_scans)
    check.problem = "is a progressive JPEG of more than " + std::to_string(kMaxJpegScans) +
                    " scans: save it again as an ordinary (baseline) JPEG";
  else
    check.problem = std::string("is a damaged JPEG file (") + (r.error[0] ? r.error : "unknown error") +
                    "): save it again from an image editor";
  return check;
}

}  // namespace

ImageFormat SniffImageFormat(std::string_view b) {
  if (b.starts_with(std::string_view("\x89PNG\r\n\x1a\n", 8))) return ImageFormat::kPng;
  if (b.starts_with("\xFF\xD8\xFF")) return ImageFormat::kJpeg;
  if (b.starts_with("GIF87a") || b.starts_with("GIF89a")) return ImageFormat::kGif;
  if (b.size() >= 12 && b.starts_with("RIFF") && b.substr(8, 4) == "WEBP") return ImageFormat::kWebp;
  if (b.starts_with("%PDF-")) return ImageFormat::kPdf;
  if (b.starts_with(std::string_view("II*\0", 4)) || b.starts_with(std::string_view("MM\0*", 4)))
    return ImageFormat::kTiff;
  if (b.starts_with("BM") && b.size() >= 26) return ImageFormat::kBmp;
  std::string_view head = b.substr(0, 1024);
  size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string_view::npos && head[first] == '<' && head.find("<svg") != std::string_view::npos)
    return ImageFormat::kSvg;
  return ImageFormat::kUnknown;
}

const char* ImageFormatName(ImageFormat format) {
  switch (format) {
    case ImageFormat::kPng: return "PNG";
    case ImageFormat::kJpeg: return "JPEG";
    case ImageFormat::kGif: return "GIF";
    case ImageFormat::kWebp: return "WebP";
    case ImageFormat::kSvg: return "SVG";
    case ImageFormat::kBmp: return "BMP";
    case ImageFormat::kTiff: return "TIFF";
    case ImageFormat::kPdf: return "PDF";
    case ImageFormat::kUnknown: break;
  }
  return "unknown";
}

ImageFormat ImageFormatOfName(std::string_view name) {
  std::string ext = LowerExtension(name);
  if (ext == ".png") return ImageFormat::kPng;
  if (ext == ".jpg" || ext == ".jpeg") return ImageFormat::kJpeg;
  return ImageFormat::kUnknown;
}

namespace {

std::string UnsupportedFormat(ImageFormat format) {
  return std::string("is in ") + ImageFormatName(format) +
         " format; the site and the PDFs show only PNG and JPEG images: save it as .png or .jpg";
}

}  // namespace

ImageCheck CheckImageBytes(std::string_view bytes) {
  ImageFormat format = SniffImageFormat(bytes);
  switch (format) {
    case ImageFormat::kPng: return CheckPng(bytes);
    case ImageFormat::kJpeg: return CheckJpeg(bytes);
    default: break;
  }
  ImageCheck check;
  check.format = format;
  check.problem = format == ImageFormat::kUnknown
                      ? "is not an image the site and the PDFs can show: only PNG and JPEG are"
                      : UnsupportedFormat(format);
  return check;
}

ImageCheck CheckImageFile(std::string_view name, std::string_view bytes) {
  ImageCheck check;
  ImageFormat named = ImageFormatOfName(name);
  ImageFormat actual = SniffImageFormat(bytes);
  check.format = actual;
  std::string ext = LowerExtension(name);
  bool publishable = actual == ImageFormat::kPng || actual == ImageFormat::kJpeg;
  if (named == ImageFormat::kUnknown) {
    check.problem = actual == ImageFormat::kUnknown || publishable
                        ? "is not named as an image: an image must be a .png, .jpg or .jpeg file "
                          "(to offer another file, link to it with [text](…) instead of ![text](…))"
                        : UnsupportedFormat(actual);
    return check;
  }
  if (bytes.empty()) {
    check.problem = "is an empty file (0 bytes)";
    return check;
  }
  if (bytes.size() > kMaxImageBytes) {
    check.problem = "is " + Grouped(static_cast<int64_t>(bytes.size())) +
                    " bytes; an image file may be at most 10 MiB (" + Grouped(kMaxImageBytes) +
                    " bytes): save it smaller";
    return check;
  }
  if (actual != named) {
    std::string though = std::string(", though its name ends in ") + ext;
    if (actual == ImageFormat::kUnknown)
      check.problem = std::string("is not a ") + ImageFormatName(named) + " file" + though +
                      ": it is damaged or not an image";
    else if (publishable)
      check.problem = std::string("is in ") + ImageFormatName(actual) + " format" + though +
                      ": rename it to end in " + (actual == ImageFormat::kPng ? ".png" : ".jpg");
    else
      check.problem = std::string("is in ") + ImageFormatName(actual) + " format" + though +
                      "; the site and the PDFs show only PNG and JPEG images: save it as " +
                      ImageFormatName(named);
    return check;
  }
  return CheckImageBytes(bytes);
}

}  // namespace klynge
