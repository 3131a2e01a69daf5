#include "load/template_tags.h"

#include "base/text.h"
#include "base/utf8.h"

namespace klynge {

bool ScanTemplateTags(std::string_view text, std::vector<TemplateTag>* tags, std::string* error,
                      size_t* error_offset) {
  std::vector<size_t> open_index;
  size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string_view::npos) {
    TemplateTag tag;
    tag.begin = pos;
    bool triple = pos + 2 < text.size() && text[pos + 2] == '{';
    std::string_view closer = triple ? "}}}" : "}}";
    size_t inner = pos + (triple ? 3 : 2);
    size_t close = text.find(closer, inner);
    if (close == std::string_view::npos) {
      *error = "tag is not closed";
      *error_offset = pos;
      return false;
    }
    tag.end = close + closer.size();
    std::string_view body = Trim(text.substr(inner, close - inner));
    if (triple) {
      tag.kind = TagKind::kUnescaped;
    } else if (!body.empty()) {
      switch (body[0]) {
        case '&': tag.kind = TagKind::kUnescaped; break;
        case '#': tag.kind = TagKind::kSection; break;
        case '^': tag.kind = TagKind::kInverted; break;
        case '/': tag.kind = TagKind::kClose; break;
        case '>': tag.kind = TagKind::kPartial; break;
        case '!': tag.kind = TagKind::kComment; break;
        case '=': tag.kind = TagKind::kDelimiters; break;
        default: break;
      }
      if (tag.kind != TagKind::kVariable) body = Trim(body.substr(1));
    }
    tag.name = std::string(body);
    if (tag.kind == TagKind::kSection || tag.kind == TagKind::kInverted) {
      open_index.push_back(tags->size());
    } else if (tag.kind == TagKind::kClose) {
      if (open_index.empty() || (*tags)[open_index.back()].name != tag.name) {
        *error = open_index.empty() ? "{{/" + tag.name + "}} closes no section"
                                    : "{{/" + tag.name + "}} closes {{#" +
                                          (*tags)[open_index.back()].name + "}}";
        *error_offset = pos;
        return false;
      }
      open_index.pop_back();
    }
    tags->push_back(std::move(tag));
    pos = tags->back().end;
  }
  if (!open_index.empty()) {
    const TemplateTag& unclosed = (*tags)[open_index.back()];
    *error = "section {{#" + unclosed.name + "}} is not closed";
    *error_offset = unclosed.begin;
    return false;
  }
  return true;
}

std::string LineColumn(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  size_t column = Utf8Length(text.substr(line_start, offset - line_start)) + 1;
  return std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace klynge
