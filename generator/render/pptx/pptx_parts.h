#pragma once
// The parts of a PresentationML package that do not depend on the slides'
// content: the theme (the deck's colours and font), the one slide master and
// layout, the notes master, and the package's bookkeeping parts.

#include <string>

#include "render/pptx/slide.h"

namespace klynge::deck {

// [Content_Types].xml for a deck of `slides` slides, each with notes.
std::string ContentTypesXml(size_t slides);
std::string RootRelsXml();
std::string CoreXml(const Deck& deck);
std::string AppXml(const Deck& deck);
std::string PresentationXml(size_t slides);
std::string PresentationRelsXml(size_t slides);
std::string PresPropsXml();
std::string ViewPropsXml();
std::string TableStylesXml();
// ppt/theme/theme1.xml (the slides') and theme2.xml (the notes'): the deck's colours and font.
std::string ThemeXml(const Deck& deck);
std::string SlideMasterXml(const Deck& deck);
std::string SlideMasterRelsXml();
std::string SlideLayoutXml();
std::string SlideLayoutRelsXml();
std::string NotesMasterXml();
std::string NotesMasterRelsXml();
// ppt/slides/_rels/slideN.xml.rels and ppt/notesSlides/_rels/notesSlideN.xml.rels (N from 1).
std::string SlideRelsXml(size_t n);
std::string NotesSlideRelsXml(size_t n);

}  // namespace klynge::deck
