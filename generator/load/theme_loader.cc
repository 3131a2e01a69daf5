#include "load/theme_loader.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <kainjow/mustache.hpp>
#include <limits>
#include <map>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_file.h"
#include "base/system_error.h"
#include "base/utf8.h"
#include "load/folder_fence.h"
#include "load/print_theme_loader.h"
#include "load/template_tags.h"
#include "load/yaml_document.h"

namespace klynge {

namespace fs = std::filesystem;

std::string FindThemeDir(const std::string& root, FileSystem* file_system) {
  const FileSystem& fs = OrReal(file_system);
  fs::path own = fs::path(root.empty() ? "." : root) / "themes" / "default";
  // A folder that cannot be looked at is taken: loading it then fails with
  // the cause, where falling back would build with another theme.
  auto usable = [&](const std::string& dir) {
    FileInfo info;
    return !fs.Stat(dir, &info).ok() || info.kind == FileKind::kFolder;
  };
  if (usable(own.string())) return own.lexically_normal().generic_string();
  if (usable(KLYNGE_SOURCE_THEME_DIR)) return KLYNGE_SOURCE_THEME_DIR;
  return KLYNGE_DEFAULT_THEME_DIR;
}

namespace {

// Partials may include partials; deeper nesting than this is taken as a cycle.
constexpr int kMaxPartialDepth = 8;

constexpr size_t kNoLimit = std::numeric_limits<size_t>::max();

// Reads the theme's files: through its fence, or what the snapshot read of them.
class ThemeFiles {
 public:
  ThemeFiles(const FileSystem& fs, const std::string& dir, const FolderFence& fence, ContentBytes* bytes)
      : fs_(fs), dir_(dir), fence_(fence), bytes_(bytes) {}

  const FileSystem& fs() const { return fs_; }
  std::string PathOf(const std::string& rel) const { return dir_ + "/" + rel; }

  // An error at `rel` when it is a symbolic link out of the theme folder.
  Status CheckLink(const std::string& rel) const {
    Message problem = fence_.CheckLink(PathOf(rel));
    if (problem.empty()) return Status::Ok();
    return Status::Error(fs::path(PathOf(rel)).generic_string() + ": " + Format(problem, Language::kEnglish));
  }

  // The file `rel` (below the theme folder); it must really be inside the theme folder.
  FencedRead Read(const std::string& rel, std::string* out) {
    if (bytes_) {
      auto it = bytes_->find(rel);
      if (it != bytes_->end()) {
        *out = std::move(it->second);
        bytes_->erase(it);
        FencedRead read;
        read.result = FencedRead::Result::kOk;
        return read;
      }
    }
    return ReadFenced(PathOf(rel), fence_, kNoLimit, out);
  }

  Status ReadFile(const std::string& rel, std::string* out) {
    FencedRead read = Read(rel, out);
    if (read.result == FencedRead::Result::kOk) return Status::Ok();
    return Status::Error(fs::path(PathOf(rel)).generic_string() + ": " + Describe(read));
  }

  // In English, as every theme problem is for now (a Status, not a Diagnostic).
  std::string Describe(const FencedRead& read) const {
    return Format(DescribeRead(read, fence_, kNoLimit), Language::kEnglish);
  }

  // What is at `rel`, a link followed; an error, not "nothing", when that cannot be told.
  Status KindOf(const std::string& rel, FileKind* kind) const {
    FileInfo info;
    Status s = fs_.Stat(PathOf(rel), &info);
    *kind = info.kind;
    return s.ok() ? s : Status::Error(PathOf(rel) + ": " + s.message(), s.error_number());
  }

