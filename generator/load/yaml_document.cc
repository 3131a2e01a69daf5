#include "load/yaml_document.h"

#include <string>

namespace klynge {

SourceLocation YamlDocument::At(const YAML::Mark& mark) const {
  if (mark.line < 0) return Start();
  int line = mark.line + 1 + line_offset;
  return {file->path(), line, file->CharColumn(line, mark.column)};
}

SourceLocation YamlDocument::At(const YAML::Node& node) const {
  if (!node.IsDefined()) return Start();
  return At(node.Mark());
}

SourceLocation YamlDocument::Start() const { return {file->path(), line_offset + 1, 1}; }

namespace {

// yaml-cpp's messages are terse lower-case fragments; keep them but say
// what kind of problem it is.
std::string DescribeParserError(const std::string& msg) {
  if (msg.empty()) return "invalid YAML";
  return "invalid YAML: " + msg;
}

}  // namespace

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
  doc->ok = false;
  try {
    std::vector<YAML::Node> docs = YAML::LoadAll(std::string(doc->text));
    if (docs.size() > 1) {
      diags->Error(doc->At(docs[1]), "a second YAML document ('---') is not allowed here");
      return;
    }
    doc->root = docs.empty() ? YAML::Node() : docs[0];
    doc->ok = true;
  } catch (const YAML::Exception& e) {
    std::string message = DescribeParserError(e.msg);
    // yaml-cpp 0.7 rejects valid YAML such as `[Hvad vil vi ændre?, Hvem?]`: a
    // '?' in a flow list is "unknown token". Say how to write it instead.
    std::string_view text = doc->text;
    if (e.mark.pos >= 0 && static_cast<size_t>(e.mark.pos) < text.size() && text[e.mark.pos] == '?')
      message += "; a '?' inside [ ] cannot be read: quote the entry (\"Hvad vil vi ændre?\") "
                 "or write the list one entry per line (- Hvad vil vi ændre?)";
    diags->Error(doc->At(e.mark), message);
  }
}

}  // namespace klynge
