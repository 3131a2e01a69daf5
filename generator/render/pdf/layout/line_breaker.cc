#include "render/pdf/layout/line_breaker.h"

#include "base/utf8.h"

namespace klynge::pdf {

namespace {

// A piece of one span: a word part, a run of spaces, or a forced break.
struct Atom {
  enum Kind { kText, kSpace, kNewline } kind = kText;
  size_t span = 0;
  size_t begin = 0, end = 0;  // bytes of the span's text
  float width = 0;
  bool break_after = false;  // a text atom that ends in a hyphen or slash
};

constexpr char32_t kSoftHyphen = 0xAD;
constexpr std::string_view kSoftHyphenUtf8 = "\xC2\xAD";
// What a line ends with where it breaks inside a word.
constexpr std::string_view kBreakHyphen = "-";

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\r'; }

std::vector<Atom> Atomize(const std::vector<Span>& spans, float size, TextMeasure& measure) {
  std::vector<Atom> atoms;
  for (size_t s = 0; s < spans.size(); ++s) {
    const std::string& text = spans[s].text;
    Face face = spans[s].face;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t start = pos;
      char32_t c = DecodeUtf8(text, &pos);
      Atom::Kind kind = c == '\n' ? Atom::kNewline : IsSpace(c) ? Atom::kSpace : Atom::kText;
      // Tabs and carriage returns print as plain spaces.
      char32_t shown = kind == Atom::kSpace ? U' ' : c;
      // A soft hyphen is drawn only where a line breaks at it (BreakWord).
      float width = kind == Atom::kNewline || c == kSoftHyphen ? 0 : measure.CharUnits(face, shown) * size / 1000.0f;
      // Not between the slashes of "https://": a line must not end in "https:/".
      bool opportunity = kind == Atom::kText && (c == '-' || (c == '/' && text.compare(pos, 1, "/") != 0));
      Atom* last = atoms.empty() ? nullptr : &atoms.back();
      bool extend = last && last->span == s && last->kind == kind && kind != Atom::kNewline &&
                    !last->break_after && last->end == start;
      if (extend) {
        last->end = pos;
        last->width += width;
      } else {
        atoms.push_back(Atom{kind, s, start, pos, width, false});
      }
      // A hyphen at the start of a word ("-5") is a sign, not a break.
      if (opportunity && atoms.back().end - atoms.back().begin > 1) atoms.back().break_after = true;
    }
  }
  return atoms;
}

class LineBuilder {
 public:
  explicit LineBuilder(float max_width) : max_(max_width) {}

  bool empty() const { return current_.runs.empty(); }
  float x() const { return x_; }
  float max() const { return max_; }

  void Append(size_t span, std::string_view text, float width) {
    std::string kept;
    if (text.find(kSoftHyphenUtf8) != std::string_view::npos) {
      kept = text;
      for (size_t at; (at = kept.find(kSoftHyphenUtf8)) != std::string::npos;) kept.erase(at, kSoftHyphenUtf8.size());
      text = kept;
    }
    LineRun* last = current_.runs.empty() ? nullptr : &current_.runs.back();
    if (last && last->span == span) {
      last->text += text;
      last->width += width;
    } else {
      current_.runs.push_back(LineRun{span, std::string(text), x_, width});
    }
    x_ += width;
  }

  void Flush() {
    current_.width = x_;
    lines_.push_back(std::move(current_));
    current_ = Line();
    x_ = 0;
  }

  std::vector<Line> Finish() {
    if (!current_.runs.empty() || lines_.empty()) Flush();
    return std::move(lines_);
  }

  static constexpr float kSlack = 0.01f;

