#pragma once
// plan.yaml, notes.yaml and praksisark.md: the sheets clinics write on or take home.

#include <string>
#include <vector>

#include "model/markdown_text.h"

namespace klynge {

enum class PaperSize { kA4, kA3, kA2, kA1, kA0 };

const char* PaperName(PaperSize size);  // "A4"

struct Plan {
  std::string title = "Implementeringsplan";
  MarkdownText intro;
  std::vector<std::string> columns = {"Hvad vil vi ændre?", "Hvordan gør vi det?",
                                      "Hvem har ansvaret?", "Hvornår?",
                                      "Hvordan følger vi op?"};
  int rows = 5;
  std::vector<PaperSize> sizes = {PaperSize::kA4, PaperSize::kA3};  // all landscape
};

struct NotesSection {
  std::string title;
  std::string prompt;
  int lines = 8;
};

struct NotesSheet {
  std::string title = "Ark til mødenoter";
  std::vector<NotesSection> sections;
};

struct Praksisark {
  std::string title;
  MarkdownText body;
};

}  // namespace klynge
