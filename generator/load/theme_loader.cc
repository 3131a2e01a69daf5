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

std::string FindThemeDir(const std::string& root) {
  std::error_code ec;
  fs::path own = fs::path(root.empty() ? "." : root) / "themes" / "default";
  if (fs::is_directory(own, ec)) return own.lexically_normal().generic_string();
  if (fs::is_directory(KLYNGE_SOURCE_THEME_DIR, ec)) return KLYNGE_SOURCE_THEME_DIR;
  return KLYNGE_DEFAULT_THEME_DIR;
}

namespace {

// Partials may include partials; deeper nesting than this is taken as a cycle.
constexpr int kMaxPartialDepth = 8;

constexpr size_t kNoLimit = std::numeric_limits<size_t>::max();

// An error at `path` when it is a symbolic link out of the theme folder.
Status CheckLink(const fs::directory_entry& entry, const FolderFence& fence) {
  std::string problem = fence.CheckLink(entry);
  if (problem.empty()) return Status::Ok();
  return Status::Error(entry.path().generic_string() + ": " + problem);
}

// Reads a file of the theme; the file must really be inside the theme folder.
Status ReadThemeFile(const fs::path& path, const FolderFence& fence, std::string* out) {
  FencedRead read = ReadFenced(path, fence, kNoLimit, out);
  if (read.result == FencedRead::Result::kOk) return Status::Ok();
  return Status::Error(path.generic_string() + ": " + DescribeRead(read, fence, kNoLimit));
}

// *.mustache files directly in `dir`, by name without the extension.
Status ReadTemplates(const fs::path& dir, const FolderFence& fence,
                     std::map<std::string, std::string>* out) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Ok();
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (Status s = CheckLink(e, fence); !s.ok()) return s;
    if (!e.is_regular_file() || e.path().extension() != ".mustache") continue;
    std::string text;
    if (Status s = ReadThemeFile(e.path(), fence, &text); !s.ok()) return s;
    size_t bad = FindInvalidUtf8(text);
    if (bad != std::string::npos)
      return Status::Error(e.path().generic_string() + ":" + LineColumn(text, bad) +
                           ": invalid UTF-8");
    (*out)[e.path().stem().string()] = std::move(text);
  }
  return ec ? Status::Error(dir.generic_string() + ": " + ErrorText(ec)) : Status::Ok();
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
  PartialInliner(const std::map<std::string, std::string>& partials, std::string templates_dir)
      : partials_(partials), templates_dir_(std::move(templates_dir)) {}

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
      Status s = Inline(templates_dir_ + "/partials/" + tag.name + ".mustache", it->second,
                        depth + 1, &inlined, &inlined_spans);
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

  const std::map<std::string, std::string>& partials_;
  std::string templates_dir_;
};

// Every file below static/ is published: a link in it may not lead out of the theme.
Status ReadStatic(const fs::path& dir, const FolderFence& fence, std::map<std::string, std::string>* out) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Ok();
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (Status s = CheckLink(*it, fence); !s.ok()) return s;
    if (!it->is_regular_file()) continue;
    std::string bytes;
    if (Status s = ReadThemeFile(it->path(), fence, &bytes); !s.ok()) return s;
    (*out)[it->path().lexically_relative(dir).generic_string()] = std::move(bytes);
  }
  return ec ? Status::Error(dir.generic_string() + ": " + ErrorText(ec)) : Status::Ok();
}

Status ReadStrings(const fs::path& path, const FolderFence& fence,
                   std::map<std::string, std::string>* out) {
  std::string text;
  std::string display = path.generic_string();
  std::error_code ec;
  fs::directory_entry entry(path, ec);
  if (!ec)
    if (Status s = CheckLink(entry, fence); !s.ok()) return s;
  FencedRead read = ReadFenced(path, fence, kNoLimit, &text);
  if (read.result != FencedRead::Result::kOk)
    return Status::Error(display + ": cannot read the theme's UI strings for this language (" +
                         DescribeRead(read, fence, kNoLimit) + ")");
  size_t bad = FindInvalidUtf8(text);
  if (bad != std::string::npos)
    return Status::Error(display + ":" + LineColumn(text, bad) + ": invalid UTF-8");
  SourceFile file(display, path.filename().string(), text);
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
  for (const Diagnostic& d : diags.Sorted()) message += FormatDiagnostic(d, lookup);
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

Status LoadTheme(const std::string& dir, const std::string& language, Theme* theme,
                 const std::string& private_folder) {
  std::error_code ec;
  fs::path root(dir);
  if (!fs::is_directory(root, ec)) return Status::Error(dir + ": theme folder not found");
  theme->dir = dir;
  theme->language = language;
  std::string templates_dir = (root / "templates").generic_string();
  // Theme files are published (static/) or shape what is: none may come from outside the theme.
  std::vector<fs::path> private_folders;
  if (!private_folder.empty()) private_folders.push_back(private_folder);
  FolderFence fence(root, "the theme folder " + dir, private_folders);
  // The theme folder itself may be a link (to an installed theme), but not into the private folder.
  if (!private_folders.empty() && !fence.Holds(fs::canonical(root, ec)))
    return Status::Error(dir + ": the theme folder leads into " + private_folder +
                         ", which is private and never published");
  for (const char* sub : {"templates", "templates/partials", "static", "i18n", "print.yaml"}) {
    fs::directory_entry entry(root / sub, ec);
    if (!ec && entry.is_symlink(ec))
      if (Status s = CheckLink(entry, fence); !s.ok()) return s;
  }

  std::map<std::string, std::string> pages, partials;
  if (Status s = ReadTemplates(root / "templates", fence, &pages); !s.ok()) return s;
  if (Status s = ReadTemplates(root / "templates" / "partials", fence, &partials); !s.ok()) return s;
  if (pages.empty()) return Status::Error(templates_dir + ": the theme has no templates");

  PartialInliner inliner(partials, templates_dir);
  for (const auto& [name, text] : pages) {
    std::string file = templates_dir + "/" + name + ".mustache";
    std::string resolved;
    std::vector<TemplateSpan> spans;
    if (Status s = inliner.Inline(file, text, 0, &resolved, &spans); !s.ok()) return s;
    // kainjow reports only its own wording; parse now so a broken template
    // fails the build with its name instead of rendering as an empty page.
    kainjow::mustache::mustache parsed(resolved);
    theme->templates[name] = std::move(resolved);
    theme->template_spans[name] = std::move(spans);
    if (!parsed.is_valid()) return Status::Error(ParseErrorAt(*theme, name, parsed.error_message()));
  }
  if (Status s = ReadStatic(root / "static", fence, &theme->static_files); !s.ok()) return s;
  fs::path print = root / "print.yaml";
  if (fs::exists(print, ec)) {
    std::string text;
    if (Status s = ReadThemeFile(print, fence, &text); !s.ok()) return s;
    if (Status s = ParsePrintTheme(print.generic_string(), text, language, &theme->print); !s.ok()) return s;
  }
  return ReadStrings(root / "i18n" / (language + ".yaml"), fence, &theme->strings);
}

}  // namespace klynge