 private:
  const FileSystem& fs_;
  std::string dir_;
  const FolderFence& fence_;
  ContentBytes* bytes_;
};

// A template's text and the file it was read from, for messages.
struct TemplateFile {
  std::string text;
  std::string path;
};
using TemplateFiles = std::map<std::string, TemplateFile>;

// *.mustache files directly in the folder `rel`, by name without the
// extension; one in `out` already (from the theme below) is replaced.
Status ReadTemplates(ThemeFiles& files, const std::string& rel, TemplateFiles* out) {
  std::string dir = files.PathOf(rel);
  FileInfo info;
  if (Status s = files.fs().Stat(dir, &info); !s.ok()) return Status::Error(dir + ": " + s.message());
  if (info.kind != FileKind::kFolder) return Status::Ok();
  std::vector<std::string> names;
  if (Status s = files.fs().List(dir, &names); !s.ok()) return Status::Error(dir + ": " + s.message());
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string file = rel + "/" + name;
    if (Status s = files.CheckLink(file); !s.ok()) return s;
    if (fs::path(name).extension() != ".mustache") continue;
    FileKind kind;
    if (Status s = files.KindOf(file, &kind); !s.ok()) return s;
    if (kind != FileKind::kFile) continue;
    std::string text;
    if (Status s = files.ReadFile(file, &text); !s.ok()) return s;
    size_t bad = FindInvalidUtf8(text);
    if (bad != std::string::npos)
      return Status::Error(files.PathOf(file) + ":" + LineColumn(text, bad) + ": invalid UTF-8");
    (*out)[fs::path(name).stem().string()] = {std::move(text), fs::path(files.PathOf(file)).generic_string()};
  }
  return Status::Ok();
}

// A span of `file` starting at byte `offset` of its `text`, placed at `begin` of the inlined text.
TemplateSpan SpanOf(const std::string& file, std::string_view text, size_t offset, size_t begin) {
  TemplateSpan span{begin, file, 1, 1};
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') {
      ++span.line;
      line_start = i + 1;
    }
  span.column = static_cast<int>(Utf8Length(text.substr(line_start, offset - line_start))) + 1;
  return span;
}

class PartialInliner {
 public:
  explicit PartialInliner(const TemplateFiles& partials) : partials_(partials) {}

  // `text` with every {{> name}} replaced by the partial, recursively; `spans`
  // says which file each stretch of the result came from.
  Status Inline(const std::string& file, const std::string& text, int depth, std::string* out,
                std::vector<TemplateSpan>* spans) {
    std::vector<TemplateTag> tags;
    std::string error;
    size_t at = 0;
    if (!ScanTemplateTags(text, &tags, &error, &at))
      return Status::Error(file + ":" + LineColumn(text, at) + ": " + error);
    out->clear();
    spans->clear();
    spans->push_back(SpanOf(file, text, 0, 0));
    size_t copied = 0;
    for (const TemplateTag& tag : tags) {
      std::string where = file + ":" + LineColumn(text, tag.begin);
      if (tag.kind == TagKind::kDelimiters)
        return Status::Error(where + ": changing the delimiters is not supported in klynge themes");
      if (tag.kind == TagKind::kUnescaped && !IsHtmlName(tag.name))
        return Status::Error(where + ": {{{" + tag.name +
                             "}}} would publish the value unescaped; only names ending in _html "
                             "(HTML made by klynge) may be unescaped");
      if (tag.kind != TagKind::kPartial) continue;
      auto it = partials_.find(tag.name);
      if (it == partials_.end())
        return Status::Error(where + ": no partial templates/partials/" + tag.name + ".mustache");
      if (depth >= kMaxPartialDepth)
        return Status::Error(where + ": partials nest too deep (a partial includes itself?)");
      std::string inlined;
      std::vector<TemplateSpan> inlined_spans;
      Status s = Inline(it->second.path, it->second.text, depth + 1, &inlined, &inlined_spans);
      if (!s.ok()) return s;
      out->append(text, copied, tag.begin - copied);
      for (TemplateSpan& span : inlined_spans) {
        span.begin += out->size();
        spans->push_back(std::move(span));
      }
      out->append(inlined);
      copied = tag.end;
      spans->push_back(SpanOf(file, text, copied, out->size()));
    }
    out->append(text, copied, std::string::npos);
    return Status::Ok();
  }

 private:
  static bool IsHtmlName(const std::string& name) {
    return name.size() > 5 && name.ends_with("_html");
  }

  const TemplateFiles& partials_;
};

// Every file below static/ is published: a link in it may not lead out of
// the theme. `rel` is the folder below the theme, `key` below static/.
Status ReadStatic(ThemeFiles& files, const std::string& rel, const std::string& key,
                  std::map<std::string, std::string>* out) {
  std::string dir = files.PathOf(rel);
  std::vector<std::string> names;
  if (Status s = files.fs().List(dir, &names); !s.ok()) return Status::Error(dir + ": " + s.message());
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    if (name[0] == '.') continue;
    std::string file = rel + "/" + name;
    if (Status s = files.CheckLink(file); !s.ok()) return s;
    FileInfo info;
    if (Status s = files.fs().LinkStat(files.PathOf(file), &info); !s.ok())
      return Status::Error(files.PathOf(file) + ": " + s.message());
    if (info.kind == FileKind::kFolder) {
      if (Status s = ReadStatic(files, file, key + name + "/", out); !s.ok()) return s;
      continue;
    }
    // A link to a file is read (its fence checked above); a link to a folder is not entered.
    if (info.kind == FileKind::kLink)
      if (Status s = files.KindOf(file, &info.kind); !s.ok()) return s;
    if (info.kind != FileKind::kFile) continue;
    std::string bytes;
    if (Status s = files.ReadFile(file, &bytes); !s.ok()) return s;
    (*out)[key + name] = std::move(bytes);
  }
  return Status::Ok();
}

