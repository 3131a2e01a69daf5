#include "load/theme_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <map>
#include <sstream>

#include "base/diagnostics.h"
#include "base/source_file.h"
#include "base/utf8.h"
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

bool ReadBytes(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  *out = buf.str();
  return !in.bad();
}

// *.mustache files directly in `dir`, by name without the extension.
Status ReadTemplates(const fs::path& dir, std::map<std::string, std::string>* out) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Ok();
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (!e.is_regular_file() || e.path().extension() != ".mustache") continue;
    std::string text;
    if (!ReadBytes(e.path(), &text)) return Status::Error(e.path().generic_string() + ": cannot read");
    size_t bad = FindInvalidUtf8(text);
    if (bad != std::string::npos)
      return Status::Error(e.path().generic_string() + ":" + LineColumn(text, bad) +
                           ": invalid UTF-8");
    (*out)[e.path().stem().string()] = std::move(text);
  }
  return ec ? Status::Error(dir.generic_string() + ": " + ec.message()) : Status::Ok();
}

class PartialInliner {
 public:
  PartialInliner(const std::map<std::string, std::string>& partials, std::string templates_dir)
      : partials_(partials), templates_dir_(std::move(templates_dir)) {}

  // `text` with every {{> name}} replaced by the partial, recursively.
  Status Inline(const std::string& file, const std::string& text, int depth, std::string* out) {
    std::vector<TemplateTag> tags;
    std::string error;
    size_t at = 0;
    if (!ScanTemplateTags(text, &tags, &error, &at))
      return Status::Error(file + ":" + LineColumn(text, at) + ": " + error);
    out->clear();
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
      Status s = Inline(templates_dir_ + "/partials/" + tag.name + ".mustache", it->second,
                        depth + 1, &inlined);
      if (!s.ok()) return s;
      out->append(text, copied, tag.begin - copied);
      out->append(inlined);
      copied = tag.end;
    }
    out->append(text, copied, std::string::npos);
    return Status::Ok();
  }

 private:
  static bool IsHtmlName(const std::string& name) {
    return name.size() > 5 && name.compare(name.size() - 5, 5, "_html") == 0;
  }

  const std::map<std::string, std::string>& partials_;
  std::string templates_dir_;
};

Status ReadStatic(const fs::path& dir, std::map<std::string, std::string>* out) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Ok();
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file()) continue;
    std::string bytes;
    if (!ReadBytes(it->path(), &bytes))
      return Status::Error(it->path().generic_string() + ": cannot read");
    (*out)[it->path().lexically_relative(dir).generic_string()] = std::move(bytes);
  }
  return ec ? Status::Error(dir.generic_string() + ": " + ec.message()) : Status::Ok();
}

Status ReadStrings(const fs::path& path, std::map<std::string, std::string>* out) {
  std::string text;
  std::string display = path.generic_string();
  if (!ReadBytes(path, &text))
    return Status::Error(display + ": cannot read the theme's UI strings for this language");
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

}  // namespace

Status LoadTheme(const std::string& dir, const std::string& language, Theme* theme) {
  std::error_code ec;
  fs::path root(dir);
  if (!fs::is_directory(root, ec)) return Status::Error(dir + ": theme folder not found");
  theme->dir = dir;
  theme->language = language;
  std::string templates_dir = (root / "templates").generic_string();

  std::map<std::string, std::string> pages, partials;
  if (Status s = ReadTemplates(root / "templates", &pages); !s.ok()) return s;
  if (Status s = ReadTemplates(root / "templates" / "partials", &partials); !s.ok()) return s;
  if (pages.empty()) return Status::Error(templates_dir + ": the theme has no templates");

  PartialInliner inliner(partials, templates_dir);
  for (const auto& [name, text] : pages) {
    std::string file = templates_dir + "/" + name + ".mustache";
    std::string resolved;
    if (Status s = inliner.Inline(file, text, 0, &resolved); !s.ok()) return s;
    // kainjow reports only its own wording; parse now so a broken template
    // fails the build with its name instead of rendering as an empty page.
    kainjow::mustache::mustache parsed(resolved);
    if (!parsed.is_valid()) return Status::Error(file + ": " + parsed.error_message());
    theme->templates[name] = std::move(resolved);
  }
  if (Status s = ReadStatic(root / "static", &theme->static_files); !s.ok()) return s;
  if (Status s = LoadPrintTheme((root / "print.yaml").generic_string(), language, &theme->print); !s.ok()) return s;
  return ReadStrings(root / "i18n" / (language + ".yaml"), &theme->strings);
}

}  // namespace klynge
