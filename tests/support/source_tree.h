#pragma once
// Where the tests find the repository and the klynge binary they test. Only
// source_tree.cc is compiled with these absolute paths, so every other test
// file compiles to the same object in any checkout (and ccache shares it).

#include <string>

namespace klynge::testing {

// The repository's root, with content/, themes/ and docs/ under it.
std::string SourceDir();
// The repository's default theme: SourceDir() + "/themes/default".
std::string SourceThemeDir();
// The klynge binary built beside the tests.
std::string KlyngeBinary();

}  // namespace klynge::testing
