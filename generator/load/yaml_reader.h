#pragma once
// Reads YAML 1.2 text (core schema) into klynge's tree with libfyaml, and
// turns every problem into an author's words: no libfyaml type or message
// leaves load/.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/message.h"
#include "load/yaml_node.h"

namespace klynge {

// Aliases may repeat at most this many values in one document, so that a
// few lines of anchors cannot grow into millions of values ("billion laughs").
inline constexpr int kMaxYamlAliasValues = 100000;
// Collections nest at most this deep, aliases included (libfyaml's own limit).
inline constexpr int kMaxYamlDepth = 64;

struct YamlProblem {
  YamlMark where;
  Message message;
};

struct YamlReadResult {
  // Null when the text cannot be read; then the last problem says why.
  std::shared_ptr<const YamlTree> tree;
  // Errors. Those before the last, or all with a tree, left the tree usable
  // (a duplicate key: the first one wins).
  std::vector<YamlProblem> problems;
};

// Reads one YAML document. `line_offset` is added to the line numbers that
// messages name (a front matter block starts at file line 2); marks in the
// tree and in `where` count from the text's first line.
YamlReadResult ReadYaml(std::string_view text, int line_offset = 0);

}  // namespace klynge
