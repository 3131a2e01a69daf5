#pragma once
// Writing one file and making folders, with failures that say why
// ("no space left on device"), for the output writer.

#include <string>

#include "base/status.h"

namespace klynge {

// Creates or truncates `path` and writes `bytes` to it. On failure the
// message is "cannot write <display>: <cause>"; a partial file may remain.
Status WriteFileBytes(const std::string& path, const std::string& bytes, const std::string& display);

// Creates `folder` and its missing parents; "cannot create folder <display>: <cause>".
Status MakeFolders(const std::string& folder, const std::string& display);

}  // namespace klynge
