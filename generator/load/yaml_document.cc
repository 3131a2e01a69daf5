#include "load/yaml_document.h"

#include "load/yaml_reader.h"

namespace klynge {

SourceLocation YamlDocument::At(YamlMark mark) const {
  if (mark.line <= 0) return Start();
  return {file->path(), mark.line + line_offset, mark.column};
}

SourceLocation YamlDocument::At(const YamlNode* node) const { return node ? At(node->mark()) : Start(); }

SourceLocation YamlDocument::Start() const { return {file->path(), line_offset + 1, 1}; }

YamlDocument ParseYaml(const SourceFile& file, std::string_view text, int line_offset,
                       Diagnostics* diags) {
  YamlDocument doc;
  doc.file = &file;
  doc.line_offset = line_offset;
  doc.text = text;
  ParseYamlInto(&doc, diags);
  return doc;
}

void ParseYamlInto(YamlDocument* doc, Diagnostics* diags) {
  YamlReadResult result = ReadYaml(doc->text, doc->line_offset);
  for (const YamlProblem& p : result.problems) diags->Error(doc->At(p.where), p.message);
  doc->ok = false;
  doc->root = nullptr;
  if (result.tree) SetYamlTree(doc, std::move(result.tree));
}

void SetYamlTree(YamlDocument* doc, std::shared_ptr<const YamlTree> tree) {
  doc->tree = std::move(tree);
  doc->root = doc->tree ? doc->tree->root() : nullptr;
  doc->ok = doc->root != nullptr;
}

}  // namespace klynge
