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
      float width = kind == Atom::kNewline ? 0 : measure.CharUnits(face, shown) * size / 1000.0f;
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
  LineBuilder(const std::vector<Span>& spans, float size, float max_width, TextMeasure& measure)
      : spans_(spans), size_(size), max_(max_width), measure_(measure) {}

  bool empty() const { return current_.runs.empty(); }
  float x() const { return x_; }
  float max() const { return max_; }

  void Append(size_t span, std::string_view text, float width) {
    LineRun* last = current_.runs.empty() ? nullptr : &current_.runs.back();
    if (last && last->span == span) {
      last->text += text;
      last->width += width;
    } else {
      current_.runs.push_back(LineRun{span, std::string(text), x_, width});
    }
    x_ += width;
  }

  // Appends an atom character by character, starting new lines when the
  // line is full: the hard break for words wider than the line.
  void AppendBroken(const Atom& atom) {
    const std::string& text = spans_[atom.span].text;
    Face face = spans_[atom.span].face;
    size_t pos = atom.begin;
    while (pos < atom.end) {
      size_t start = pos;
      char32_t c = DecodeUtf8(text, &pos);
      float width = measure_.CharUnits(face, c) * size_ / 1000.0f;
      if (!empty() && x_ + width > max_ + kSlack) Flush();
      Append(atom.span, std::string_view(text).substr(start, pos - start), width);
    }
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
  const std::vector<Span>& spans_;
  float size_;
  float max_;
  TextMeasure& measure_;
  std::vector<Line> lines_;
  Line current_;
  float x_ = 0;
};

}  // namespace

std::vector<Line> BreakLines(const std::vector<Span>& spans, float size, float max_width,
                             TextMeasure& measure) {
  std::vector<Atom> atoms = Atomize(spans, size, measure);
  LineBuilder line(spans, size, max_width, measure);
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
    if (!line.empty() && line.x() + space_width + word_width > line.max() + LineBuilder::kSlack)
      line.Flush();
    if (!line.empty()) {
      for (const Atom* space : spaces) {
        std::string_view raw = std::string_view(spans[space->span].text).substr(space->begin, space->end - space->begin);
        line.Append(space->span, std::string(raw.size(), ' '), space->width);
      }
    }
    spaces.clear();
    space_width = 0;
    bool fits = line.x() + word_width <= line.max() + LineBuilder::kSlack;
    for (size_t k = i; k < end; ++k) {
      const Atom& part = atoms[k];
      if (fits) {
        line.Append(part.span, std::string_view(spans[part.span].text).substr(part.begin, part.end - part.begin),
                    part.width);
      } else {
        line.AppendBroken(part);
      }
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
