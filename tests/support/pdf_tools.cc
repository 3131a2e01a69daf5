#include "support/pdf_tools.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <png.h>

#include <cstdio>
// jpeglib.h needs FILE and size_t declared first.
#include <jpeglib.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <vector>

#include "load/font_loader.h"

namespace klynge::testing {

pdf::FontFiles DefaultFonts() {
  PrintTheme theme;
  FontLoader(RealFileSystem()).LoadFaces(&theme);
  return pdf::FontFiles{theme.font_regular,     theme.font_bold,     theme.font_italic,
                        theme.font_bold_italic, theme.font_fallback, theme.hyphenation.patterns};
}

namespace {

// A PDF written to a temporary file for the tools to read.
class TempPdf {
 public:
  explicit TempPdf(const std::string& bytes) {
    std::string pattern = (std::filesystem::temp_directory_path() / "klynge-pdf-XXXXXX").string();
    int fd = mkstemp(pattern.data());
    if (fd >= 0) close(fd);
    path_ = pattern;
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempPdf() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

int RunShell(const std::string& command, std::string* out) {
  out->clear();
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out->append(buf, n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string PdfText(const std::string& pdf, int first, int last) {
  TempPdf file(pdf);
  std::string range;
  if (first > 0) range += " -f " + std::to_string(first);
  if (last > 0) range += " -l " + std::to_string(last);
  std::string out;
  // stderr is dropped here; pdf_fonts_test checks that poppler has nothing to warn about.
  RunShell("pdftotext -enc UTF-8" + range + " '" + file.path() + "' - 2>/dev/null", &out);
  return out;
}

std::string PdfInfo(const std::string& pdf) {
  TempPdf file(pdf);
  std::string out;
  RunShell("pdfinfo -box -f 1 -l 9999 '" + file.path() + "' 2>/dev/null", &out);
  return out;
}

int PdfPageCount(const std::string& pdf) {
  std::smatch m;
  std::string info = PdfInfo(pdf);
  if (std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))"))) return std::stoi(m[1]);
  return 0;
}

std::vector<std::string> PdfPageSizes(const std::string& pdf) {
  std::vector<std::string> sizes;
  std::string info = PdfInfo(pdf);
  std::regex re(R"(Page\s+\d+ size:\s+([0-9.]+ x [0-9.]+) pts)");
  for (auto it = std::sregex_iterator(info.begin(), info.end(), re); it != std::sregex_iterator(); ++it)
    sizes.push_back((*it)[1]);
  return sizes;
}

std::vector<double> PdfFirstPageBox(const std::string& pdf, const std::string& name) {
  std::smatch m;
  std::string info = PdfInfo(pdf);
  std::vector<double> box;
  if (std::regex_search(info, m, std::regex("Page +1 " + name + ": +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9.]+)")))
    for (int i = 1; i <= 4; ++i) box.push_back(std::stod(m[i]));
  return box;
}

std::vector<std::string> PdfLinks(const std::string& pdf) {
  TempPdf file(pdf);
  std::string out;
  RunShell("pdftohtml -xml -stdout -i '" + file.path() + "' 2>/dev/null", &out);
  std::vector<std::string> links;
  std::regex re(R"re(<a href="([^"]*)")re");
  for (auto it = std::sregex_iterator(out.begin(), out.end(), re); it != std::sregex_iterator(); ++it) {
    std::string href = (*it)[1];
    for (size_t at; (at = href.find("&amp;")) != std::string::npos;) href.replace(at, 5, "&");
    if (links.empty() || links.back() != href) links.push_back(href);
  }
  return links;
}

PdfPageWords PdfWordBoxes(const std::string& pdf, int page) {
  TempPdf file(pdf);
  std::string out;
  RunShell("pdftotext -bbox-layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
               file.path() + "' - 2>/dev/null",
           &out);
  PdfPageWords words;
  std::smatch size;
  if (std::regex_search(out, size, std::regex(R"re(<page width="([0-9.]+)" height="([0-9.]+)">)re"))) {
    words.width = std::stod(size[1]);
    words.height = std::stod(size[2]);
  }
  std::regex re(R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(out.begin(), out.end(), re); it != std::sregex_iterator(); ++it)
    words.words.push_back(PdfWord{std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]),
                                  std::stod((*it)[4]), (*it)[5]});
  return words;
}

std::vector<double> PdfWordHeights(const std::string& pdf, int page, const std::string& word) {
  std::vector<double> heights;
  for (const PdfWord& w : PdfWordBoxes(pdf, page).words)
    if (w.text == word) heights.push_back(w.y_max - w.y_min);
  return heights;
}

std::string MakeTestPng(int width, int height) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = width;
  image.height = height;
  image.format = PNG_FORMAT_RGBA;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<png_byte>(i * 7);
  png_alloc_size_t size = 0;
  png_image_write_to_memory(&image, nullptr, &size, 0, pixels.data(), 0, nullptr);
  std::string out(size, '\0');
  png_image_write_to_memory(&image, out.data(), &size, 0, pixels.data(), 0, nullptr);
  out.resize(size);
  return out;
}

namespace {

// A JPEG of a fixed pattern; `configure` sets the encoder's options after its defaults.
std::string EncodeTestJpeg(int width, int height, const std::function<void(jpeg_compress_struct*)>& configure) {
  jpeg_compress_struct c{};
  jpeg_error_mgr errors{};
  c.err = jpeg_std_error(&errors);
  jpeg_create_compress(&c);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&c, &buffer, &size);
  c.image_width = width;
  c.image_height = height;
  c.input_components = 3;
  c.in_color_space = JCS_RGB;
  jpeg_set_defaults(&c);
  configure(&c);
  jpeg_start_compress(&c, TRUE);
  std::vector<unsigned char> row(static_cast<size_t>(width) * 3);
  while (c.next_scanline < c.image_height) {
    for (size_t i = 0; i < row.size(); ++i) row[i] = static_cast<unsigned char>(i * 7 + c.next_scanline * 3);
    JSAMPROW rows[1] = {row.data()};
    jpeg_write_scanlines(&c, rows, 1);
  }
  jpeg_finish_compress(&c);
  std::string out(reinterpret_cast<const char*>(buffer), size);
  jpeg_destroy_compress(&c);
  free(buffer);
  return out;
}

}  // namespace

std::string MakeTestJpeg(int width, int height, bool progressive) {
  return EncodeTestJpeg(width, height, [progressive](jpeg_compress_struct* c) {
    jpeg_set_quality(c, 85, TRUE);
    if (progressive) jpeg_simple_progression(c);
  });
}

std::string MakeTestJpegOfManyScans(int width, int height) {
  std::vector<jpeg_scan_info> scans;
  scans.push_back({3, {0, 1, 2, 0}, 0, 0, 0, 0});
  for (int component = 0; component < 3; ++component)
    for (int k = 1; k < 64; ++k) scans.push_back({1, {component, 0, 0, 0}, k, k, 0, 0});
  return EncodeTestJpeg(width, height, [&scans](jpeg_compress_struct* c) {
    c->scan_info = scans.data();
    c->num_scans = static_cast<int>(scans.size());
  });
}

std::string PdfFonts(const std::string& pdf) {
  TempPdf file(pdf);
  std::string out;
  RunShell("pdffonts '" + file.path() + "' 2>/dev/null", &out);
  return out;
}

bool QpdfCheck(const std::string& pdf, std::string* report) {
  TempPdf file(pdf);
  int code = RunShell("qpdf --check '" + file.path() + "' 2>&1", report);
  return code == 0;
}

}  // namespace klynge::testing
