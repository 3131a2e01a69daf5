#include "model/theme.h"

#include "base/utf8.h"

namespace klynge {

std::string TemplatePlace(const Theme& theme, const std::string& name, size_t offset) {
  auto text = theme.templates.find(name);
  auto spans = theme.template_spans.find(name);
  if (text == theme.templates.end() || spans == theme.template_spans.end() || spans->second.empty())
    return theme.dir + "/templates/" + name + ".mustache";
  const std::string& inlined = text->second;
  if (offset > inlined.size()) offset = inlined.size();
  // The last span starting at or before `offset`; the text between is the file's own.
  const TemplateSpan* span = &spans->second.front();
  for (const TemplateSpan& s : spans->second)
    if (s.begin <= offset) span = &s;
  int line = span->line;
  size_t line_start = span->begin;
  for (size_t i = span->begin; i < offset; ++i)
    if (inlined[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  size_t column = Utf8Length(std::string_view(inlined).substr(line_start, offset - line_start)) + 1;
  if (line == span->line) column += span->column - 1;
  return span->file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace klynge
