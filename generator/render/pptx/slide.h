#pragma once
// The chair's deck as positioned shapes, in points on a 16:9 slide: the one
// model both praesentation.pptx (DrawingML) and praesentation.pdf draw, so
// the two show the same slides.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "render/pdf/layout/color.h"

namespace klynge::deck {

// 16:9 at 12192000 × 6858000 EMU (12700 EMU a point).
inline constexpr float kSlideWidth = 960;
inline constexpr float kSlideHeight = 540;
// Nothing on a slide is smaller: it must read from the back of a meeting room.
inline constexpr float kMinTextSize = 18;
// A line's height as a multiple of its size, set exactly in both renderers.
inline constexpr float kLeading = 1.2f;
// Where the first baseline sits below a text box's top, as a multiple of the
// size (Open Sans's ascender; close for other sans fonts).
inline constexpr float kAscent = 0.95f;

enum class Align { kLeft, kCenter, kRight };

// y grows downward from the slide's top-left corner.
struct TextBox {
  float x = 0, y = 0, width = 0, height = 0;
  std::vector<std::string> paragraphs;  // UTF-8; each wraps within `width` when `wrap`
  float size = kMinTextSize;
  bool bold = false;
  bool italic = false;
  pdf::Color color;
  Align align = Align::kLeft;
  bool wrap = true;
  bool title = false;  // the slide's title: PowerPoint's title placeholder, so it can be retitled
};

struct Rect {
  float x = 0, y = 0, width = 0, height = 0;
  pdf::Color fill;
};

struct Line {
  float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  pdf::Color color;
  float width = 1;
  float dash = 0;  // > 0: dashed
};

using Shape = std::variant<TextBox, Rect, Line>;

// A chart: shapes that move together, with the alt text a screen reader reads.
struct Group {
  std::string name;
  std::string descr;
  std::vector<Shape> shapes;  // slide coordinates
};

using Item = std::variant<TextBox, Rect, Line, Group>;

struct Slide {
  std::vector<Item> items;  // back to front
  std::string notes;        // the speaker notes: what the program asks the chair to do here
};

// The colours and font of the theme, for the deck's own theme part.
struct DeckStyle {
  std::string font = "Open Sans";
  pdf::Color accent, accent_dark, text, muted, tint, white{1, 1, 1};
};

struct Deck {
  std::string title;   // document properties
  std::string author;  // the organisation
  std::string lang = "da-DK";
  DeckStyle style;
  std::vector<Slide> slides;
};

// "0b3a6f": a colour as DrawingML's srgbClr wants it.
std::string HexOf(pdf::Color c);

}  // namespace klynge::deck
