#pragma once
// Whole folders as values, for tests that compare outputs byte by byte.

#include <map>
#include <string>
#include <vector>

namespace klynge::testing {

// Every entry under `root`: files map to their bytes, folders to the key
// "<path>/" with no bytes. Paths are relative with '/'. Empty when `root`
// does not exist.
using TreeSnapshot = std::map<std::string, std::string>;
TreeSnapshot SnapshotTree(const std::string& root);

// The paths of the regular files under `root`, sorted, relative with '/'.
std::vector<std::string> ListFiles(const std::string& root);

// How `after` differs from `before` ("missing: x", "added: y", "changed: z
// (12 bytes → 14 bytes, first difference at byte 3)"), one per line, at most
// `limit` lines; "" when they are identical.
std::string DiffTrees(const TreeSnapshot& before, const TreeSnapshot& after, size_t limit = 20);

}  // namespace klynge::testing
