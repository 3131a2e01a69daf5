#include "base/source_file.h"

#include <algorithm>

#include "base/utf8.h"

namespace klynge {

SourceFile::SourceFile(std::string path, std::string rel, std::string text)
    : path_(std::move(path)), rel_(std::move(rel)), text_(std::move(text)) {
  starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') starts_.push_back(i + 1);
  // A final newline does not open a line of its own.
  if (starts_.size() > 1 && starts_.back() == text_.size()) starts_.pop_back();
}

std::string_view SourceFile::Line(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t begin = starts_[line - 1];
  size_t end = text_.find('\n', begin);
  if (end == std::string::npos) end = text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

int SourceFile::CharColumn(int line, int byte_col) const {
  std::string_view text = Line(line);
  if (byte_col < 0) return 1;
  size_t limit = std::min<size_t>(byte_col, text.size());
  return static_cast<int>(Utf8Length(text.substr(0, limit))) + 1 +
         static_cast<int>(byte_col - limit);
}

void SourceFile::LineOf(size_t offset, int* line, int* byte_col) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t index = static_cast<size_t>(it - starts_.begin()) - 1;
  *line = static_cast<int>(index) + 1;
  *byte_col = static_cast<int>(offset - starts_[index]);
}

}  // namespace klynge
