#pragma once
// Parsed YAML kept between builds (base/text_cache.h), so that a rebuild
// parses only the documents whose text changed. Holds only documents that
// parsed without a problem.

#include "base/text_cache.h"
#include "load/yaml_node.h"

namespace klynge {

class YamlCache : public TextCache<YamlTree> {
 public:
  YamlCache();
};

}  // namespace klynge
