#include "load/yaml_syntax_error.h"

#include <libfyaml.h>

#include <algorithm>
#include <climits>
#include <optional>
#include <vector>

#include "base/messages.h"
#include "base/text.h"
#include "base/utf8.h"

namespace klynge {

namespace {

constexpr size_t kNone = std::string_view::npos;

bool Has(std::string_view raw, std::string_view part) { return raw.find(part) != kNone; }

// The text by lines, with columns counted in characters.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n' && i + 1 < text.size()) starts_.push_back(i + 1);
  }

  int count() const { return static_cast<int>(starts_.size()); }

  std::string_view Line(int n) const {
    if (n < 1 || n > count()) return {};
    size_t begin = starts_[n - 1];
    size_t end = text_.find('\n', begin);
    if (end == kNone) end = text_.size();
    std::string_view line = text_.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
  }

  int LineOf(size_t offset) const {
    return static_cast<int>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
  }

  // 1-based character column of a byte offset.
  int ColumnOf(size_t offset) const {
    int line = LineOf(offset);
    size_t start = starts_[line - 1];
    return static_cast<int>(Utf8Length(text_.substr(start, offset > start ? offset - start : 0))) + 1;
  }

  // Byte offset of a 1-based line and character column (clamped to the line).
  size_t OffsetOf(int line, int column) const {
    line = std::clamp(line, 1, count());
    return starts_[line - 1] + Utf8Offset(Line(line), static_cast<size_t>(std::max(column, 1) - 1));
  }

  // Characters of line n, for a column just after its end.
  int Width(int n) const {
    return static_cast<int>(Utf8Length(Line(n)));
  }

