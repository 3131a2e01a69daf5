#include "validate/yaml_map.h"

#include <algorithm>
#include <charconv>

#include "base/messages.h"
#include "base/text.h"

namespace klynge {

bool IsScalar(const YamlNode* node) { return node && node->IsScalar(); }

Message Found(const YamlNode* node) {
  if (!node || node->IsNull()) return Text(Msg::kFoundNothing);
  if (node->IsSequence()) return Text(Msg::kFoundList);
  if (node->IsMapping()) return Text(Msg::kFoundMapping);
  return "\"" + node->text() + "\"";  // the author's own text, the same in every language
}

std::string KindOf(const YamlNode* node) { return Format(Found(node), Language::kEnglish); }

namespace {

// For text that came out as a mapping because it held a colon and a space
// (`- Ring til: kommunen`): how to write it as text.
Message ColonHint(const YamlNode* node) {
  if (!node || !node->IsMapping() || node->pairs().size() != 1) return {};
  const YamlPair& pair = node->pairs()[0];
  if (!pair.key->IsPlain() || !pair.value->IsPlain() || pair.value->IsNull()) return {};
  if (pair.key->mark().line != pair.value->mark().line) return {};
  return Text(Msg::kColonHint, pair.key->text(), pair.value->text());
}

}  // namespace

std::optional<int64_t> AsInteger(const YamlNode* node) {
  if (!node || !node->IsPlain()) return std::nullopt;
  const std::string& s = node->text();
  if (s.empty()) return std::nullopt;
  int64_t value = 0;
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  auto [ptr, ec] = std::from_chars(begin, s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<std::string> AsString(const YamlNode* node) {
  if (!IsScalar(node) || node->IsNull()) return std::nullopt;
  return node->text();
}

YamlMap::YamlMap(const YamlDocument& doc, const YamlNode* node, Message what,
                 Diagnostics* diags, std::vector<std::string> known_keys)
    : doc_(doc), what_(std::move(what)), diags_(diags), known_(std::move(known_keys)) {
  where_ = doc.At(node);
  if (!node || node->IsNull()) {
    ok_ = true;  // empty: required keys are reported as missing
    return;
  }
  if (!node->IsMapping()) {
    diags_->Error(where_, Text(Msg::kMustBeMapping, what_, Found(node)));
    return;
  }
  ok_ = true;
  // The reader keeps keys unique; a key that is a list or a mapping names nothing.
  for (const YamlPair& pair : node->pairs()) {
    if (!pair.key->IsScalar()) {
      diags_->Error(doc_.At(pair.key), Text(Msg::kKeyMustBeWord, what_, Found(pair.key)));
      continue;
    }
    entries_.push_back({pair.key->text(), pair.key, pair.value});
  }
}

YamlMap::~YamlMap() {
  for (const Entry& e : entries_) {
    if (std::find(known_.begin(), known_.end(), e.key) != known_.end()) continue;
    std::string hint = NearestWord(e.key, known_);
    diags_->Warning(doc_.At(e.key_node),
                    Text(Msg::kUnknownKeyIgnored, e.key, what_, DidYouMean(hint)));
  }
}

const YamlMap::Entry* YamlMap::Find(const std::string& key) const {
  for (const Entry& e : entries_)
    if (e.key == key) return &e;
  return nullptr;
}

bool YamlMap::Has(const std::string& key) const {
  const Entry* e = Find(key);
  return e && e->value && !e->value->IsNull();
}

const YamlNode* YamlMap::Get(const std::string& key) const {
  const Entry* e = Find(key);
  return e ? e->value : nullptr;
}

SourceLocation YamlMap::WhereKey(const std::string& key) const {
  const Entry* e = Find(key);
  return e ? doc_.At(e->key_node) : where_;
}

SourceLocation YamlMap::WhereValue(const std::string& key) const {
  const Entry* e = Find(key);
  if (!e) return where_;
  if (!e->value || e->value->IsNull()) return doc_.At(e->key_node);
  return doc_.At(e->value);
}

void YamlMap::Missing(const std::string& key) const {
  diags_->Error(where_, Text(Msg::kMissingRequiredKey, what_, key));
}

std::optional<std::string> YamlMap::String(const std::string& key, Need need) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  const YamlNode* v = Get(key);
  if (!v->IsScalar()) {
    Error(WhereValue(key), Text(Msg::kMustBeText, key, Found(v), ColonHint(v)));
    return std::nullopt;
  }
  if (need == Need::kRequired && Trim(v->text()).empty()) {
    Error(WhereValue(key), Text(Msg::kMustNotBeEmpty, key));
    return std::nullopt;
  }
  return v->text();
}

std::optional<int64_t> YamlMap::Integer(const std::string& key, Need need, int64_t min) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  const YamlNode* v = Get(key);
  std::optional<int64_t> n = AsInteger(v);
  if (!n) {
    Error(WhereValue(key), Text(Msg::kMustBeWholeNumber, key, Found(v)));
    return std::nullopt;
  }
  if (*n < min) {
    Error(WhereValue(key), min == 0 ? Text(Msg::kMustBeZeroOrMore, key, *n) : Text(Msg::kMustBeAtLeast, key, min, *n));
    return std::nullopt;
  }
  return n;
}

std::optional<int64_t> YamlMap::Integer(const std::string& key, Need need, int64_t min, int64_t max) const {
  std::optional<int64_t> n = Integer(key, need, min);
  if (n && *n > max) {
    Error(WhereValue(key), Text(Msg::kMustBeAtMost, key, max, *n));
    return std::nullopt;
  }
  return n;
}

std::optional<double> YamlMap::Number(const std::string& key, Need need) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  const YamlNode* v = Get(key);
  if (v->IsPlain()) {
    const std::string& s = v->text();
    double d = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec == std::errc() && ptr == s.data() + s.size()) return d;
  }
  Error(WhereValue(key), Text(Msg::kMustBeNumber, key, Found(v)));
  return std::nullopt;
}

