#pragma once
// Reads one YAML mapping against a known set of keys, reporting every
// problem (wrong type, missing, duplicate, unknown key) at its line.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "load/yaml_document.h"
#include "model/markdown_text.h"

namespace klynge {

enum class Need { kOptional, kRequired };

class YamlMap {
 public:
  // `what` names the mapping in messages ("site.yaml", "an indicator").
  // A node that is not a mapping is reported once and reads as empty; so
  // does nullptr (absent).
  YamlMap(const YamlDocument& doc, const YamlNode* node, Message what, Diagnostics* diags,
          std::vector<std::string> known_keys);
  // Reports unknown keys (with a "did you mean" hint).
  ~YamlMap();

  bool ok() const { return ok_; }
  bool Has(const std::string& key) const;
  // The value node, or nullptr when the key is absent.
  const YamlNode* Get(const std::string& key) const;
  SourceLocation WhereKey(const std::string& key) const;
  SourceLocation WhereValue(const std::string& key) const;
  SourceLocation Where() const { return where_; }
  const YamlDocument& doc() const { return doc_; }
  Diagnostics* diags() const { return diags_; }

  // Typed reads: nullopt when absent (reported if required) or of the wrong
  // type (always reported).
  std::optional<std::string> String(const std::string& key, Need need = Need::kOptional) const;
  std::optional<int64_t> Integer(const std::string& key, Need need, int64_t min) const;
  // As above, and at most `max` (so that the value fits the model's int).
  std::optional<int64_t> Integer(const std::string& key, Need need, int64_t min, int64_t max) const;
  std::optional<double> Number(const std::string& key, Need need) const;
  std::optional<bool> Bool(const std::string& key) const;
  std::optional<Date> DateValue(const std::string& key, Need need) const;
  std::optional<std::vector<std::string>> StringList(const std::string& key, Need need = Need::kOptional) const;
  // The entries of the list under `key` (usually mappings read with their own YamlMap).
  std::optional<std::vector<const YamlNode*>> List(const std::string& key, Need need = Need::kOptional) const;
  // A string that is Markdown; keeps the value's position for link checks.
  std::optional<MarkdownText> Markdown(const std::string& key, Need need = Need::kOptional) const;
  // A string that must be a slug ([a-z0-9]+(-[a-z0-9]+)*).
  std::optional<std::string> Slug(const std::string& key, Need need = Need::kOptional) const;
  // One of `allowed`; the error lists them.
  std::optional<std::string> Choice(const std::string& key, const std::vector<std::string>& allowed,
                                    Need need = Need::kOptional) const;

  void Error(const SourceLocation& where, Message message) const { diags_->Error(where, std::move(message)); }
  void Warning(const SourceLocation& where, Message message) const { diags_->Warning(where, std::move(message)); }

 private:
  struct Entry {
    std::string key;
    const YamlNode* key_node;
    const YamlNode* value;
  };
  const Entry* Find(const std::string& key) const;
  void Missing(const std::string& key) const;

  const YamlDocument& doc_;
  Message what_;
  Diagnostics* diags_;
  std::vector<std::string> known_;
  std::vector<Entry> entries_;
  SourceLocation where_;
  bool ok_ = false;
};

// Helpers for values that are not under a key (list items); nullptr is absent.
bool IsScalar(const YamlNode* node);
// A scalar written as a plain integer (no quotes, no fraction).
std::optional<int64_t> AsInteger(const YamlNode* node);
// A scalar that is a string (any scalar but null).
std::optional<std::string> AsString(const YamlNode* node);
// "a mapping", "a list", "\"text\"", "nothing": for "expected X, found Y" messages.
Message Found(const YamlNode* node);
// Found's English words, for the callers not yet worded through the catalog.
std::string KindOf(const YamlNode* node);

}  // namespace klynge
