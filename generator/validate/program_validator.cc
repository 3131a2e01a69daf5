#include "validate/program_validator.h"

#include <algorithm>
#include <charconv>

#include "base/messages.h"
#include "base/text.h"
#include "validate/file_keys.h"
#include "validate/yaml_map.h"

namespace klynge {

namespace {

std::optional<int> SlideNumber(std::string_view s) {
  if (s.empty() || s.size() > 4 || s[0] == '0') return std::nullopt;
  int n = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return n;
}

std::string ReadSlides(const YamlMap& map) {
  std::optional<std::string> slides = map.String("slides");
  if (!slides) return "";
  if (!IsSlideRange(*slides)) {
    map.Error(map.WhereValue("slides"),
              "`slides` must be a slide number or range such as \"6\" or \"1-5\" (first <= last), found \"" +
                  *slides + "\"");
    return "";
  }
  return *slides;
}

std::optional<int> ReadMinutes(const YamlMap& map) {
  std::optional<int64_t> minutes = map.Integer("minutes", Need::kOptional, 0, kMaxMinutes);
  if (!minutes) return std::nullopt;
  return static_cast<int>(*minutes);
}

// `key` ("indicator" or "survey") names one of the package's `ids` (`list` in
// package.md); an unknown id is an error at the value, with the ids there are.
std::string ReadPackageRef(const YamlMap& map, const std::string& key, const std::string& list,
                           const std::vector<std::string>& ids, bool package_known) {
  std::optional<std::string> id = map.String(key);
  if (!id) return "";
  if (!package_known || std::find(ids.begin(), ids.end(), *id) != ids.end()) return *id;
  std::string message = "`" + key + "` \"" + *id + "\" is not " + (key == "indicator" ? "an " : "a ") +
                        key + " of this package";
  if (ids.empty()) {
    message += ": package.md has no `" + list + "`";
  } else {
    std::string all;
    for (const std::string& i : ids) all += (all.empty() ? "" : ", ") + i;
    message += " (its " + list + ": " + all + ")";
    if (std::string hint = NearestWord(*id, ids); !hint.empty()) message += " (did you mean `" + hint + "`?)";
  }
  map.Error(map.WhereValue(key), message);
  return "";
}

ProgramItem ReadItem(const YamlDocument& doc, const YamlNode* node, const Package& package,
                     bool indicators_known, Diagnostics* diags) {
  YamlMap map(doc, node, Text(Msg::kWhatProgramItem), diags, {"minutes", "text", "slides", "indicator", "survey"});
  ProgramItem item;
  item.line = map.Where().line;
  if (!map.ok()) return item;
  item.minutes = ReadMinutes(map);
  item.text = map.Markdown("text", Need::kRequired).value_or(MarkdownText{});
  item.slides = ReadSlides(map);
  std::vector<std::string> indicators, surveys;
  for (const Indicator& indicator : package.indicators) indicators.push_back(indicator.id);
  for (const Survey& survey : package.surveys) surveys.push_back(survey.id);
  item.indicator = ReadPackageRef(map, "indicator", "indicators", indicators, indicators_known);
  item.survey = ReadPackageRef(map, "survey", "surveys", surveys, indicators_known);
  return item;
}

ProgramBlock ReadBlock(const YamlDocument& doc, const YamlNode* node, const Package& package,
                       bool indicators_known, Diagnostics* diags) {
  YamlMap map(doc, node, Text(Msg::kWhatProgramBlock), diags,
              {"title", "minutes", "slides", "seating", "text", "break", "items"});
  ProgramBlock block;
  block.line = map.Where().line;
  if (!map.ok()) return block;
  block.title = map.String("title", Need::kRequired).value_or("");
  block.minutes = ReadMinutes(map);
  block.slides = ReadSlides(map);
  if (std::optional<std::string> seating = map.Choice("seating", {"mixed", "practice"}))
    block.seating = *seating == "mixed" ? Seating::kMixed : Seating::kPractice;
  block.text = map.Markdown("text").value_or(MarkdownText{});
  block.is_break = map.Bool("break").value_or(false);
  bool timed_items = false;
  if (std::optional<std::vector<const YamlNode*>> items = map.List("items")) {
    for (const YamlNode* item : *items) {
      block.items.push_back(ReadItem(doc, item, package, indicators_known, diags));
      timed_items = timed_items || block.items.back().minutes.has_value();
    }
  }
  if (block.minutes && timed_items && *block.minutes != block.ItemMinutes()) {
    map.Warning(map.WhereValue("minutes"),
                "block \"" + block.title + "\" declares " + std::to_string(*block.minutes) +
                    " min, its items add up to " + std::to_string(block.ItemMinutes()) + " min");
  }
  return block;
}

}  // namespace

bool IsSlideRange(const std::string& slides) {
  size_t dash = slides.find('-');
  if (dash == std::string::npos) return SlideNumber(slides).has_value();
  std::optional<int> first = SlideNumber(std::string_view(slides).substr(0, dash));
  std::optional<int> last = SlideNumber(std::string_view(slides).substr(dash + 1));
  return first && last && *first <= *last;
}

std::optional<Program> ValidateProgram(const YamlDocument& doc, const Package& package,
                                       bool indicators_known, Diagnostics* diags) {
  if (!doc.ok) return std::nullopt;
  YamlMap map(doc, doc.root, "program.yaml", diags, file_keys::kProgram);
  Program program;
  if (!map.ok()) return program;
  if (std::optional<std::string> title = map.String("title")) program.title = *title;
  std::optional<std::vector<const YamlNode*>> blocks = map.List("blocks", Need::kRequired);
  if (!blocks) return program;
  if (blocks->empty()) {
    map.Error(map.WhereValue("blocks"), "`blocks` is empty: a program needs at least one block");
    return program;
  }
  for (const YamlNode* node : *blocks)
    program.blocks.push_back(ReadBlock(doc, node, package, indicators_known, diags));
  int total = program.TotalMinutes();
  if (package.duration_minutes > 0 && total != package.duration_minutes) {
    map.Warning(map.WhereKey("blocks"),
                "the program's blocks add up to " + std::to_string(total) +
                    " min, but package.md's `duration` is " + std::to_string(package.duration_minutes) +
                    " min");
  }
  return program;
}

}  // namespace klynge
