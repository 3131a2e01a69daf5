#include "validate/yaml_map.h"

#include <algorithm>
#include <charconv>

#include "base/text.h"

namespace klynge {

bool IsScalar(const YAML::Node& node) { return node.IsDefined() && node.IsScalar(); }

namespace {

// yaml-cpp gives quoted scalars the tag "!" and plain ones "?".
bool IsPlain(const YAML::Node& node) { return node.Tag() != "!"; }

}  // namespace

std::string KindOf(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a mapping";
  return "\"" + node.Scalar() + "\"";
}

std::optional<int64_t> AsInteger(const YAML::Node& node) {
  if (!IsScalar(node) || !IsPlain(node)) return std::nullopt;
  const std::string& s = node.Scalar();
  if (s.empty()) return std::nullopt;
  int64_t value = 0;
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  auto [ptr, ec] = std::from_chars(begin, s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<std::string> AsString(const YAML::Node& node) {
  if (!IsScalar(node) || node.IsNull()) return std::nullopt;
  return node.Scalar();
}

YamlMap::YamlMap(const YamlDocument& doc, const YAML::Node& node, std::string what,
                 Diagnostics* diags, std::vector<std::string> known_keys)
    : doc_(doc), what_(std::move(what)), diags_(diags), known_(std::move(known_keys)) {
  where_ = doc.At(node);
  if (!node.IsDefined() || node.IsNull()) {
    ok_ = true;  // empty: required keys are reported as missing
    return;
  }
  if (!node.IsMap()) {
    diags_->Error(where_, what_ + " must be a mapping of keys to values, found " + KindOf(node));
    return;
  }
  ok_ = true;
  for (auto it = node.begin(); it != node.end(); ++it) {
    Entry e{it->first.IsScalar() ? it->first.Scalar() : std::string(), it->first, it->second};
    if (Find(e.key)) {
      diags_->Error(doc_.At(e.key_node.Mark()),
                    "duplicate key `" + e.key + "` in " + what_ + "; the first one would win silently");
      continue;
    }
    entries_.push_back(std::move(e));
  }
}

YamlMap::~YamlMap() {
  for (const Entry& e : entries_) {
    if (std::find(known_.begin(), known_.end(), e.key) != known_.end()) continue;
    std::string hint = NearestWord(e.key, known_);
    diags_->Warning(doc_.At(e.key_node.Mark()),
                    "unknown key `" + e.key + "` in " + what_ + " is ignored" +
                        (hint.empty() ? std::string() : " (did you mean `" + hint + "`?)"));
  }
}

const YamlMap::Entry* YamlMap::Find(const std::string& key) const {
  for (const Entry& e : entries_)
    if (e.key == key) return &e;
  return nullptr;
}

bool YamlMap::Has(const std::string& key) const {
  const Entry* e = Find(key);
  return e && e->value.IsDefined() && !e->value.IsNull();
}

YAML::Node YamlMap::Get(const std::string& key) const {
  const Entry* e = Find(key);
  return e ? e->value : YAML::Node(YAML::NodeType::Undefined);
}

SourceLocation YamlMap::WhereKey(const std::string& key) const {
  const Entry* e = Find(key);
  return e ? doc_.At(e->key_node.Mark()) : where_;
}

SourceLocation YamlMap::WhereValue(const std::string& key) const {
  const Entry* e = Find(key);
  if (!e) return where_;
  if (e->value.IsNull() || !e->value.IsDefined()) return doc_.At(e->key_node.Mark());
  return doc_.At(e->value.Mark());
}

void YamlMap::Missing(const std::string& key) const {
  diags_->Error(where_, what_ + " is missing the required key `" + key + "`");
}

std::optional<std::string> YamlMap::String(const std::string& key, Need need) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  YAML::Node v = Get(key);
  if (!v.IsScalar()) {
    Error(WhereValue(key), "`" + key + "` must be text, found " + KindOf(v));
    return std::nullopt;
  }
  if (need == Need::kRequired && Trim(v.Scalar()).empty()) {
    Error(WhereValue(key), "`" + key + "` must not be empty");
    return std::nullopt;
  }
  return v.Scalar();
}

std::optional<int64_t> YamlMap::Integer(const std::string& key, Need need, int64_t min) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  YAML::Node v = Get(key);
  std::optional<int64_t> n = AsInteger(v);
  if (!n) {
    Error(WhereValue(key), "`" + key + "` must be a whole number, found " + KindOf(v));
    return std::nullopt;
  }
  if (*n < min) {
    Error(WhereValue(key), "`" + key + "` must be " + (min == 0 ? "0 or more" : "at least " + std::to_string(min)) +
                               ", found " + std::to_string(*n));
    return std::nullopt;
  }
  return n;
}

std::optional<int64_t> YamlMap::Integer(const std::string& key, Need need, int64_t min, int64_t max) const {
  std::optional<int64_t> n = Integer(key, need, min);
  if (n && *n > max) {
    Error(WhereValue(key), "`" + key + "` must be at most " + std::to_string(max) + ", found " + std::to_string(*n));
    return std::nullopt;
  }
  return n;
}

std::optional<double> YamlMap::Number(const std::string& key, Need need) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  YAML::Node v = Get(key);
  if (IsScalar(v) && IsPlain(v)) {
    const std::string& s = v.Scalar();
    double d = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec == std::errc() && ptr == s.data() + s.size()) return d;
  }
  Error(WhereValue(key), "`" + key + "` must be a number such as 41.2, found " + KindOf(v));
  return std::nullopt;
}

