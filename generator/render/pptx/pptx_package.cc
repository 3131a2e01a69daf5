#include "render/pptx/pptx_package.h"

#include "render/pptx/pptx_parts.h"
#include "render/pptx/slide_xml.h"
#include "render/pptx/zip_archive.h"

namespace klynge::deck {

Status WritePptx(const Deck& deck, std::string* bytes) {
  const size_t n = deck.slides.size();
  // [Content_Types].xml first, as Office writes it; then the package, the
  // presentation and its shared parts, then the slides with their notes.
  std::vector<ZipEntry> parts = {
      {"[Content_Types].xml", ContentTypesXml(n)},
      {"_rels/.rels", RootRelsXml()},
      {"docProps/core.xml", CoreXml(deck)},
      {"docProps/app.xml", AppXml(deck)},
      {"ppt/presentation.xml", PresentationXml(n)},
      {"ppt/_rels/presentation.xml.rels", PresentationRelsXml(n)},
      {"ppt/presProps.xml", PresPropsXml()},
      {"ppt/viewProps.xml", ViewPropsXml()},
      {"ppt/tableStyles.xml", TableStylesXml()},
      {"ppt/theme/theme1.xml", ThemeXml(deck)},
      {"ppt/theme/theme2.xml", ThemeXml(deck)},
      {"ppt/slideMasters/slideMaster1.xml", SlideMasterXml(deck)},
      {"ppt/slideMasters/_rels/slideMaster1.xml.rels", SlideMasterRelsXml()},
      {"ppt/slideLayouts/slideLayout1.xml", SlideLayoutXml()},
      {"ppt/slideLayouts/_rels/slideLayout1.xml.rels", SlideLayoutRelsXml()},
      {"ppt/notesMasters/notesMaster1.xml", NotesMasterXml()},
      {"ppt/notesMasters/_rels/notesMaster1.xml.rels", NotesMasterRelsXml()},
  };
  for (size_t i = 0; i < n; ++i) {
    std::string k = std::to_string(i + 1);
    parts.push_back({"ppt/slides/slide" + k + ".xml", SlideXml(deck.slides[i], deck)});
    parts.push_back({"ppt/slides/_rels/slide" + k + ".xml.rels", SlideRelsXml(i + 1)});
    parts.push_back({"ppt/notesSlides/notesSlide" + k + ".xml", NotesSlideXml(deck.slides[i], deck)});
    parts.push_back({"ppt/notesSlides/_rels/notesSlide" + k + ".xml.rels", NotesSlideRelsXml(i + 1)});
  }
  return MakeZip(parts, bytes);
}

}  // namespace klynge::deck
