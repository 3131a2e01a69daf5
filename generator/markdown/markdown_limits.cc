#include "markdown/markdown_limits.h"

#include <cmark-gfm-core-extensions.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>


namespace klynge {

namespace {

// A line with nothing but spaces and quote markers ends a paragraph.
bool EndsParagraph(std::string_view line) {
  return line.find_first_not_of(" \t\r>") == std::string_view::npos;
}

std::string Kilobytes(size_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

}  // namespace

std::vector<MarkdownLimitProblem> CheckMarkdownSource(std::string_view s) {
  std::vector<MarkdownLimitProblem> problems;
  auto problem = [&](int line, size_t byte, std::string message) {
    problems.push_back(MarkdownLimitProblem{line, static_cast<int>(byte) + 1, std::move(message)});
  };
  bool size_reported = false, pipes_reported = false, images_reported = false;
  int images = 0;  // `![` since the paragraph began
  int number = 1;
  for (size_t begin = 0; begin < s.size(); ++number) {
    size_t end = s.find('\n', begin);
    if (end == std::string::npos) end = s.size();
    std::string_view line(s.data() + begin, end - begin);
    if (!size_reported && s.size() > kMaxMarkdownBytes && end >= kMaxMarkdownBytes) {
      problem(number, std::min(line.size(), kMaxMarkdownBytes - begin),
              "this Markdown text is " + Kilobytes(s.size()) + "; one text may be at most " +
                       Kilobytes(kMaxMarkdownBytes) + ": split it into shorter texts or files");
      size_reported = true;
    }
    if (EndsParagraph(line)) images = 0;
    int pipes = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '|' && ++pipes == kMaxPipesPerLine + 1 && !pipes_reported) {
        problem(number, i,
                "more than " + std::to_string(kMaxPipesPerLine) +
                         " `|` on one line: a table may have at most " + std::to_string(kMaxTableColumns) +
                         " columns (write `\\|` for a `|` in text only where needed)");
        pipes_reported = true;
      }
      if (line[i] == '!' && i + 1 < line.size() && line[i + 1] == '[' &&
          ++images == kMaxImageOpeningsPerParagraph + 1 && !images_reported) {
        problem(number, i,
                "more than " + std::to_string(kMaxImageOpeningsPerParagraph) +
                         " images (`![`) in one paragraph: split it with blank lines");
        images_reported = true;
      }
    }
    begin = end + 1;
  }
  return problems;
}

namespace {

// Inline nodes with children: they get an exit event from the iterator.
bool IsInlineContainer(cmark_node* node) {
  cmark_node_type type = cmark_node_get_type(node);
  if ((type & CMARK_NODE_TYPE_MASK) != CMARK_NODE_TYPE_INLINE) return false;
  switch (type) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
    case CMARK_NODE_FOOTNOTE_REFERENCE:
      return false;
    default:
      return true;
  }
}

bool IsBlockNesting(cmark_node* node) {
  cmark_node_type type = cmark_node_get_type(node);
  return type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST;
}

bool IsTable(cmark_node* node) { return std::strcmp(cmark_node_get_type_string(node), "table") == 0; }

// The node's start, or its nearest ancestor's when cmark gave it none.
cmark_node* Positioned(cmark_node* node) {
  while (node && cmark_node_get_start_line(node) <= 0) node = cmark_node_parent(node);
  return node;
}
int StartLine(cmark_node* node) {
  cmark_node* at = Positioned(node);
  return at ? cmark_node_get_start_line(at) : 1;
}
int StartColumn(cmark_node* node) {
  cmark_node* at = Positioned(node);
  return at ? std::max(1, cmark_node_get_start_column(at)) : 1;
}

}  // namespace

std::vector<MarkdownLimitProblem> CheckMarkdownTree(cmark_node* root) {
  std::vector<MarkdownLimitProblem> problems;
  auto problem = [&](cmark_node* node, std::string message) {
    problems.push_back(MarkdownLimitProblem{StartLine(node), StartColumn(node), std::move(message)});
  };
  bool blocks_reported = false, inlines_reported = false, tables_reported = false;
  int blocks = 0, inlines = 0;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_EXIT) {
      if (IsBlockNesting(node)) --blocks;
      if (IsInlineContainer(node)) --inlines;
      continue;
    }
    if (IsBlockNesting(node) && ++blocks > kMaxBlockNesting && !blocks_reported) {
      problem(node, "block quotes and lists are nested more than " +
                                        std::to_string(kMaxBlockNesting) + " levels deep here");
      blocks_reported = true;
    }
    if (IsInlineContainer(node) && ++inlines > kMaxInlineNesting && !inlines_reported) {
      problem(node, "emphasis, links and images are nested more than " +
                                        std::to_string(kMaxInlineNesting) + " levels deep here");
      inlines_reported = true;
    }
    if (IsTable(node) && !tables_reported) {
      int columns = static_cast<int>(cmark_gfm_extensions_get_table_columns(node));
      int rows = 0;
      cmark_node* row = cmark_node_first_child(node);
      for (; row && rows < kMaxTableRows; row = cmark_node_next(row)) ++rows;
      if (columns > kMaxTableColumns) {
        problem(node, "this table has " + std::to_string(columns) + " columns; at most " +
                                          std::to_string(kMaxTableColumns) + " are allowed");
        tables_reported = true;
      } else if (row) {
        problem(row, "this table has more than " + std::to_string(kMaxTableRows) +
                                         " rows: split it into smaller tables");
        tables_reported = true;
      }
    }
  }
  cmark_iter_free(iter);
  return problems;
}

}  // namespace klynge
