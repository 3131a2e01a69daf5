#pragma once
// The bytes of input files already read (by the input snapshot), so that a
// build reads each file from disk once and parses exactly the bytes it hashed.

#include <string>
#include <unordered_map>

namespace klynge {

// By path relative to the content folder, with '/' ("packages/x/package.md").
using ContentBytes = std::unordered_map<std::string, std::string>;

// What the snapshot read, by where the loaders look for it; each loader
// moves out what it uses.
struct InputBytes {
  ContentBytes content;  // below the content folder
  ContentBytes theme;    // below the theme folder ("templates/page.mustache")
  ContentBytes base_theme;  // below the installed theme a site's own theme falls back to
  ContentBytes fonts;    // the extra files (fonts), by path as given
};

}  // namespace klynge