// The UI strings in `rel`, each replacing the same key in `out` (from the theme below).
Status ReadStrings(ThemeFiles& files, const std::string& rel, Language language,
                   std::map<std::string, std::string>* out) {
  std::string text;
  std::string display = fs::path(files.PathOf(rel)).generic_string();
  if (Status s = files.CheckLink(rel); !s.ok()) return s;
  FencedRead read = files.Read(rel, &text);
  if (read.result != FencedRead::Result::kOk)
    return Status::Error(display + ": cannot read the theme's UI strings for this language (" +
                         files.Describe(read) + ")");
  size_t bad = FindInvalidUtf8(text);
  if (bad != std::string::npos)
    return Status::Error(display + ":" + LineColumn(text, bad) + ": invalid UTF-8");
  SourceFile file(display, fs::path(rel).filename().string(), text);
  Diagnostics diags;
  YamlDocument doc = ParseYaml(file, file.text(), 0, &diags);
  if (doc.ok && !doc.root->IsMapping())
    diags.Error(doc.Start(), "expected a map of UI strings (key: text)");
  if (doc.ok && doc.root->IsMapping()) {
    for (const YamlPair& kv : doc.root->pairs()) {
      if (!kv.value->IsScalar()) {
        diags.Error(doc.At(kv.value), "the UI string `" + kv.key->text() + "` must be text");
        continue;
      }
      (*out)[kv.key->text()] = kv.value->text();
    }
  }
  if (!diags.HasErrors()) return Status::Ok();
  std::string message;
  SourceLookup lookup = [&file](const std::string& p) { return p == file.path() ? &file : nullptr; };
  for (const Diagnostic& d : diags.Sorted()) message += FormatDiagnostic(d, lookup, language);
  while (!message.empty() && message.back() == '\n') message.pop_back();
  return Status::Error(message);
}

// kainjow's "Unclosed tag at 123" (a byte offset in the inlined text) as
// "file:line:col: Unclosed tag"; other wording with the template's file.
std::string ParseErrorAt(const Theme& theme, const std::string& name, const std::string& message) {
  size_t at = message.rfind(" at ");
  size_t offset = 0;
  if (at != std::string::npos) {
    const char* begin = message.data() + at + 4;
    const char* end = message.data() + message.size();
    auto [ptr, ec] = std::from_chars(begin, end, offset);
    if (ec == std::errc() && ptr == end && begin != end)
      return TemplatePlace(theme, name, offset) + ": " + message.substr(0, at);
  }
  return theme.dir + "/templates/" + name + ".mustache: " + message;
}

}  // namespace

std::vector<std::string> ThemeLayers(const std::string& root, FileSystem* fs) {
  std::string own = FindThemeDir(root, fs);
  std::string base = BaseThemeDir(fs);
  if (own == base || own == KLYNGE_SOURCE_THEME_DIR || own == KLYNGE_DEFAULT_THEME_DIR) return {own};
  return {own, base};
}

std::string BaseThemeDir(FileSystem* file_system) {
  const FileSystem& fs = OrReal(file_system);
  return IsKind(fs, KLYNGE_SOURCE_THEME_DIR, FileKind::kFolder) ? KLYNGE_SOURCE_THEME_DIR : KLYNGE_DEFAULT_THEME_DIR;
}

Status LoadTheme(const std::string& dir, const std::string& language, Theme* theme,
                 const std::string& private_folder, FileSystem* file_system, InputBytes* bytes) {
  return LoadTheme(std::vector<std::string>{dir}, language, theme, private_folder, file_system, bytes);
}

