#include "load/yaml_cache.h"

#include "load/yaml_tree_codec.h"

namespace klynge {

YamlCache::YamlCache() : TextCache<YamlTree>("klynge yaml cache 1\n", EncodeYamlTree, DecodeYamlTree) {}

}  // namespace klynge