std::optional<bool> YamlMap::Bool(const std::string& key) const {
  if (!Has(key)) return std::nullopt;
  YAML::Node v = Get(key);
  if (IsScalar(v) && IsPlain(v)) {
    if (v.Scalar() == "true") return true;
    if (v.Scalar() == "false") return false;
  }
  Error(WhereValue(key), "`" + key + "` must be true or false, found " + KindOf(v));
  return std::nullopt;
}

std::optional<Date> YamlMap::DateValue(const std::string& key, Need need) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  YAML::Node v = Get(key);
  std::optional<Date> d = IsScalar(v) ? Date::Parse(v.Scalar()) : std::nullopt;
  if (!d) Error(WhereValue(key), "`" + key + "` must be a date written YYYY-MM-DD, found " + KindOf(v));
  return d;
}

std::optional<std::vector<std::string>> YamlMap::StringList(const std::string& key, Need need) const {
  std::optional<std::vector<YAML::Node>> items = List(key, need);
  if (!items) return std::nullopt;
  std::vector<std::string> out;
  bool ok = true;
  for (const YAML::Node& item : *items) {
    std::optional<std::string> s = AsString(item);
    if (!s) {
      Error(doc_.At(item), "each entry of `" + key + "` must be text, found " + KindOf(item));
      ok = false;
      continue;
    }
    out.push_back(*s);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::vector<YAML::Node>> YamlMap::List(const std::string& key, Need need) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  YAML::Node v = Get(key);
  if (!v.IsSequence()) {
    Error(WhereValue(key), "`" + key + "` must be a list, found " + KindOf(v));
    return std::nullopt;
  }
  std::vector<YAML::Node> out;
  for (const YAML::Node& item : v) out.push_back(item);
  return out;
}

std::optional<MarkdownText> YamlMap::Markdown(const std::string& key, Need need) const {
  std::optional<std::string> s = String(key, need);
  if (!s) return std::nullopt;
  SourceLocation at = WhereValue(key);
  MarkdownText md;
  md.text = *s;
  md.path = at.path;
  md.first_line = at.line;
  md.first_column = at.column;
  // A block scalar (| or >) starts on the line after its indicator. (yaml-cpp
  // tags block scalars "!" like quoted ones, so look at the source text.)
  if (!s->empty()) {
    std::string_view line = doc_.file->Line(at.line);
    std::string_view rest = Trim(line.substr(std::min(line.size(), static_cast<size_t>(at.column - 1))));
    if (!rest.empty() && (rest[0] == '|' || rest[0] == '>')) {
      md.first_line = at.line + 1;
      md.first_column = 1;
    }
  }
  return md;
}

std::optional<std::string> YamlMap::Slug(const std::string& key, Need need) const {
  std::optional<std::string> s = String(key, need);
  if (!s) return std::nullopt;
  if (!IsSlug(*s)) {
    Error(WhereValue(key), "`" + key + "` must be a slug (lower-case a-z, digits, single hyphens), found \"" + *s + "\"");
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> YamlMap::Choice(const std::string& key, const std::vector<std::string>& allowed,
                                           Need need) const {
  std::optional<std::string> s = String(key, need);
  if (!s) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *s) != allowed.end()) return s;
  std::string list;
  for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
  std::string hint = NearestWord(*s, allowed);
  Error(WhereValue(key), "`" + key + "` must be one of " + list + ", found \"" + *s + "\"" +
                             (hint.empty() ? std::string() : " (did you mean `" + hint + "`?)"));
  return std::nullopt;
}

}  // namespace klynge