namespace {

// What each layer of a theme gives, the layer above replacing file by file.
struct ThemeParts {
  TemplateFiles pages, partials;
  std::map<std::string, std::string> static_files;
  std::map<std::string, std::string> strings;
  bool has_strings = false;
  std::string strings_problem;  // the upper layer's, when no layer has the language
  std::string print_text, print_path;
};

// Reads one layer (`dir`) over what the layers below gave in `parts`.
Status ReadLayer(const std::string& dir, const std::string& language, const std::string& private_folder,
                 const FileSystem& fs, ContentBytes* bytes, ThemeParts* parts) {
  if (!IsKind(fs, dir, FileKind::kFolder)) return Status::Error(dir + ": theme folder not found");
  // Theme files are published (static/) or shape what is: none may come from outside the theme.
  std::vector<std::string> private_folders;
  if (!private_folder.empty()) private_folders.push_back(private_folder);
  FolderFence fence(dir, "the theme folder " + dir, private_folders, fs);
  // The theme folder itself may be a link (to an installed theme), but not into the private folder.
  std::string resolved;
  if (!private_folders.empty() && (!fs.Resolve(dir, &resolved).ok() || !fence.Holds(resolved)))
    return Status::Error(dir + ": the theme folder leads into " + private_folder +
                         ", which is private and never published");
  ThemeFiles files(fs, dir, fence, bytes);
  for (const char* sub : {"templates", "templates/partials", "static", "i18n", "print.yaml"})
    if (Status s = files.CheckLink(sub); !s.ok()) return s;
  if (Status s = ReadTemplates(files, "templates", &parts->pages); !s.ok()) return s;
  if (Status s = ReadTemplates(files, "templates/partials", &parts->partials); !s.ok()) return s;
  FileKind kind;
  if (Status s = files.KindOf("static", &kind); !s.ok()) return s;
  if (kind == FileKind::kFolder)
    if (Status s = ReadStatic(files, "static", "", &parts->static_files); !s.ok()) return s;
  if (Status s = files.KindOf("print.yaml", &kind); !s.ok()) return s;
  if (kind != FileKind::kNone) {
    parts->print_text.clear();
    if (Status s = files.ReadFile("print.yaml", &parts->print_text); !s.ok()) return s;
    parts->print_path = fs::path(files.PathOf("print.yaml")).generic_string();
  }
  std::string strings = "i18n/" + language + ".yaml";
  if (Status s = files.CheckLink(strings); !s.ok()) return s;
  if (Status s = files.KindOf(strings, &kind); !s.ok()) return s;
  if (kind == FileKind::kNone) {
    parts->strings_problem = fs::path(files.PathOf(strings)).generic_string() +
                             ": cannot read the theme's UI strings for this language (there is no such file)";
    return Status::Ok();
  }
  parts->has_strings = true;
  return ReadStrings(files, strings, LanguageFromCode(language), &parts->strings);
}

}  // namespace

Status LoadTheme(const std::vector<std::string>& layers, const std::string& language, Theme* theme,
                 const std::string& private_folder, FileSystem* file_system, InputBytes* bytes) {
  const FileSystem& fs = OrReal(file_system);
  if (layers.empty()) return Status::Error("no theme folder");
  const std::string& dir = layers.front();
  theme->dir = dir;
  theme->language = language;
  // From the bottom layer (the installed theme) up to the site's own.
  ThemeParts parts;
  for (size_t i = layers.size(); i-- > 0;) {
    // A layer below the site's own that is not there (no installed theme, as
    // in a file system in memory) gives nothing to fall back on, and no error.
    if (i > 0 && !IsKind(fs, layers[i], FileKind::kFolder)) continue;
    ContentBytes* layer_bytes = !bytes ? nullptr : i == 0 ? &bytes->theme : &bytes->base_theme;
    if (Status s = ReadLayer(layers[i], language, private_folder, fs, layer_bytes, &parts); !s.ok()) return s;
  }
  std::string templates_dir = fs::path(dir + "/templates").generic_string();
  if (parts.pages.empty()) return Status::Error(templates_dir + ": the theme has no templates");

  PartialInliner inliner(parts.partials);
  for (const auto& [name, file] : parts.pages) {
    std::string resolved_text;
    std::vector<TemplateSpan> spans;
    if (Status s = inliner.Inline(file.path, file.text, 0, &resolved_text, &spans); !s.ok()) return s;
    // kainjow reports only its own wording; parse now so a broken template
    // fails the build with its name instead of rendering as an empty page.
    kainjow::mustache::mustache parsed(resolved_text);
    theme->templates[name] = std::move(resolved_text);
    theme->template_spans[name] = std::move(spans);
    if (!parsed.is_valid()) return Status::Error(ParseErrorAt(*theme, name, parsed.error_message()));
  }
  theme->static_files = std::move(parts.static_files);
  // The fonts are read here, once per build, for every PDF of it to share.
  FontLoader fonts(fs, bytes ? &bytes->fonts : nullptr);
  if (!parts.print_path.empty())
    if (Status s = ParsePrintTheme(parts.print_path, parts.print_text, language, &fonts, &theme->print); !s.ok())
      return s;
  fonts.LoadFaces(&theme->print);
  if (!parts.has_strings) return Status::Error(parts.strings_problem);
  theme->strings = std::move(parts.strings);
  return Status::Ok();
}

}  // namespace klynge
