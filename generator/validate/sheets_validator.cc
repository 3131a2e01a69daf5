#include "validate/sheets_validator.h"

#include <algorithm>

#include "base/messages.h"
#include "base/text.h"
#include "validate/file_keys.h"
#include "validate/yaml_map.h"

namespace klynge {

namespace {

// Sections of the default notes sheet: room to write, and a question that
// turns the discussion into something the clinic does.
constexpr const char* kBlockPrompt = "Hvad tager jeg med fra drøftelsen?";
constexpr const char* kGeneralTitle = "Noter fra mødet";
constexpr const char* kGeneralPrompt = "Hvad tager jeg med fra mødet, og hvad vil vi ændre i klinikken?";
constexpr int kBlockLines = 8;
constexpr int kGeneralLines = 20;

// An optional title that, when given, is not blank; nullopt keeps the default.
std::optional<std::string> ReadTitle(const YamlMap& map) {
  std::optional<std::string> title = map.String("title");
  if (title && Trim(*title).empty()) {
    map.Error(map.WhereValue("title"), "`title` must not be empty; leave it out to use the default");
    return std::nullopt;
  }
  return title;
}

std::optional<std::vector<std::string>> ReadColumns(const YamlMap& map) {
  std::optional<std::vector<std::string>> columns = map.StringList("columns");
  if (!columns) return std::nullopt;
  if (columns->empty()) {
    map.Error(map.WhereValue("columns"), "`columns` is empty: the plan needs at least one column");
    return std::nullopt;
  }
  bool ok = true;
  const YamlNode* list = map.Get("columns");
  for (size_t i = 0; i < columns->size(); ++i) {
    if (Trim((*columns)[i]).empty()) {
      map.Error(map.doc().At(list->items()[i]), "each entry of `columns` must be a column heading, not empty text");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return columns;
}

std::optional<std::vector<PaperSize>> ReadSizes(const YamlMap& map) {
  std::optional<std::vector<const YamlNode*>> items = map.List("sizes");
  if (!items) return std::nullopt;
  if (items->empty()) {
    map.Error(map.WhereValue("sizes"), "`sizes` is empty: the plan needs at least one paper size");
    return std::nullopt;
  }
  const std::vector<std::string> names = {"A4", "A3", "A2", "A1", "A0"};
  std::vector<PaperSize> sizes;
  bool ok = true;
  for (const YamlNode* item : *items) {
    SourceLocation at = map.doc().At(item);
    std::optional<std::string> name = AsString(item);
    auto it = name ? std::find(names.begin(), names.end(), *name) : names.end();
    if (it == names.end()) {
      std::string hint = name ? NearestWord(*name, names) : "";
      map.Error(at, "each entry of `sizes` must be one of A4, A3, A2, A1, A0, found " + KindOf(item) +
                        (hint.empty() ? std::string() : " (did you mean `" + hint + "`?)"));
      ok = false;
      continue;
    }
    PaperSize size = static_cast<PaperSize>(it - names.begin());
    if (std::find(sizes.begin(), sizes.end(), size) != sizes.end()) {
      map.Error(at, "paper size " + *name + " is listed twice in `sizes`");
      ok = false;
      continue;
    }
    sizes.push_back(size);
  }
  if (!ok) return std::nullopt;
  return sizes;
}

NotesSection ReadSection(const YamlDocument& doc, const YamlNode* node, Diagnostics* diags) {
  YamlMap map(doc, node, Text(Msg::kWhatNotesSection), diags, {"title", "prompt", "lines"});
  NotesSection section;
  if (!map.ok()) return section;
  section.title = map.String("title", Need::kRequired).value_or("");
  section.prompt = map.String("prompt").value_or("");
  section.lines = static_cast<int>(map.Integer("lines", Need::kOptional, 1, 60).value_or(kBlockLines));
  return section;
}

}  // namespace

Plan ValidatePlan(const YamlDocument& doc, Diagnostics* diags) {
  Plan plan;
  if (!doc.ok) return plan;
  YamlMap map(doc, doc.root, "plan.yaml", diags, file_keys::kPlan);
  if (!map.ok()) return plan;
  if (std::optional<std::string> title = ReadTitle(map)) plan.title = *title;
  plan.intro = map.Markdown("intro").value_or(MarkdownText{});
  if (std::optional<std::vector<std::string>> columns = ReadColumns(map)) plan.columns = *columns;
  if (std::optional<int64_t> rows = map.Integer("rows", Need::kOptional, 1, 50)) plan.rows = static_cast<int>(*rows);
  if (std::optional<std::vector<PaperSize>> sizes = ReadSizes(map)) plan.sizes = *sizes;
  return plan;
}

NotesSheet DefaultNotes(const std::optional<Program>& program) {
  NotesSheet notes;
  if (program) {
    for (const ProgramBlock& block : program->blocks) {
      if (block.is_break || Trim(block.title).empty()) continue;
      notes.sections.push_back({block.title, kBlockPrompt, kBlockLines});
    }
  }
  if (notes.sections.empty()) notes.sections.push_back({kGeneralTitle, kGeneralPrompt, kGeneralLines});
  return notes;
}

NotesSheet ValidateNotes(const YamlDocument& doc, const std::optional<Program>& program, Diagnostics* diags) {
  NotesSheet notes = DefaultNotes(program);
  if (!doc.ok) return notes;
  YamlMap map(doc, doc.root, "notes.yaml", diags, file_keys::kNotes);
  if (!map.ok()) return notes;
  if (std::optional<std::string> title = ReadTitle(map)) notes.title = *title;
  std::optional<std::vector<const YamlNode*>> sections = map.List("sections");
  if (!sections) return notes;
  if (sections->empty()) {
    map.Error(map.WhereValue("sections"),
              "`sections` is empty: list at least one section, or leave `sections` out to get one per program block");
    return notes;
  }
  notes.sections.clear();
  for (const YamlNode* node : *sections) notes.sections.push_back(ReadSection(doc, node, diags));
  return notes;
}

std::optional<Praksisark> ValidatePraksisark(const MarkdownDocument& page, Diagnostics* diags) {
  if (!page.ok) return std::nullopt;
  YamlMap map(page.front_matter, page.front_matter.root, Text(Msg::kWhatPraksisarkFrontMatter), diags, file_keys::kPraksisark);
  Praksisark sheet;
  sheet.body = page.body;
  if (!map.ok()) return sheet;
  sheet.title = map.String("title", Need::kRequired).value_or("");
  if (sheet.body.text.find_first_not_of(" \t\r\n") == std::string::npos)
    diags->Warning({page.file->path(), sheet.body.first_line, 1},
                   "praksisark.md has no text after its front matter; the sheet will be empty");
  return sheet;
}

}  // namespace klynge
