#include "load/csv_table.h"

#include <csv.h>

#include <string_view>

#include "base/messages.h"

namespace klynge {

SourceLocation CsvTable::At(const CsvField& field) const {
  return {file->path(), field.line, field.column};
}

SourceLocation CsvTable::End(const CsvRow& row) const {
  return {file->path(), row.end_line, row.end_column};
}

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// libcsv reports fields and rows through callbacks but not where they are.
// Feeding it one byte at a time tells us the byte that completed each field;
// where a field starts we track ourselves.
class CsvSplitter {
 public:
  CsvSplitter(const SourceFile& file, Diagnostics* diags) : file_(file), diags_(diags) {
    table_.file = &file;
  }

  CsvTable Run() {
    const std::string& text = file_.text();
    Init();
    for (size_t i = 0; i < text.size(); ++i) {
      cur_ = i;
      Track(static_cast<unsigned char>(text[i]));
      if (csv_parse(&parser_, &text[i], 1, OnField, OnRow, this) == 1) continue;
      Error(i,
            csv_error(&parser_) == CSV_EPARSE ? QuoteMessage(text, i) : Text(Msg::kCsvCannotReadRow));
      // Start again on the next line; the broken row is dropped.
      size_t eol = text.find('\n', i);
      i = eol == std::string::npos ? text.size() : eol;
      csv_free(&parser_);
      Init();
    }
    cur_ = text.size();
    if (csv_fini(&parser_, OnField, OnRow, this) != 0) {
      Error(field_start_ == kNone ? text.size() : field_start_,
            Text(Msg::kCsvQuoteNeverClosed));
    }
    csv_free(&parser_);
    return std::move(table_);
  }

 private:
  void Init() {
    csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);
    row_ = CsvRow();
    field_start_ = kNone;
    at_row_start_ = true;
  }

  static Message QuoteMessage(const std::string& text, size_t i) {
    if (text[i] == '"') return Text(Msg::kCsvQuoteInUnquotedValue);
    return Text(Msg::kCsvTextAfterClosingQuote);
  }

  // Notes where a field starts: its first byte that is not a leading space
  // (libcsv trims those), and at a row start not a blank line's line ending.
  void Track(unsigned char c) {
    if (field_start_ != kNone) return;
    if (c == ' ' || c == '\t') return;
    if (at_row_start_ && (c == '\r' || c == '\n')) return;
    field_start_ = cur_;
  }

  void Position(size_t offset, int* line, int* column) const {
    int byte_col = 0;
    file_.LineOf(offset, line, &byte_col);
    *column = file_.CharColumn(*line, byte_col);
  }

  void Error(size_t offset, Message message) {
    SourceLocation at{file_.path()};
    Position(offset, &at.line, &at.column);
    diags_->Error(at, Text(Msg::kMalformedCsv, std::move(message)));
  }

  static void OnField(void* data, size_t len, void* self) {
    auto* s = static_cast<CsvSplitter*>(self);
    CsvField field;
    field.text.assign(static_cast<const char*>(data), len);
    size_t start = s->field_start_ == kNone ? s->cur_ : s->field_start_;
    s->Position(start, &field.line, &field.column);
    if (s->row_.fields.empty()) s->row_.line = field.line;
    s->row_.fields.push_back(std::move(field));
    s->field_start_ = kNone;
    s->at_row_start_ = false;
  }

  static void OnRow(int, void* self) {
    auto* s = static_cast<CsvSplitter*>(self);
    s->Position(s->cur_, &s->row_.end_line, &s->row_.end_column);
    s->table_.rows.push_back(std::move(s->row_));
    s->row_ = CsvRow();
    s->field_start_ = kNone;
    s->at_row_start_ = true;
  }

  const SourceFile& file_;
  Diagnostics* diags_;
  CsvTable table_;
  csv_parser parser_;
  CsvRow row_;
  size_t cur_ = 0;
  size_t field_start_ = kNone;
  bool at_row_start_ = true;
};

}  // namespace

CsvTable ParseCsv(const SourceFile& file, Diagnostics* diags) {
  return CsvSplitter(file, diags).Run();
}

}  // namespace klynge
