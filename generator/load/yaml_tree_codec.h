#pragma once
// A parsed YAML tree as bytes and back, so a build can reuse the trees of
// the files that did not change since the last one (see YamlCache).

#include <memory>
#include <string>
#include <string_view>

#include "load/yaml_node.h"

namespace klynge {

// The tree's nodes in post-order (every child before its parent), so that a
// decoded tree can have no cycle whatever the bytes say.
std::string EncodeYamlTree(const YamlTree& tree);

// The tree `bytes` encode, or nullptr when they are not an encoded tree
// (truncated, corrupt): the caller then parses the text again.
std::shared_ptr<const YamlTree> DecodeYamlTree(std::string_view bytes);

}  // namespace klynge