 private:
  float max_;
  std::vector<Line> lines_;
  Line current_;
  float x_ = 0;
};


// Appends the spaces waiting before the next word, unless the line is empty.
void AppendSpaces(const std::vector<Span>& spans, std::vector<const Atom*>* spaces, float* space_width,
                  LineBuilder& line) {
  if (!line.empty()) {
    for (const Atom* space : *spaces) {
      std::string_view raw = std::string_view(spans[space->span].text).substr(space->begin, space->end - space->begin);
      line.Append(space->span, std::string(raw.size(), ' '), space->width);
    }
  }
  spaces->clear();
  *space_width = 0;
}

// One character of a word being broken over lines.
struct WordChar {
  size_t span;
  size_t begin, end;  // bytes of the span's text
  float width;
  bool break_before = false;  // a hyphen may end the line before it
};

// Lays out the word atoms[i, end), which does not fit on the line: it ends
// the line at the last break point that leaves room for a hyphen, on this
// line or (when none fits, or for kOverlongOnly a word that fits a line) the next. Break points are the word's soft
// hyphens, or else where the hyphenation patterns put them. Only a piece
// wider than a whole line is cut elsewhere, at the last character that fits,
// and also with a hyphen.
void BreakWord(const std::vector<Span>& spans, const std::vector<Atom>& atoms, size_t i, size_t end, float size,
               TextMeasure& measure, Hyphenate hyphenate, std::vector<const Atom*>* spaces, float* space_width,
               LineBuilder& line) {
  std::vector<WordChar> chars;
  bool soft = false;       // the word has a soft hyphen
  bool after_soft = false;  // the last character was one
  for (size_t k = i; k < end; ++k) {
    const std::string& text = spans[atoms[k].span].text;
    Face face = spans[atoms[k].span].face;
    for (size_t pos = atoms[k].begin; pos < atoms[k].end;) {
      size_t start = pos;
      char32_t c = DecodeUtf8(text, &pos);
      chars.push_back(WordChar{atoms[k].span, start, pos,
                               c == kSoftHyphen ? 0 : measure.CharUnits(face, c) * size / 1000.0f, after_soft});
      after_soft = c == kSoftHyphen;
      soft = soft || after_soft;
    }
  }
  // An author's soft hyphens say where this word breaks; the patterns are for
  // words without. They cost microseconds a word, so they are asked only when
  // a piece of the word could end this line.
  const Hyphenation* patterns = soft ? nullptr : measure.hyphenation();
  auto find_points = [&] {
    size_t first = 0;
    for (size_t k = i; k < end; ++k) {
      const Atom& atom = atoms[k];
      std::string_view text = std::string_view(spans[atom.span].text).substr(atom.begin, atom.end - atom.begin);
      for (size_t point : patterns->Points(text)) {
        while (first < chars.size() && !(chars[first].span == atom.span && chars[first].begin >= atom.begin + point))
          ++first;
        if (first < chars.size() && chars[first].begin == atom.begin + point) chars[first].break_before = true;
      }
    }
    patterns = nullptr;
  };
  auto hyphen_width = [&](const WordChar& c) { return measure.CharUnits(spans[c.span].face, U'-') * size / 1000.0f; };
  auto append = [&](size_t from, size_t to, bool hyphen) {
    AppendSpaces(spans, spaces, space_width, line);
    for (size_t j = from; j < to; ++j)
      line.Append(chars[j].span, std::string_view(spans[chars[j].span].text).substr(chars[j].begin, chars[j].end - chars[j].begin),
                  chars[j].width);
    if (hyphen) line.Append(chars[to - 1].span, kBreakHyphen, hyphen_width(chars[to - 1]));
  };
  constexpr float kSlack = LineBuilder::kSlack;
  size_t from = 0, n = chars.size();
  while (from < n) {
    float avail = line.max() - line.x() - (line.empty() ? 0 : *space_width);
    float rest = 0;
    for (size_t j = from; j < n; ++j) rest += chars[j].width;
    if (rest <= avail + kSlack) {
      append(from, n, false);
      return;
    }
    // A word that fits a line of its own goes there whole when lines are not filled.
    if (hyphenate == Hyphenate::kOverlongOnly && !line.empty() && rest <= line.max() + kSlack) {
      line.Flush();
      spaces->clear();
      *space_width = 0;
      continue;
    }
    // Two letters and a hyphen are the least a hyphenated line can end with.
    if (patterns && from + 2 < n &&
        chars[from].width + chars[from + 1].width + hyphen_width(chars[from + 1]) <= avail + kSlack)
      find_points();
    size_t best = 0;
    float width = 0;
    for (size_t j = from + 1; j < n; ++j) {
      width += chars[j - 1].width;
      if (width + hyphen_width(chars[j - 1]) > avail + kSlack) break;
      if (chars[j].break_before) best = j;
    }
    if (best > from) {
      append(from, best, true);
      line.Flush();
      from = best;
      continue;
    }
    if (!line.empty()) {
      line.Flush();
      spaces->clear();
      *space_width = 0;
      continue;
    }
    // A piece wider than the line: as many characters as fit with a hyphen, at least one.
    size_t to = from + 1;
    width = chars[from].width;
    while (to < n && width + chars[to].width + hyphen_width(chars[to]) <= line.max() + kSlack) width += chars[to++].width;
    append(from, to, to < n);
    if (to < n) line.Flush();
    from = to;
  }
}

}  // namespace

std::vector<Line> BreakLines(const std::vector<Span>& spans, float size, float max_width,
                             TextMeasure& measure, Hyphenate hyphenate) {
  std::vector<Atom> atoms = Atomize(spans, size, measure);
  LineBuilder line(max_width);
  std::vector<const Atom*> spaces;  // spaces waiting for the next word
  float space_width = 0;
  size_t i = 0;
  while (i < atoms.size()) {
    const Atom& atom = atoms[i];
    if (atom.kind == Atom::kNewline) {
      line.Flush();
      spaces.clear();
      space_width = 0;
      ++i;
      continue;
    }
    if (atom.kind == Atom::kSpace) {
      if (!line.empty()) {
        spaces.push_back(&atom);
        space_width += atom.width;
      }
      ++i;
      continue;
    }
    // A word: text atoms glued together up to the next break opportunity.
    size_t end = i;
    float word_width = 0;
    while (end < atoms.size() && atoms[end].kind == Atom::kText) {
      word_width += atoms[end].width;
      if (atoms[end++].break_after) break;
    }
    if (line.x() + (line.empty() ? 0 : space_width) + word_width <= line.max() + LineBuilder::kSlack) {
      AppendSpaces(spans, &spaces, &space_width, line);
      for (size_t k = i; k < end; ++k) {
        const Atom& part = atoms[k];
        line.Append(part.span, std::string_view(spans[part.span].text).substr(part.begin, part.end - part.begin),
                    part.width);
      }
    } else {
      BreakWord(spans, atoms, i, end, size, measure, hyphenate, &spaces, &space_width, line);
    }
    i = end;
  }
  return line.Finish();
}

TextExtent MeasureSpans(const std::vector<Span>& spans, float size, TextMeasure& measure) {
  std::vector<Atom> atoms = Atomize(spans, size, measure);
  TextExtent extent;
  float word = 0, line = 0;
  for (const Atom& atom : atoms) {
    if (atom.kind == Atom::kText) {
      word += atom.width;
      line += atom.width;
      if (atom.break_after) {
        extent.min = std::max(extent.min, word);
        word = 0;
      }
    } else {
      extent.min = std::max(extent.min, word);
      word = 0;
      if (atom.kind == Atom::kSpace) line += atom.width;
      if (atom.kind == Atom::kNewline) {
        extent.max = std::max(extent.max, line);
        line = 0;
      }
    }
  }
  extent.min = std::max(extent.min, word);
  extent.max = std::max(extent.max, line);
  return extent;
}

}  // namespace klynge::pdf
