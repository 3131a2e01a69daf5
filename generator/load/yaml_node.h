#pragma once
// klynge's own YAML tree: scalars, sequences and mappings with their places
// in the source. Validators read only this; the parser's types stay in load/.

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace klynge {

// A place in the parsed YAML text: 1-based line (of the text, not the file)
// and 1-based column counted in characters.
struct YamlMark {
  int line = 0;
  int column = 0;
};

class YamlNode;

struct YamlPair {
  const YamlNode* key;
  const YamlNode* value;
};

class YamlNode {
 public:
  enum class Kind : uint8_t { kScalar, kSequence, kMapping };
  // How a scalar was written: the core schema types only plain scalars
  // (`012345` may read as a number, `"012345"` is always text).
  enum class Style : uint8_t { kPlain, kQuoted, kLiteral, kFolded };

  Kind kind() const { return kind_; }
  Style style() const { return style_; }
  YamlMark mark() const { return mark_; }
  bool IsScalar() const { return kind_ == Kind::kScalar; }
  bool IsSequence() const { return kind_ == Kind::kSequence; }
  bool IsMapping() const { return kind_ == Kind::kMapping; }
  bool IsPlain() const { return kind_ == Kind::kScalar && style_ == Style::kPlain; }
  bool IsBlockScalar() const { return style_ == Style::kLiteral || style_ == Style::kFolded; }
  // A plain `null`, `Null`, `NULL`, `~` or nothing at all (YAML 1.2 core schema).
  bool IsNull() const;
  // true/True/TRUE or false/False/FALSE written plain; nullopt otherwise.
  std::optional<bool> AsBool() const;

  // A scalar's text; empty for collections.
  const std::string& text() const { return text_; }
  // A sequence's entries; empty for other kinds.
  const std::vector<const YamlNode*>& items() const { return items_; }
  // A mapping's entries in source order; keys are unique. Empty for other kinds.
  const std::vector<YamlPair>& pairs() const { return pairs_; }
  // The value under the scalar key `key`, or nullptr.
  const YamlNode* Find(std::string_view key) const;

 private:
  friend class YamlTreeBuilder;
  friend class YamlTreeCodec;
  Kind kind_ = Kind::kScalar;
  Style style_ = Style::kPlain;
  YamlMark mark_;
  std::string text_;
  std::vector<const YamlNode*> items_;
  std::vector<YamlPair> pairs_;
};

// Owns the nodes of one parsed document. Immutable once built; an alias
// shares the node its anchor names.
class YamlTree {
 public:
  const YamlNode* root() const { return root_; }

 private:
  friend class YamlTreeBuilder;
  friend class YamlTreeCodec;
  std::deque<YamlNode> nodes_;  // stable addresses
  const YamlNode* root_ = nullptr;
};

}  // namespace klynge
