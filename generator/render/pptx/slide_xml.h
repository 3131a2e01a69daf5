#pragma once
// A slide of the deck model as PresentationML: ordinary shapes and text boxes
// a user can edit in PowerPoint, each chart one group (p:grpSp) with its alt
// text, and the slide's speaker notes.

#include <string>

#include "render/pptx/slide.h"

namespace klynge::deck {

// The DrawingML (a:), relationship (r:) and PresentationML (p:) namespace
// declarations every slide-like part opens with.
extern const char* const kPmlNamespaces;
// The shape tree's own properties, first in every p:spTree.
extern const char* const kShapeTreeStart;

// Points to EMU (12700 a point), rounded.
long long Emu(float points);

// ppt/slides/slideN.xml for `slide`.
std::string SlideXml(const Slide& slide, const Deck& deck);

// ppt/notesSlides/notesSlideN.xml: the slide's notes as plain paragraphs.
std::string NotesSlideXml(const Slide& slide, const Deck& deck);

}  // namespace klynge::deck
