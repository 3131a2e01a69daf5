#pragma once
// A text file as read from the content tree, with fast access to its lines.

#include <string>
#include <string_view>
#include <vector>

namespace klynge {

// One loaded text file. `path` is as shown in diagnostics (relative to the
// working directory); `rel` is relative to the content folder.
class SourceFile {
 public:
  SourceFile(std::string path, std::string rel, std::string text);

  const std::string& path() const { return path_; }
  const std::string& rel() const { return rel_; }
  const std::string& text() const { return text_; }

  // Line `line` (1-based) without its line ending; empty when out of range.
  std::string_view Line(int line) const;
  int line_count() const { return static_cast<int>(starts_.size()); }
  // 1-based character column of the 0-based byte offset `byte_col` in `line`.
  int CharColumn(int line, int byte_col) const;
  // 1-based line and byte column (0-based) of a byte offset into the text.
  void LineOf(size_t offset, int* line, int* byte_col) const;

 private:
  std::string path_;
  std::string rel_;
  std::string text_;
  std::vector<size_t> starts_;
};

}  // namespace klynge
