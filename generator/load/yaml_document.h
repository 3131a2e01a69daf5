#pragma once
// A YAML document of a content file (a whole file or a front matter block),
// read into klynge's tree, with its marks mapped to file lines and columns.

#include <memory>
#include <string_view>

#include "base/diagnostics.h"
#include "base/source_file.h"
#include "load/yaml_node.h"

namespace klynge {

struct YamlDocument {
  const SourceFile* file = nullptr;
  std::shared_ptr<const YamlTree> tree;  // shared with the YAML cache
  const YamlNode* root = nullptr;        // never null once ok; a null scalar for an empty document
  int line_offset = 0;  // file line of the YAML text's first line, minus 1
  bool ok = false;      // false: parsing failed and was reported
  std::string_view text;  // the YAML text, a view into file->text()

  SourceLocation At(YamlMark mark) const;
  // Where a node starts; the document start for nullptr.
  SourceLocation At(const YamlNode* node) const;
  SourceLocation Start() const;
};

// Parses `text` (a part of `file` that starts at file line line_offset + 1).
// Syntax errors, a second document, tabs as indentation, duplicate keys and
// aliases without an anchor become errors in `diags`.
YamlDocument ParseYaml(const SourceFile& file, std::string_view text, int line_offset,
                       Diagnostics* diags);
// Parses doc->text in place (doc->file and line_offset already set).
void ParseYamlInto(YamlDocument* doc, Diagnostics* diags);
// Uses an already parsed tree of doc->text.
void SetYamlTree(YamlDocument* doc, std::shared_ptr<const YamlTree> tree);

}  // namespace klynge
