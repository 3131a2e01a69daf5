#include "support/source_tree.h"

namespace klynge::testing {

std::string SourceDir() { return KLYNGE_SOURCE_DIR; }
std::string SourceThemeDir() { return KLYNGE_SOURCE_DIR "/themes/default"; }
std::string KlyngeBinary() { return KLYNGE_BINARY; }

}  // namespace klynge::testing
