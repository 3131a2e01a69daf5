#pragma once
// program.yaml: the detailed, timed program for the meeting's chair.

#include <optional>
#include <string>
#include <vector>

#include "model/markdown_text.h"

namespace klynge {

enum class Seating { kUnspecified, kMixed, kPractice };

struct ProgramItem {
  std::optional<int> minutes;
  MarkdownText text;
  std::string slides;     // "6" or "6-9"
  std::string indicator;  // an indicator id of the package, or ""
  int line = 0;
  std::string survey;  // a survey id of the package, or ""
};

struct ProgramBlock {
  std::string title;
  std::optional<int> minutes;  // declared length
  std::string slides;
  Seating seating = Seating::kUnspecified;
  MarkdownText text;
  bool is_break = false;
  std::vector<ProgramItem> items;
  int line = 0;

  // The block's length: declared minutes, else the sum of its items.
  int Minutes() const;
  int ItemMinutes() const;
};

struct Program {
  std::string title = "Detaljeret program til mødeleder";
  std::vector<ProgramBlock> blocks;

  int TotalMinutes() const;
};

}  // namespace klynge