std::optional<bool> YamlMap::Bool(const std::string& key) const {
  if (!Has(key)) return std::nullopt;
  const YamlNode* v = Get(key);
  if (std::optional<bool> b = v->AsBool()) return b;
  Error(WhereValue(key), Text(Msg::kMustBeTrueOrFalse, key, Found(v)));
  return std::nullopt;
}

std::optional<Date> YamlMap::DateValue(const std::string& key, Need need) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  const YamlNode* v = Get(key);
  std::optional<Date> d = v->IsScalar() ? Date::Parse(v->text()) : std::nullopt;
  if (!d) Error(WhereValue(key), Text(Msg::kMustBeDate, key, Found(v)));
  return d;
}

std::optional<std::vector<std::string>> YamlMap::StringList(const std::string& key, Need need) const {
  std::optional<std::vector<const YamlNode*>> items = List(key, need);
  if (!items) return std::nullopt;
  std::vector<std::string> out;
  bool ok = true;
  for (const YamlNode* item : *items) {
    std::optional<std::string> s = AsString(item);
    if (!s) {
      Error(doc_.At(item), Text(Msg::kEachEntryMustBeText, key, Found(item), ColonHint(item)));
      ok = false;
      continue;
    }
    out.push_back(*s);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::vector<const YamlNode*>> YamlMap::List(const std::string& key, Need need) const {
  if (!Has(key)) {
    if (need == Need::kRequired) Missing(key);
    return std::nullopt;
  }
  const YamlNode* v = Get(key);
  if (!v->IsSequence()) {
    Error(WhereValue(key), Text(Msg::kMustBeList, key, Found(v)));
    return std::nullopt;
  }
  return v->items();
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
  // A block scalar (| or >) is marked at its first line of text, below the indicator.
  if (Get(key)->IsBlockScalar()) md.first_column = 1;
  return md;
}

std::optional<std::string> YamlMap::Slug(const std::string& key, Need need) const {
  std::optional<std::string> s = String(key, need);
  if (!s) return std::nullopt;
  if (!IsSlug(*s)) {
    Error(WhereValue(key), Text(Msg::kMustBeSlug, key, *s));
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
  Error(WhereValue(key), Text(Msg::kMustBeOneOf, key, list, *s, DidYouMean(hint)));
  return std::nullopt;
}

}  // namespace klynge
