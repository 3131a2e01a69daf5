#pragma once
// A ZIP file made in memory with libzip, the same bytes every time: entries
// in the given order, all deflated at one level, all dated 2000-01-01 00:00.

#include <string>
#include <utility>
#include <vector>

#include "base/status.h"

namespace klynge {

struct ZipEntry {
  std::string name;  // path inside the archive, '/'-separated
  std::string bytes;
};

// The archive of `entries`, in their order; libzip's errors become a Status.
Status MakeZip(const std::vector<ZipEntry>& entries, std::string* bytes);

}  // namespace klynge
