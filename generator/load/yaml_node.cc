#include "load/yaml_node.h"

namespace klynge {

bool YamlNode::IsNull() const {
  if (!IsPlain()) return false;
  return text_.empty() || text_ == "~" || text_ == "null" || text_ == "Null" || text_ == "NULL";
}

std::optional<bool> YamlNode::AsBool() const {
  if (!IsPlain()) return std::nullopt;
  if (text_ == "true" || text_ == "True" || text_ == "TRUE") return true;
  if (text_ == "false" || text_ == "False" || text_ == "FALSE") return false;
  return std::nullopt;
}

const YamlNode* YamlNode::Find(std::string_view key) const {
  for (const YamlPair& p : pairs_)
    if (p.key->IsScalar() && p.key->text() == key) return p.value;
  return nullptr;
}

}  // namespace klynge
