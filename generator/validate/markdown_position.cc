#include "validate/markdown_position.h"

#include <algorithm>
#include <string_view>

#include "base/source_file.h"
#include "base/utf8.h"
#include "markdown/parsed_markdown.h"

namespace klynge {

namespace {

std::string_view LineOfText(std::string_view text, int line) {
  size_t begin = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = text.find('\n', begin);
    if (nl == std::string_view::npos) return {};
    begin = nl + 1;
  }
  size_t end = text.find('\n', begin);
  std::string_view out = text.substr(begin, end == std::string_view::npos ? text.size() - begin : end - begin);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return out;
}

}  // namespace

SourceLocation MarkdownFileLocation(const MarkdownText& source, int md_line, int md_col, const ContentTree& tree) {
  SourceLocation fallback = MarkdownLocation(source, md_line, md_col);
  const SourceFile* file = tree.Find(source.path);
  if (md_line <= 0 || md_col <= 0 || !file) return fallback;
  std::string_view md_text = LineOfText(source.text, md_line);
  int file_line = source.first_line + md_line - 1;
  std::string_view line = file->Line(file_line);
  size_t from = md_line == 1 ? Utf8Offset(line, static_cast<size_t>(std::max(source.first_column, 1) - 1)) : 0;
  size_t at = md_text.empty() ? std::string_view::npos : line.find(md_text, from);
  if (at == std::string_view::npos || static_cast<size_t>(md_col - 1) > md_text.size()) return fallback;
  return {source.path, file_line, file->CharColumn(file_line, static_cast<int>(at) + md_col - 1)};
}

}  // namespace klynge
