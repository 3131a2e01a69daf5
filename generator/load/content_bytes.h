#pragma once
// The bytes of content files already read (by the input snapshot), so that a
// build reads each file from disk once and parses exactly the bytes it hashed.

#include <string>
#include <unordered_map>

namespace klynge {

// By path relative to the content folder, with '/' ("packages/x/package.md").
using ContentBytes = std::unordered_map<std::string, std::string>;

}  // namespace klynge
