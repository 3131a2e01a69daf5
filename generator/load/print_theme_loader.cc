#include "load/print_theme_loader.h"

#include <filesystem>

#include "base/diagnostics.h"
#include "base/source_file.h"
#include "base/text.h"
#include "base/utf8.h"
#include "load/yaml_document.h"

namespace klynge {

namespace fs = std::filesystem;

namespace {

bool ParseColor(const std::string& text, RgbColor* out) {
  uint64_t rgb = 0;
  if (text.size() != 7 || text[0] != '#' || !ParseHex(std::string_view(text).substr(1), &rgb)) return false;
  *out = RgbColor{static_cast<uint8_t>(rgb >> 16), static_cast<uint8_t>(rgb >> 8), static_cast<uint8_t>(rgb)};
  return true;
}

class Reader {
 public:
  Reader(const YamlDocument& doc, std::string dir, FontLoader* fonts, Diagnostics* diags)
      : doc_(doc), dir_(std::move(dir)), fonts_(fonts), diags_(diags) {}

  // Calls read(key, value) for each entry of the mapping `node`; other keys are errors.
  template <typename Read>
  void Map(const YamlNode* node, const std::string& what, const std::vector<std::string>& keys, Read read) {
    if (!node->IsMapping()) {
      diags_->Error(doc_.At(node), what + " must be a mapping");
      return;
    }
    for (const YamlPair& kv : node->pairs()) {
      std::string key = kv.key->text();
      bool known = false;
      for (const std::string& k : keys) known = known || k == key;
      if (!known) {
        std::string near = NearestWord(key, keys);
        diags_->Error(doc_.At(kv.key), "unknown key `" + key + "` in " + what +
                                                   (near.empty() ? "" : " (did you mean `" + near + "`?)"));
        continue;
      }
      read(key, kv.value);
    }
  }

  void Font(const YamlNode* value, const std::string& key, PrintFont* out) {
    if (!value->IsScalar() || value->text().empty()) {
      diags_->Error(doc_.At(value), "font `" + key + "` must be a file path");
      return;
    }
    fs::path path(value->text());
    if (path.is_relative()) path = fs::path(dir_) / path;
    std::string resolved = path.lexically_normal().generic_string();
    const std::string& problem = fonts_->FileProblem(resolved);
    if (!problem.empty()) {
      diags_->Error(doc_.At(value), problem);
      return;
    }
    *out = fonts_->Load(resolved);
  }

  // hyphenation: true (the default dictionary), false (off), or a libhyphen .dic file.
  void Hyphenation(const YamlNode* value, PrintHyphenation* out) {
    if (!value->IsScalar() || value->text().empty()) {
      diags_->Error(doc_.At(value), "`hyphenation` must be true, false or the path of a hyphenation dictionary (.dic)");
      return;
    }
    const std::string& text = value->text();
    if (text == "true") return;
    if (text == "false") {
      out->path.clear();
      return;
    }
    fs::path path(text);
    if (path.is_relative()) path = fs::path(dir_) / path;
    out->path = path.lexically_normal().generic_string();
  }

  // strings: {da: {key: text}, en: {…}}: keeps the texts of `language`.
  void Strings(const YamlNode* node, const std::string& language, std::map<std::string, std::string>* out) {
    if (!node->IsMapping()) {
      diags_->Error(doc_.At(node), "`strings` must map a language (da, en) to its strings");
      return;
    }
    for (const YamlPair& lang : node->pairs()) {
      const YamlNode* texts = lang.value;
      if (!texts->IsMapping()) {
        diags_->Error(doc_.At(texts), "the strings of `" + lang.key->text() + "` must be a mapping of key: text");
        continue;
      }
      for (const YamlPair& kv : texts->pairs()) {
        if (!kv.value->IsScalar()) {
          diags_->Error(doc_.At(kv.value), "the string `" + kv.key->text() + "` must be text");
          continue;
        }
        if (lang.key->text() == language) (*out)[kv.key->text()] = kv.value->text();
      }
    }
  }

  void Color(const YamlNode* value, const std::string& key, RgbColor* out) {
    if (!value->IsScalar() || !ParseColor(value->text(), out))
      diags_->Error(doc_.At(value), "colour `" + key + "` must be written #rrggbb, such as \"#1b3a6b\"");
  }

 private:
  const YamlDocument& doc_;
  std::string dir_;
  FontLoader* fonts_;
  Diagnostics* diags_;
};

}  // namespace

Status LoadPrintTheme(const std::string& path, const std::string& language, PrintTheme* theme) {
  FontLoader fonts(RealFileSystem());
  std::string text;
  Status status = Status::Ok();
  if (Exists(RealFileSystem(), path)) {
    if (Status read = RealFileSystem().Read(path, kAnySize, &text); !read.ok())
      return Status::Error(path + ": cannot read: " + read.message());
    status = ParsePrintTheme(path, text, language, &fonts, theme);
  }
  fonts.LoadFaces(theme);
  return status;
}

Status ParsePrintTheme(const std::string& path, const std::string& text, const std::string& language,
                       FontLoader* fonts, PrintTheme* theme) {
  theme->file = path;
  if (size_t bad = FindInvalidUtf8(text); bad != std::string::npos)
    return Status::Error(path + ": invalid UTF-8 at byte " + std::to_string(bad));

  SourceFile file(path, fs::path(path).filename().string(), text);
  Diagnostics diags;
  YamlDocument doc = ParseYaml(file, file.text(), 0, &diags);
  if (doc.ok && !doc.root->IsNull()) {
    Reader reader(doc, fs::path(path).parent_path().generic_string(), fonts, &diags);
    reader.Map(doc.root, "print.yaml", {"fonts", "colors", "strings", "hyphenation"},
               [&](const std::string& key, const YamlNode* v) {
      if (key == "hyphenation") {
        reader.Hyphenation(v, &theme->hyphenation);
      } else if (key == "strings") {
        reader.Strings(v, language, &theme->strings);
      } else if (key == "fonts") {
        reader.Map(v, "`fonts`", {"regular", "bold", "italic", "bold_italic", "fallback"},
                   [&](const std::string& face, const YamlNode* f) {
                     PrintFont* out = face == "regular" ? &theme->font_regular
                                        : face == "fallback" ? &theme->font_fallback
                                        : face == "bold"  ? &theme->font_bold
                                        : face == "italic" ? &theme->font_italic
                                                           : &theme->font_bold_italic;
                     reader.Font(f, face, out);
                   });
      } else {
        reader.Map(v, "`colors`", {"accent", "accent_dark", "link", "text", "muted", "rule", "tint", "break"},
                   [&](const std::string& name, const YamlNode* c) {
                     RgbColor* out = name == "accent"        ? &theme->accent
                                     : name == "accent_dark" ? &theme->accent_dark
                                     : name == "link"        ? &theme->link
                                     : name == "text"        ? &theme->text
                                     : name == "muted"       ? &theme->muted
                                     : name == "rule"        ? &theme->rule
                                     : name == "tint"        ? &theme->tint
                                                             : &theme->break_fill;
                     reader.Color(c, name, out);
                   });
      }
    });
  }
  if (!diags.HasErrors()) return Status::Ok();
  std::string message;
  SourceLookup lookup = [&file](const std::string& p) { return p == file.path() ? &file : nullptr; };
  for (const Diagnostic& d : diags.Sorted()) message += FormatDiagnostic(d, lookup, LanguageFromCode(language));
  while (!message.empty() && message.back() == '\n') message.pop_back();
  return Status::Error(message);
}

}  // namespace klynge
