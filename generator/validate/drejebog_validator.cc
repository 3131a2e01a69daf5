#include "validate/drejebog_validator.h"

#include <charconv>

#include "base/messages.h"
#include "base/text.h"
#include "validate/file_keys.h"
#include "validate/yaml_map.h"

namespace klynge {

namespace {

// The amount and unit of "14d" (no sign); nullopt unless 1-3 digits and d, w or m.
std::optional<Offset> ParseUnsigned(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return std::nullopt;
  char unit = s.back();
  if (unit != 'd' && unit != 'w' && unit != 'm') return std::nullopt;
  std::string_view digits = s.substr(0, s.size() - 1);
  for (char c : digits)
    if (c < '0' || c > '9') return std::nullopt;
  Offset offset;
  offset.unit = unit;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), offset.amount);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) return std::nullopt;
  return offset;
}

std::string Written(const Offset& offset) {
  if (offset.amount == 0) return "0";
  return (offset.amount > 0 ? "+" : "") + std::to_string(offset.amount) + offset.unit;
}

std::optional<Offset> ReadWhen(const YamlMap& map) {
  std::optional<std::string> when = map.String("when");
  if (!when) return std::nullopt;
  if (std::optional<Offset> offset = ParseOffset(*when)) return offset;
  std::optional<Offset> unsigned_offset = ParseUnsigned(*when);
  if (unsigned_offset && unsigned_offset->amount != 0) {
    map.Error(map.WhereValue("when"), "`when` must say before or after the meeting: write -" + *when +
                                          " (before) or +" + *when + " (after)");
  } else {
    map.Error(map.WhereValue("when"),
              "`when` must be an offset from the meeting such as -14d, -8w, -2m or +6m "
              "(d days, w weeks, m months) or 0, found \"" + *when + "\"");
  }
  return std::nullopt;
}

Task ReadTask(const YamlDocument& doc, const YamlNode* node, Phase phase, Diagnostics* diags) {
  YamlMap map(doc, node, Text(Msg::kWhatTask), diags, {"title", "when", "who", "text", "checklist"});
  Task task;
  task.line = map.Where().line;
  if (!map.ok()) return task;
  task.title = map.String("title", Need::kRequired).value_or("");
  task.when = ReadWhen(map);
  task.who = map.String("who").value_or("");
  task.text = map.Markdown("text").value_or(MarkdownText{});
  if (std::optional<std::vector<std::string>> checklist = map.StringList("checklist")) {
    for (const std::string& entry : *checklist) {
      if (Trim(entry).empty()) {
        map.Error(map.WhereValue("checklist"), "`checklist` must not have empty entries");
        continue;
      }
      task.checklist.push_back(entry);
    }
  }
  if (task.when && phase == Phase::kBefore && task.when->amount > 0) {
    map.Warning(map.WhereValue("when"), "task \"" + task.title + "\" is under `before`, but its `when` " +
                                            Written(*task.when) + " is after the meeting");
  }
  if (task.when && phase == Phase::kAfter && task.when->amount < 0) {
    map.Warning(map.WhereValue("when"), "task \"" + task.title + "\" is under `after`, but its `when` " +
                                            Written(*task.when) + " is before the meeting");
  }
  return task;
}

}  // namespace

std::optional<Offset> ParseOffset(std::string_view text) {
  if (text == "0") return Offset{};
  if (text.empty() || (text[0] != '+' && text[0] != '-')) return std::nullopt;
  std::optional<Offset> offset = ParseUnsigned(text.substr(1));
  if (offset && text[0] == '-') offset->amount = -offset->amount;
  return offset;
}

namespace {

// The phases of a drejebog file; `file` names it in messages ("drejebog.yaml").
Drejebog ReadPhases(const YamlDocument& doc, const YamlMap& map, const std::string& file, Diagnostics* diags) {
  Drejebog drejebog;
  struct PhaseKey {
    const char* key;
    Phase phase;
    std::vector<Task>* tasks;
  };
  for (const PhaseKey& p : {PhaseKey{"before", Phase::kBefore, &drejebog.before},
                            PhaseKey{"during", Phase::kDuring, &drejebog.during},
                            PhaseKey{"after", Phase::kAfter, &drejebog.after}}) {
    if (std::optional<std::vector<const YamlNode*>> tasks = map.List(p.key))
      for (const YamlNode* node : *tasks) p.tasks->push_back(ReadTask(doc, node, p.phase, diags));
  }
  if (drejebog.before.empty() && drejebog.during.empty() && drejebog.after.empty()) {
    map.Error(map.Where(), file + " has no tasks: add at least one under `before`, `during` or `after`");
  }
  return drejebog;
}

}  // namespace

std::optional<Drejebog> ValidateDrejebog(const YamlDocument& doc, Diagnostics* diags) {
  if (!doc.ok) return std::nullopt;
  YamlMap map(doc, doc.root, "drejebog.yaml", diags, file_keys::kDrejebog);
  if (!map.ok()) return Drejebog{};
  return ReadPhases(doc, map, "drejebog.yaml", diags);
}

std::optional<AudienceDrejebog> ValidateAudienceDrejebog(const YamlDocument& doc, const std::string& name,
                                                         Diagnostics* diags) {
  if (!doc.ok) return std::nullopt;
  AudienceDrejebog audience;
  audience.name = name;
  std::string file = audience.FileStem() + ".yaml";
  YamlMap map(doc, doc.root, file, diags, file_keys::kAudienceDrejebog);
  if (!map.ok()) return audience;
  audience.title = map.String("title", Need::kRequired).value_or("");
  audience.audience = map.String("audience", Need::kRequired).value_or("");
  audience.drejebog = ReadPhases(doc, map, file, diags);
  return audience;
}

}  // namespace klynge
