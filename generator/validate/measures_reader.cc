#include "validate/measures_reader.h"

#include <map>

#include "base/messages.h"

namespace klynge {

namespace {

// An id used twice in one list is an error at the second, naming the first's line.
bool FirstUse(const YamlMap& entry, const std::string& id, const std::string& what,
              std::map<std::string, int>* lines) {
  auto [it, inserted] = lines->emplace(id, entry.WhereValue("id").line);
  if (inserted) return true;
  entry.Error(entry.WhereValue("id"), what + " id \"" + id + "\" is used twice in this package (first at line " +
                                          std::to_string(it->second) + ")");
  return false;
}

}  // namespace

void ReadIndicators(const YamlMap& map, Package* pkg) {
  std::optional<std::vector<const YamlNode*>> items = map.List("indicators");
  if (!items) return;
  std::map<std::string, int> id_lines;
  for (const YamlNode* item : *items) {
    YamlMap entry(map.doc(), item, Text(Msg::kWhatIndicator), map.diags(),
                  {"id", "title", "kind", "unit", "per", "better", "description"});
    if (!entry.ok()) continue;
    Indicator indicator;
    std::optional<std::string> id = entry.Slug("id", Need::kRequired);
    indicator.title = entry.String("title", Need::kRequired).value_or("");
    std::optional<std::string> kind = entry.Choice("kind", {"rate", "count"});
    indicator.kind = kind && *kind == "count" ? IndicatorKind::kCount : IndicatorKind::kRate;
    indicator.unit = entry.String("unit").value_or("");
    // A count is the number of patients itself: "per 1000" would mean nothing.
    if (indicator.kind == IndicatorKind::kCount && entry.Has("per")) {
      entry.Error(entry.WhereKey("per"),
                  "`per` is only for rates; a `kind: count` indicator counts patients and has no `per`");
    } else {
      indicator.per = static_cast<int>(entry.Integer("per", Need::kOptional, 1, 1000000).value_or(1000));
    }
    std::optional<std::string> better = entry.Choice("better", {"lower", "higher"}, Need::kRequired);
    indicator.lower_is_better = !better || *better == "lower";
    indicator.description = entry.Markdown("description").value_or(MarkdownText{});
    if (!id || !FirstUse(entry, *id, "indicator", &id_lines)) continue;
    indicator.id = *id;
    pkg->indicators.push_back(std::move(indicator));
  }
}

void ReadSurveys(const YamlMap& map, Package* pkg) {
  std::optional<std::vector<const YamlNode*>> items = map.List("surveys");
  if (!items) return;
  std::map<std::string, int> id_lines;
  for (const YamlNode* item : *items) {
    YamlMap entry(map.doc(), item, Text(Msg::kWhatSurvey), map.diags(), {"id", "title"});
    if (!entry.ok()) continue;
    std::optional<std::string> id = entry.Slug("id", Need::kRequired);
    std::optional<std::string> title = entry.String("title", Need::kRequired);
    if (!id || !title || !FirstUse(entry, *id, "survey", &id_lines)) continue;
    pkg->surveys.push_back({*id, *title});
  }
}

}  // namespace klynge
