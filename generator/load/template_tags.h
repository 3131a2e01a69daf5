#pragma once
// The tags of a mustache template, found without rendering it: the theme
// loader uses them to inline partials and to refuse unescaped values, and the
// tests use them to check templates against the data the renderer supplies.

#include <string>
#include <string_view>
#include <vector>

namespace klynge {

enum class TagKind {
  kVariable,   // {{name}}: HTML-escaped
  kUnescaped,  // {{{name}}} or {{&name}}
  kSection,    // {{#name}}
  kInverted,   // {{^name}}
  kClose,      // {{/name}}
  kPartial,    // {{> name}}
  kComment,    // {{! text}}
  kDelimiters, // {{=<% %>=}}: not supported by klynge themes
};

struct TemplateTag {
  TagKind kind = TagKind::kVariable;
  std::string name;  // trimmed
  size_t begin = 0;  // byte offset of the opening braces
  size_t end = 0;    // byte offset just past the closing braces
};

// Scans `text` for tags. Returns false and sets *error and *error_offset when
// a tag is not closed or sections do not nest.
bool ScanTemplateTags(std::string_view text, std::vector<TemplateTag>* tags, std::string* error,
                      size_t* error_offset);

// 1-based line and column of a byte offset, for messages ("12:5").
std::string LineColumn(std::string_view text, size_t offset);

}  // namespace klynge
