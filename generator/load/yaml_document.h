#pragma once
// YAML text parsed with yaml-cpp, its exceptions turned into diagnostics.

#include <yaml-cpp/yaml.h>

#include <string_view>

#include "base/diagnostics.h"
#include "base/source_file.h"

namespace klynge {

// A parsed YAML document (a whole file or a front matter block) that maps
// yaml-cpp's 0-based byte marks back to 1-based file lines and columns.
struct YamlDocument {
  const SourceFile* file = nullptr;
  YAML::Node root;
  int line_offset = 0;  // file line of the YAML text's first line, minus 1
  bool ok = false;      // false: parsing failed and was reported
  std::string_view text;  // the YAML text, a view into file->text()

  SourceLocation At(const YAML::Mark& mark) const;
  // Where a node starts; the document start for nodes without a mark.
  SourceLocation At(const YAML::Node& node) const;
  SourceLocation Start() const;
};

// Parses `text` (a part of `file` that starts at file line line_offset + 1).
// Syntax errors, a second document and tabs become errors in `diags`.
YamlDocument ParseYaml(const SourceFile& file, std::string_view text, int line_offset,
                       Diagnostics* diags);
// Parses doc->text in place (doc->file and line_offset already set).
void ParseYamlInto(YamlDocument* doc, Diagnostics* diags);

}  // namespace klynge