  char At(size_t offset) const { return offset < text_.size() ? text_[offset] : '\0'; }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

size_t LeadingBlanks(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

// A line with something on it besides blanks and a comment.
bool IsContent(std::string_view line) {
  size_t i = LeadingBlanks(line);
  return i < line.size() && line[i] != '#';
}

// 1-based column of the first character that is not a blank (all blanks are ASCII).
int IndentColumn(std::string_view line) { return static_cast<int>(LeadingBlanks(line)) + 1; }

// Column of a tab in the line's indentation, or 0.
int TabInIndentation(std::string_view line) {
  size_t blanks = LeadingBlanks(line);
  if (blanks == line.size()) return 0;
  size_t tab = line.substr(0, blanks).find('\t');
  return tab == kNone ? 0 : static_cast<int>(tab) + 1;
}

bool IsListItem(std::string_view line) {
  size_t i = LeadingBlanks(line);
  return i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ');
}

// After the indentation and any `- ` of list items: where a key would start.
size_t KeyStart(std::string_view line) {
  size_t i = LeadingBlanks(line);
  while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ')) {
    ++i;
    while (i < line.size() && line[i] == ' ') ++i;
  }
  return i;
}

// How a message names a line: its first words, up to and with the key's colon.
std::string Label(std::string_view line) {
  std::string_view s = line.substr(LeadingBlanks(line));
  size_t colon = s.find(": ");
  if (colon == kNone && !s.empty() && s.back() == ':') colon = s.size() - 1;
  if (colon != kNone && colon < 40) return "`" + std::string(s.substr(0, colon + 1)) + "`";
  if (s.size() > 24) {
    return "`" + std::string(s.substr(0, Utf8Floor(s, 24))) + "…`";
  }
  return "`" + std::string(s) + "`";
}

// `text` in YAML quotes: double quotes unless it holds a `"` or a backslash.
std::string Quote(std::string_view text) {
  if (text.find('"') == kNone && text.find('\\') == kNone) return "\"" + std::string(text) + "\"";
  std::string out = "'";
  for (char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

// The line as it should be written with its value in quotes
// (`title: "Invitation: send til deltagerne"`), or "" when it has no `key: value`.
std::string QuotedLine(std::string_view line) {
  size_t start = KeyStart(line);
  std::string_view content = line.substr(start);
  size_t colon = content.find(": ");
  if (colon == kNone) return "";
  std::string_view key = content.substr(0, colon);
  std::string_view value = content.substr(colon + 2);
  size_t comment = value.find(" #");
  if (comment != kNone) value = value.substr(0, comment);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (key.empty() || value.empty()) return "";
  return std::string(key) + ": " + Quote(value);
}

// Byte offset of the quote that closes the one at `open`, or kNone.
size_t ClosingQuote(std::string_view text, size_t open) {
  char quote = text[open];
  for (size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i;
    }
  }
  return kNone;
}

// The brackets `[` `{` as libfyaml's scanner reads them (it knows quotes,
// comments and block scalars): which are still open at the end of the text,
// or the first that is closed by the wrong kind of bracket.
struct FlowScan {
  bool reached_end = false;   // else the scanner stopped at an error
  std::vector<size_t> open;   // offsets of brackets still open where it stopped, outermost first
  std::vector<size_t> open_at_error;  // those open where the error is
  size_t mismatch_open = kNone;  // a `[` closed by `}`, or a `{` by `]`
  size_t mismatch_close = kNone;
};

FlowScan ScanFlow(std::string_view text, size_t error_at) {
  FlowScan scan;
  fy_diag_cfg diag_cfg;
  fy_diag_cfg_default(&diag_cfg);
  diag_cfg.fp = nullptr;
  fy_diag* diag = fy_diag_create(&diag_cfg);
  if (!diag) return scan;
  fy_diag_set_collect_errors(diag, true);
  fy_parse_cfg cfg{};
  cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
  cfg.diag = diag;
  fy_parser* parser = fy_parser_create(&cfg);
  bool reached_end = false, snapshot = false;
  std::vector<size_t> stack;
  if (parser && fy_parser_set_string(parser, text.data(), text.size()) == 0) {
    while (fy_token* token = fy_scan(parser)) {
      fy_token_type type = fy_token_get_type(token);
      const fy_mark* mark = fy_token_start_mark(token);
      size_t at = mark ? mark->input_pos : 0;
      fy_scan_token_free(parser, token);
      if (at >= error_at && !snapshot) {
        scan.open_at_error = stack;
        snapshot = true;
      }
      if (type == FYTT_STREAM_END) {
        reached_end = true;
        break;
      }
      if (type == FYTT_FLOW_SEQUENCE_START || type == FYTT_FLOW_MAPPING_START) {
        stack.push_back(at);
      } else if ((type == FYTT_FLOW_SEQUENCE_END || type == FYTT_FLOW_MAPPING_END) && !stack.empty()) {
        char wanted = text[stack.back()] == '[' ? ']' : '}';
        if (at < text.size() && text[at] != wanted) {
          scan.mismatch_open = stack.back();
          scan.mismatch_close = at;
          break;
        }
        stack.pop_back();
      }
    }
  }
  if (parser) fy_parser_destroy(parser);
  fy_diag_destroy(diag);
  scan.reached_end = reached_end;
  if (!snapshot) scan.open_at_error = stack;
  scan.open = std::move(stack);
  return scan;
}

class Explainer {
 public:
  Explainer(std::string_view text, int line_offset, const YamlSyntaxError& error)
      : lines_(text), offset_(line_offset), error_(error) {
    line_ = error.line;
    column_ = std::max(1, error.column);
    // At the very end of the text: point after the last character instead.
    if (line_ > lines_.count() || line_ < 1) {
      line_ = lines_.count();
      column_ = lines_.Width(line_) + 1;
    }
    pos_ = lines_.OffsetOf(line_, column_);
    first_line_ = error.token_begin != kNone ? lines_.LineOf(error.token_begin) : line_;
    last_line_ = error.token_end != kNone ? lines_.LineOf(error.token_end) : line_;
    if (first_line_ > line_) first_line_ = line_;
    if (last_line_ < line_) last_line_ = line_;
    flow_ = ScanFlow(text, pos_);
  }

  YamlProblem Explain() {
    const std::string& raw = error_.raw;
    char c = lines_.At(pos_);
    if (Has(raw, "depth"))
      return Here(Text(Msg::kYamlNestedTooDeep, kMaxYamlDepth));
    if (std::optional<YamlProblem> tab = TabProblem(Has(raw, "tab"))) return *tab;
    if (std::optional<YamlProblem> flow = FlowProblem()) return *flow;
    if ((c == '"' || c == '\'') && Has(raw, "quoted scalar") && !Has(raw, "trailing")) return QuoteProblem(c);
    bool block_colon = Has(raw, "nested block mapping on the same line") || Has(raw, "block mapping key on same line");
    if (block_colon || (c == ':' && Has(raw, "missing comma"))) {
      std::string fix = block_colon ? QuotedLine(lines_.Line(line_)) : std::string();
      return Here(fix.empty() ? Text(Msg::kYamlColonInPlainValue) : Text(Msg::kYamlColonInPlainValueFix, fix));
    }
    if (c == ',')
      return Here(Text(Msg::kYamlStrayComma));
    if (c == '-' && Has(raw, "did not find expected key")) return Here(Text(Msg::kYamlListItemAmongKeys));
    if (Has(raw, "block sequence on the same line") || Has(raw, "block sequence entries not allowed"))
      return Here(Text(Msg::kYamlListOnKeyLine));
    if (!flow_.open_at_error.empty() && lines_.LineOf(flow_.open_at_error.back()) < line_) {
      size_t open = flow_.open_at_error.back();
      bool list = lines_.At(open) == '[';
      return Here(Text(list ? Msg::kYamlListStillOpen : Msg::kYamlMappingStillOpen, LineName(lines_.LineOf(open))));
    }
    if (c == '-' && !flow_.open_at_error.empty())
      return Here(Text(Msg::kYamlListItemInFlow));
    if (Trim(lines_.Line(line_)) == "---" || Trim(lines_.Line(line_)) == "...")
      return At(line_, IndentColumn(lines_.Line(line_)),
                Text(Msg::kYamlMarkerInsideYaml, Trim(lines_.Line(line_))));
    if (Has(raw, "expected ':'") || Has(raw, "missing ':'")) return MissingColon(line_);
    if (Has(raw, "invalid multiline plain key") && last_line_ > first_line_) return DeeperLine();
    if (Has(raw, "indentation") || Has(raw, "indendation") || Has(raw, "indent for") ||
        Has(raw, "wrongly indented sequence item") || Has(raw, "expected '-'") ||
        Has(raw, "mapping in plain multiline") || Has(raw, "value after mapping") ||
        Has(raw, "at the end of block sequence"))
      return MisalignedLine();
    if (Has(raw, "alias") || Has(raw, "anchor") || Has(raw, "tag")) {
      // libfyaml points after the sign; find it on the line.
      size_t sign = pos_;
      while (sign > 0 && lines_.At(sign) != '\n' && lines_.At(sign) != '*' && lines_.At(sign) != '&' &&
             lines_.At(sign) != '!')
        --sign;
      char s = lines_.At(sign);
      if (s == '*' || s == '&' || s == '!')
        return At(lines_.LineOf(sign), lines_.ColumnOf(sign),
                  Text(Msg::kYamlAliasSignStartsText, s));
    }
    if (Has(raw, "plain scalar cannot start with")) {
      std::string fix = QuotedLine(lines_.Line(line_));
      return Here(fix.empty() ? Text(Msg::kYamlSignStartsText, c) : Text(Msg::kYamlSignStartsTextFix, c, fix));
    }
    if (Has(raw, "escape"))
      return Here(Text(Msg::kYamlUnknownEscape));
    if (Has(raw, "block scalar") && Has(raw, "indented"))
      return Here(Text(Msg::kYamlBlockTextLessIndented));
    if (Has(raw, "block scalar"))
      return Here(Text(Msg::kYamlBlockHeaderText));
    if (Has(raw, "comment without whitespace"))
      return Here(Text(Msg::kYamlCommentNeedsSpace));
    if (Has(raw, "trailing content after"))
      return Here(Text(Msg::kYamlTextAfterClosingQuote));
    if (Has(raw, "extra closing"))
      return Here(Text(Msg::kYamlClosesNothing, c));
    if (Has(raw, "control character") || Has(raw, "invalid character"))
      return Here(Text(Msg::kYamlBadCharacter));
    return Here(Text(Msg::kYamlCannotReadHere));
  }

 private:
  YamlProblem At(int line, int column, Message message) const {
    return {{line, column}, std::move(message)};
  }
  YamlProblem Here(Message message) const { return At(line_, column_, std::move(message)); }
  // The number a message gives a line of the text: the file's line.
  int LineName(int line) const { return line + offset_; }

  // A tab in the indentation of the lines the error covers.
  std::optional<YamlProblem> TabProblem(bool reported_as_tab) const {
    for (int n = first_line_; n <= last_line_; ++n) {
      if (int column = TabInIndentation(lines_.Line(n)))
        return At(n, column, Text(Msg::kYamlTabIndentation));
    }
    if (!reported_as_tab) return std::nullopt;
    return Here(Text(Msg::kYamlTabIndentation));
  }

  // A bracket that is never closed, or closed by the other kind, before the error.
  std::optional<YamlProblem> FlowProblem() const {
    const FlowScan& scan = flow_;
    if (scan.mismatch_open != kNone && scan.mismatch_open < pos_ + 1) {
      char open = lines_.At(scan.mismatch_open);
      int close_line = lines_.LineOf(scan.mismatch_close);
      return At(close_line, lines_.ColumnOf(scan.mismatch_close),
                Text(Msg::kYamlWrongClosingBracket, lines_.At(scan.mismatch_close), open,
                     LineName(lines_.LineOf(scan.mismatch_open)), open == '[' ? ']' : '}'));
    }
    char c = lines_.At(pos_);
    if (!scan.reached_end && !scan.open.empty() && (c == ']' || c == '}') && Has(error_.raw, "mismatched")) {
      char open = lines_.At(scan.open.back());
      return Here(Text(Msg::kYamlWrongClosingBracket, c, open, LineName(lines_.LineOf(scan.open.back())),
                       open == '[' ? ']' : '}'));
    }
    if (!scan.reached_end || scan.open.empty() || scan.open.back() > pos_) return std::nullopt;
    size_t open = scan.open.back();  // the innermost: it must be closed first
    bool list = lines_.At(open) == '[';
    return Here(Text(list ? Msg::kYamlListNeverClosed : Msg::kYamlMappingNeverClosed, LineName(lines_.LineOf(open))));
  }

  YamlProblem QuoteProblem(char quote) const {
    std::string q(1, quote);
    size_t close = ClosingQuote(lines_.text(), pos_);
    if (close == kNone)
      return Here(Text(Msg::kYamlQuoteNeverClosed, q, LineName(line_)));
    return Here(Text(Msg::kYamlQuoteClosedLater, q, LineName(lines_.LineOf(close))));
  }

  // A line of a mapping without the `: ` that ends its key.
  YamlProblem MissingColon(int line) const {
    std::string_view text = lines_.Line(line);
    size_t start = KeyStart(text);
    std::string_view content = text.substr(start);
    size_t comment = content.find(" #");
    if (comment != kNone) content = content.substr(0, comment);
    while (!content.empty() && (content.back() == ' ' || content.back() == '\t')) content.remove_suffix(1);
    int column = static_cast<int>(start) + 1;
    size_t colon = content.find(':');
    bool url = content.substr(colon == kNone ? 0 : colon).starts_with("://");
    if (colon != kNone && colon > 0 && colon + 1 < content.size() && content[colon + 1] != ' ' && !url)
      return At(line, column,
                Text(Msg::kYamlColonNeedsSpace, content.substr(0, colon + 1), content.substr(colon + 1)));
    return At(line, column, Text(Msg::kYamlNoColonAfterKey));
  }

  // A line indented deeper than the key above it, so YAML read it as more of that key's value.
  YamlProblem DeeperLine() const {
    int line = last_line_;
    std::string_view above = lines_.Line(first_line_);
    int column = static_cast<int>(KeyStart(above)) + 1;
    // Not deeper: the line above has no colon, so it ran on into this one.
    if (IndentColumn(lines_.Line(line)) <= column) return MissingColon(first_line_);
    std::string label = Label(above.substr(KeyStart(above)));
    return At(line, IndentColumn(lines_.Line(line)),
              Text(Msg::kYamlIndentedMoreThanKey, label, LineName(first_line_), column));
  }

  // A line whose indentation lines up with no line above it.
  YamlProblem MisalignedLine() const {
    int line = line_;
    while (line > 1 && !IsContent(lines_.Line(line)) ) --line;
    int column = IndentColumn(lines_.Line(line));
    int inner_line = 0, outer_line = 0, same_line = 0, limit = INT_MAX;
    bool key_in_item = false;
    for (int n = line - 1; n >= 1 && limit > 1; --n) {
      std::string_view l = lines_.Line(n);
      if (!IsContent(l)) continue;
      int c = IndentColumn(l);
      // The first key of a list item (`- title:`) lines up with the item's other keys.
      if (IsListItem(l) && static_cast<int>(KeyStart(l)) + 1 == column && column < limit) {
        same_line = n;
        key_in_item = true;
        break;
      }
      if (c >= limit) continue;
      limit = c;
      if (c > column) inner_line = n;
      if (c == column) {
        same_line = n;
        break;
      }
      if (c < column) {
        outer_line = n;
        break;
      }
    }
    if (same_line) {
      bool item = IsListItem(lines_.Line(line)), item_above = !key_in_item && IsListItem(lines_.Line(same_line));
      if (item_above && !item)
        return At(line, column, Text(Msg::kYamlNotAListItem));
      if (item && !item_above) return At(line, column, Text(Msg::kYamlListItemAmongKeys));
      return MissingColon(line);  // lined up well: it is the line's own form that is wrong
    }
    // A key cannot stand beside a list item, so the list item is no place to start it.
    if (outer_line && inner_line && IsListItem(lines_.Line(outer_line)) && !IsListItem(lines_.Line(line)))
      outer_line = 0;
    auto indent = [&](int n) { return IndentColumn(lines_.Line(n)); };
    auto label = [&](int n) { return Label(lines_.Line(n)); };
    if (inner_line && outer_line)
      return At(line, column,
                Text(Msg::kYamlLinesUpWithNothingTwo, column, indent(inner_line), label(inner_line),
                     LineName(inner_line), indent(outer_line), label(outer_line), LineName(outer_line)));
    if (inner_line || outer_line) {
      int n = inner_line ? inner_line : outer_line;
      return At(line, column, Text(Msg::kYamlLinesUpWithNothingOne, column, indent(n), label(n), LineName(n)));
    }
    return At(line, column, Text(Msg::kYamlIndentedDifferently));
  }

  Lines lines_;
  int offset_;
  const YamlSyntaxError& error_;
  int line_;
  int column_;
  size_t pos_;
  int first_line_;
  int last_line_;
  FlowScan flow_;
};

}  // namespace

YamlProblem ExplainSyntaxError(std::string_view text, int line_offset, const YamlSyntaxError& error) {
  if (text.empty()) return {{1, 1}, Text(Msg::kYamlCannotReadEmpty)};
  return Explainer(text, line_offset, error).Explain();
}

}  // namespace klynge
