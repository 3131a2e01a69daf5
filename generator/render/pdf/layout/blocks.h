#pragma once
// What a document is made of before layout: paragraphs, lists, tables,
// images, panels, writing lines and custom drawings. Every block carries its
// own style values, so layout needs no style sheet.

#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "render/pdf/layout/color.h"
#include "render/pdf/layout/draw_ops.h"
#include "render/pdf/layout/line_breaker.h"

namespace klynge::pdf {

struct Block;

enum class Align { kLeft, kCenter, kRight };

// Vertical space around a block; between two blocks the larger one wins.
struct Spacing {
  float before = 0;
  float after = 0;
};

// Running text's widest line in ems of its size: Open Sans sets Danish at
// about 0.43 em a character, so 32 em is about 75 characters (a full A4
// line held 113, too many to read comfortably), on any page size.
inline constexpr float kMeasureEms = 32;

struct Paragraph {
  std::vector<Span> spans;
  float size = 10;
  float leading = 1.4f;  // line height as a multiple of the size
  Color color;
  Color link_color{0.1f, 0.25f, 0.5f};
  Align align = Align::kLeft;
  float measure = 0;  // > 0: lines at most this wide, so running text keeps a readable length
  Spacing spacing;
  bool keep_with_next = false;  // headings: never the last thing on a page
  bool keep_loosely = false;    // the keep gives way rather than leave a page under half full
  Role role = Role::kP;         // HeadingRole(n) for headings, kCaption under a figure
  // Running text fills its lines with hyphenation; headings (any H role, or
  // this set, as for column headings) break a word only when it is wider than the line.
  bool heading_breaks = false;
  // A section heading: this text (the heading marked "(fortsat)") heads every
  // further page its section runs onto, up to the next heading of its level or above.
  std::string continued;
};

struct ListItem {
  std::vector<Block> blocks;
  bool tick_box = false;  // a square to tick instead of the bullet or number
  bool checked = false;   // the square is ticked
};

struct List {
  enum class Kind { kBullet, kNumbered } kind = Kind::kBullet;
  std::vector<ListItem> items;
  int start = 1;         // first number of a numbered list
  float indent = 16;     // from the list's left edge to the item text
  float marker_size = 10;
  Color marker_color;
  float item_gap = 3;    // space between items
  Spacing spacing;
};

struct TableCell {
  std::vector<Block> blocks;
  int colspan = 1;
  std::optional<Color> fill;
};

struct TableRow {
  TableRow() = default;
  // Defined below Block: its body destroys TableCells, whose vector<Block>
  // needs the complete Block (clang instantiates it here; GCC lets it pass).
  explicit TableRow(std::vector<TableCell> cells);

  std::vector<TableCell> cells;
  std::optional<Color> fill;
  float min_height = 0;  // room to write in by hand
  bool keep_with_next = false;  // a group's heading row stays with its first row
  bool keep_loosely = false;    // the keep gives way rather than leave a page under half full
};

struct Table {
  std::vector<float> widths;  // relative column widths; empty: from the content
  std::vector<TableRow> rows;
  int header_rows = 0;        // repeated at the top of every page the table continues on
  std::optional<Color> header_fill;
  float padding = 4;
  Color rule{0.75f, 0.78f, 0.82f};
  float rule_width = 0.5f;
  bool vertical_rules = false;
  bool frame = false;  // a rule around the whole table
  bool layout_only = false;  // columns for placing blocks, not data: no Table structure
  Spacing spacing;
};

// An image from PdfDocument::AddImage, scaled to fit: a Figure with `alt`,
// or an artifact (decoration) without.
struct Image {
  int image = -1;
  std::string alt;
  float dpi = 150;        // natural size: pixels at this resolution
  float max_height = 0;   // 0: half the page body
  Align align = Align::kLeft;
  Spacing spacing;
};

// Ruled lines to write on.
struct WritingLines {
  int count = 8;
  float spacing = 24;  // distance between lines
  Color color{0.7f, 0.72f, 0.75f};
  float line_width = 0.5f;
  Spacing space;
};

struct Rule {
  Color color{0.75f, 0.78f, 0.82f};
  float width = 0.5f;
  Spacing spacing;
};

struct PageBreak {};

// Blocks on a shaded background or beside a bar (facts panels, quotes, code).
struct Panel {
  std::vector<Block> blocks;
  std::optional<Color> fill;
  std::optional<Color> bar;  // a bar down the left edge
  float bar_width = 3;
  float padding = 8;
  Spacing spacing;
};

// Caller-drawn graphics of a fixed size (charts): ops relative to its
// top-left. With `alt` a Figure whose untagged ops are the figure's; without,
// its untagged texts are a paragraph and the rest artifacts. Ops a caller
// tagged kArtifact (a chart's grid) stay artifacts.
struct Drawing {
  std::string alt;
  float width = 0;
  float height = 0;
  std::vector<DrawOp> ops;
  Align align = Align::kLeft;
  Spacing spacing;
  bool keep_with_next = false;
  bool keep_loosely = false;  // the keep gives way rather than leave a page under half full
};

struct Block {
  std::variant<Paragraph, List, Table, Image, WritingLines, Rule, PageBreak, Panel, Drawing> content;

  template <typename T>
    requires(!std::is_same_v<std::decay_t<T>, Block>)
  Block(T value) : content(std::move(value)) {}  // NOLINT: any block kind converts to a Block
};

inline TableRow::TableRow(std::vector<TableCell> cells) : cells(std::move(cells)) {}

}  // namespace klynge::pdf
