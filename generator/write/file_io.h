#pragma once
// Writing one file and making folders, with failures that say why
// ("no space left on device"), for the output writer and `klynge new`.

#include <string>

#include "base/file_system.h"
#include "base/status.h"

namespace klynge {

// Writes `bytes` as `path` atomically through `fs`. On failure the message is
// "cannot write <display>: <cause>", and nothing is left at `path`'s place.
Status WriteFileBytes(FileSystem& fs, const std::string& path, const std::string& bytes, const std::string& display);

// Creates `folder` and its missing parents; "cannot create folder <display>: <cause>".
Status MakeFolders(FileSystem& fs, const std::string& folder, const std::string& display);

}  // namespace klynge
