// Tables: column widths from the content, rows as boxes, header rows repeated
// after a page break, and rows taller than a page cut into slices.

#include <algorithm>
#include <numeric>

#include "render/pdf/layout/block_layout.h"

namespace klynge::pdf {

namespace {

int ColumnCount(const Table& table) {
  int columns = static_cast<int>(table.widths.size());
  for (const TableRow& row : table.rows) {
    int n = 0;
    for (const TableCell& cell : row.cells) n += std::max(1, cell.colspan);
    columns = std::max(columns, n);
  }
  return columns;
}

std::vector<float> ColumnWidths(const Table& table, int columns, float width, BlockLayout& layout) {
  std::vector<float> widths(columns, 0);
  if (static_cast<int>(table.widths.size()) == columns) {
    float total = std::accumulate(table.widths.begin(), table.widths.end(), 0.0f);
    for (int c = 0; c < columns; ++c) widths[c] = total > 0 ? width * table.widths[c] / total : width / columns;
    return widths;
  }
  std::vector<float> min(columns, 2 * table.padding + 12), max(columns, 2 * table.padding + 12);
  for (const TableRow& row : table.rows) {
    int c = 0;
    for (const TableCell& cell : row.cells) {
      if (c >= columns) break;
      if (cell.colspan <= 1) {
        TextExtent e = layout.Extent(cell.blocks);
        // A long URL may be broken rather than take the whole table.
        min[c] = std::max(min[c], std::min(e.min, width * 0.4f) + 2 * table.padding);
        max[c] = std::max(max[c], e.max + 2 * table.padding);
      }
      c += std::max(1, cell.colspan);
    }
  }
  for (int c = 0; c < columns; ++c) max[c] = std::max(max[c], min[c]);
  float sum_min = std::accumulate(min.begin(), min.end(), 0.0f);
  float sum_max = std::accumulate(max.begin(), max.end(), 0.0f);
  for (int c = 0; c < columns; ++c) {
    if (sum_max <= width) {
      widths[c] = max[c] * width / sum_max;
    } else if (sum_min <= width) {
      float stretch = sum_max > sum_min ? (max[c] - min[c]) / (sum_max - sum_min) : 1.0f / columns;
      widths[c] = min[c] + (width - sum_min) * stretch;
    } else {
      widths[c] = width * min[c] / sum_min;
    }
  }
  return widths;
}

// One cell's content, cut into slices that fit `capacity` each.
struct CellSlices {
  float x = 0, width = 0;
  std::optional<Color> fill;
  std::vector<std::vector<DrawOp>> ops;  // per slice, relative to the slice's content top
  std::vector<float> heights;            // per slice
  float first_baseline = -1;             // of the first text in the first slice
};

// Moves each cell's first slice down so that the first lines of text in a
// row share one baseline, whatever their sizes.
void AlignFirstBaselines(std::vector<CellSlices>* cells) {
  float baseline = -1;
  for (const CellSlices& cell : *cells) baseline = std::max(baseline, cell.first_baseline);
  for (CellSlices& cell : *cells) {
    if (cell.first_baseline < 0 || cell.first_baseline >= baseline) continue;
    float shift = baseline - cell.first_baseline;
    for (DrawOp& op : cell.ops[0]) Translate(&op, 0, shift);
    cell.heights[0] += shift;
  }
}

CellSlices SliceCell(const TableCell& cell, float x, float width, float padding, float capacity, Tag tag,
                     BlockLayout& layout) {
  CellSlices out{x, width, cell.fill, {}, {0}};
  Column column = layout.LayOut(cell.blocks, std::max(width - 2 * padding, 1.0f), tag);
  std::vector<std::vector<DrawOp>> content(1);
  Placement placed{std::vector<int>(column.boxes.size(), -1), std::vector<float>(column.boxes.size(), 0)};
  for (size_t i = 0; i < column.boxes.size(); ++i) {
    const Box& box = column.boxes[i];
    float before = out.heights.back() > 0 ? box.space_before : 0;
    if (out.heights.back() > 0 && out.heights.back() + before + box.height > capacity) {
      content.emplace_back();
      out.heights.push_back(0);
      before = 0;
    }
    if (out.first_baseline < 0 && content.size() == 1)
      for (const DrawOp& op : box.ops)
        if (const TextOp* text = std::get_if<TextOp>(&op)) {
          out.first_baseline = out.heights.back() + before + text->baseline;
          break;
        }
    placed.page[i] = static_cast<int>(content.size()) - 1;
    placed.top[i] = out.heights.back() + before;
    AppendOps(box.ops, x + padding, out.heights.back() + before, &content.back());
    out.heights.back() += before + box.height;
  }
  // A panel in the cell: its bands go under the text of each slice.
  std::vector<std::vector<DrawOp>> bands = BandOps(column, placed, static_cast<int>(content.size()));
  for (size_t s = 0; s < content.size(); ++s) {
    std::vector<DrawOp> ops;
    AppendOps(bands[s], x + padding, 0, &ops);
    for (DrawOp& op : content[s]) ops.push_back(std::move(op));
    out.ops.push_back(std::move(ops));
  }
  return out;
}

}  // namespace

std::vector<Box> LayOutTable(const Table& table, float x, float width, Tag parent, BlockLayout& layout) {
  int columns = ColumnCount(table);
  if (columns == 0 || table.rows.empty()) return {};
  StructureTree& tree = layout.doc().structure();
  Tag element = table.layout_only ? parent : tree.Add(parent, Role::kTable);
  Tag head = table.layout_only || table.header_rows == 0 ? element : tree.Add(element, Role::kTHead);
  Tag body = table.layout_only ? element : tree.Add(element, Role::kTBody);
  std::vector<float> widths = ColumnWidths(table, columns, width, layout);
  std::vector<float> lefts(columns + 1, 0);
  for (int c = 0; c < columns; ++c) lefts[c + 1] = lefts[c] + widths[c];

  float pad = table.padding;
  // Body rows must fit below the repeated header; measured after the header is made.
  float capacity = layout.body_height() - 2 * pad;
  std::vector<Box> header;
  std::vector<Box> out;
  std::shared_ptr<const std::vector<Box>> repeat;

  for (size_t r = 0; r < table.rows.size(); ++r) {
    const TableRow& row = table.rows[r];
    bool is_header = static_cast<int>(r) < table.header_rows;
    if (!is_header && !repeat && !header.empty()) {
      repeat = std::make_shared<const std::vector<Box>>(header);
      float header_height = 0;
      for (const Box& box : header) header_height += box.height;
      capacity = std::max(layout.body_height() - header_height - 2 * pad, layout.body_height() * 0.25f);
    }
    std::vector<CellSlices> cells;
    int c = 0;
    Tag tr = table.layout_only ? parent : tree.Add(is_header ? head : body, Role::kTR);
    for (const TableCell& cell : row.cells) {
      if (c >= columns) break;
      int end = std::min(columns, c + std::max(1, cell.colspan));
      Tag td = table.layout_only ? parent : tree.Add(tr, is_header ? Role::kTH : Role::kTD);
      cells.push_back(SliceCell(cell, lefts[c], lefts[end] - lefts[c], pad, capacity, td, layout));
      c = end;
    }
    AlignFirstBaselines(&cells);
    size_t slices = 1;
    for (const CellSlices& cell : cells) slices = std::max(slices, cell.heights.size());

    for (size_t s = 0; s < slices; ++s) {
      float content = 0;
      for (const CellSlices& cell : cells)
        if (s < cell.heights.size()) content = std::max(content, cell.heights[s]);
      Box box;
      box.height = content + 2 * pad;
      if (s + 1 == slices) box.height = std::max(box.height, row.min_height);
      std::optional<Color> fill = row.fill ? row.fill : is_header ? table.header_fill : std::nullopt;
      if (fill) box.ops.push_back(RectOp{0, 0, width, box.height, fill, std::nullopt, 0.5f, kArtifact});
      for (const CellSlices& cell : cells) {
        if (cell.fill)
          box.ops.push_back(RectOp{cell.x, 0, cell.width, box.height, cell.fill, std::nullopt, 0.5f, kArtifact});
        if (s < cell.ops.size()) AppendOps(cell.ops[s], 0, pad, &box.ops);
      }
      // Rules from here on are artifacts.
      size_t rules = box.ops.size();
      Color rule = table.rule;
      float w = table.rule_width;
      if (r == 0 && s == 0) box.ops.push_back(LineOp{0, 0, width, 0, rule, w});
      if (is_header && static_cast<int>(r) == table.header_rows - 1 && s + 1 == slices) {
        // The header's last rule is drawn a little heavier.
        box.ops.push_back(LineOp{0, box.height, width, box.height, rule, w * 2});
      } else {
        box.ops.push_back(LineOp{0, box.height, width, box.height, rule, w});
      }
      if (table.vertical_rules)
        for (size_t i = 1; i < cells.size(); ++i)
          box.ops.push_back(LineOp{cells[i].x, 0, cells[i].x, box.height, rule, w});
      if (table.frame) {
        box.ops.push_back(LineOp{0, 0, 0, box.height, rule, w});
        box.ops.push_back(LineOp{width, 0, width, box.height, rule, w});
      }
      for (size_t i = rules; i < box.ops.size(); ++i) SetTag(&box.ops[i], kArtifact);
      for (DrawOp& op : box.ops) Translate(&op, x, 0);
      if (row.keep_with_next || s + 1 < slices) box.keep_with_next = true;
      box.keep_loosely = row.keep_loosely && s + 1 == slices;
      if (is_header) {
        box.keep_with_next = true;
        header.push_back(box);
      } else {
        box.repeat = repeat;
      }
      out.push_back(std::move(box));
    }
  }
  return out;
}

}  // namespace klynge::pdf
