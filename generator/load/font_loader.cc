#include "load/font_loader.h"

#include "load/input_snapshot.h"

namespace klynge {

namespace {

// "" when `bytes` start as a TrueType font libharu can embed, else why not.
std::string CheckFontBytes(const std::string& path, const std::string& bytes) {
  std::string magic = bytes.substr(0, 4);
  if (magic == std::string("\0\1\0\0", 4) || magic == "true") return "";
  if (magic == "OTTO")
    return path + " is an OpenType font with CFF outlines, which libharu cannot embed; use a TrueType (.ttf) file";
  return path + " is not a TrueType font file";
}

}  // namespace

FontLoader::Loaded& FontLoader::Get(const std::string& path) {
  auto [it, fresh] = loaded_.try_emplace(path);
  Loaded& entry = it->second;
  if (!fresh) return entry;
  entry.font.path = path;
  std::string bytes;
  auto kept = bytes_ ? bytes_->find(path) : ContentBytes::iterator();
  Status read = Status::Ok();
  if (bytes_ && kept != bytes_->end()) {
    bytes = std::move(kept->second);
    bytes_->erase(kept);
  } else {
    read = fs_.Read(path, kAnySize, &bytes);
  }
  if (!read.ok()) {
    entry.font.hash = InputHash(nullptr);
    entry.font.problem = "cannot read " + path + ": " + read.message();
    entry.file_problem = "cannot read the font file " + path;
    return entry;
  }
  entry.font.hash = InputHash(&bytes);
  entry.file_problem = CheckFontBytes(path, bytes);
  std::string why;
  entry.font.metrics = FontMetrics::Parse(std::move(bytes), &why);
  if (!entry.font.metrics) entry.font.problem = path + " is " + why;
  return entry;
}

const PrintFont& FontLoader::Load(const std::string& path) { return Get(path).font; }

const std::string& FontLoader::FileProblem(const std::string& path) { return Get(path).file_problem; }

void FontLoader::LoadFaces(PrintTheme* theme) {
  for (PrintFont* face : {&theme->font_regular, &theme->font_bold, &theme->font_italic, &theme->font_bold_italic,
                          &theme->font_fallback})
    if (!face->path.empty()) *face = Load(face->path);
  PrintHyphenation& h = theme->hyphenation;
  if (h.path.empty() || h.patterns) return;
  std::string bytes;
  if (Status read = fs_.Read(h.path, kAnySize, &bytes); !read.ok()) {
    h.hash = InputHash(nullptr);
    h.problem = "cannot read the hyphenation dictionary " + h.path + ": " + read.message();
    return;
  }
  h.hash = InputHash(&bytes);
  std::string why;
  h.patterns = Hyphenation::Parse(bytes, &why);
  if (!h.patterns) h.problem = h.path + " is " + why;
}

}  // namespace klynge
