#include "render/pptx/pptx_parts.h"

#include "render/markup_escape.h"
#include "render/pptx/slide_xml.h"

namespace klynge::deck {

namespace {

constexpr const char* kXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* kTypeNs = "application/vnd.openxmlformats-officedocument.presentationml.";

std::string Rel(const std::string& id, const std::string& type, const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + kRelNs + type + "\" Target=\"" + target + "\"/>";
}

std::string Rels(const std::string& body) {
  return std::string(kXml) + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         body + "</Relationships>";
}

std::string Override(const std::string& part, const std::string& type) {
  return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
}

std::string Srgb(pdf::Color c) { return "<a:srgbClr val=\"" + HexOf(c) + "\"/>"; }

// The title placeholder of the master and the layout, where slides' titles sit.
std::string TitlePlaceholder() {
  return std::string("<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title Placeholder 1\"/><p:cNvSpPr><a:spLocks "
                     "noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr>"
                     "<a:xfrm><a:off x=\"") +
         std::to_string(Emu(48)) + "\" y=\"" + std::to_string(Emu(28)) + "\"/><a:ext cx=\"" +
         std::to_string(Emu(kSlideWidth - 96)) + "\" cy=\"" + std::to_string(Emu(64)) +
         "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/>"
         "<a:lstStyle/><a:p><a:endParaRPr lang=\"da-DK\"/></a:p></p:txBody></p:sp>";
}

}  // namespace

std::string ContentTypesXml(size_t slides) {
  std::string xml = std::string(kXml) +
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  const std::string t = kTypeNs;
  xml += Override("/ppt/presentation.xml", t + "presentation.main+xml");
  xml += Override("/ppt/presProps.xml", t + "presProps+xml");
  xml += Override("/ppt/viewProps.xml", t + "viewProps+xml");
  xml += Override("/ppt/tableStyles.xml", t + "tableStyles+xml");
  xml += Override("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
  xml += Override("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
  xml += Override("/ppt/slideMasters/slideMaster1.xml", t + "slideMaster+xml");
  xml += Override("/ppt/slideLayouts/slideLayout1.xml", t + "slideLayout+xml");
  xml += Override("/ppt/notesMasters/notesMaster1.xml", t + "notesMaster+xml");
  for (size_t i = 1; i <= slides; ++i) {
    xml += Override("/ppt/slides/slide" + std::to_string(i) + ".xml", t + "slide+xml");
    xml += Override("/ppt/notesSlides/notesSlide" + std::to_string(i) + ".xml", t + "notesSlide+xml");
  }
  xml += Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  xml += Override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  return xml + "</Types>";
}

std::string RootRelsXml() {
  return Rels(Rel("rId1", "officeDocument", "ppt/presentation.xml") +
              "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
              "metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
              Rel("rId3", "extended-properties", "docProps/app.xml"));
}

std::string CoreXml(const Deck& deck) {
  return std::string(kXml) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" +
         EscapeMarkup(deck.title) + "</dc:title><dc:creator>" + EscapeMarkup(deck.author) +
         "</dc:creator><dc:language>" + deck.lang + "</dc:language></cp:coreProperties>";
}

std::string AppXml(const Deck& deck) {
  return std::string(kXml) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
         "<Application>klynge</Application><PresentationFormat>" +
         "16:9</PresentationFormat><Slides>" + std::to_string(deck.slides.size()) + "</Slides><Notes>" +
         std::to_string(deck.slides.size()) + "</Notes></Properties>";
}

std::string PresentationXml(size_t slides) {
  std::string xml = std::string(kXml) + "<p:presentation" + kPmlNamespaces +
                    "><p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
                    "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>";
  for (size_t i = 0; i < slides; ++i)
    xml += "<p:sldId id=\"" + std::to_string(256 + i) + "\" r:id=\"rId" + std::to_string(10 + i) + "\"/>";
  return xml + "</p:sldIdLst><p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>"
               "</p:presentation>";
}

std::string PresentationRelsXml(size_t slides) {
  std::string body = Rel("rId1", "slideMaster", "slideMasters/slideMaster1.xml") +
                     Rel("rId2", "notesMaster", "notesMasters/notesMaster1.xml") +
                     Rel("rId3", "theme", "theme/theme1.xml") + Rel("rId4", "presProps", "presProps.xml") +
                     Rel("rId5", "viewProps", "viewProps.xml") + Rel("rId6", "tableStyles", "tableStyles.xml");
  for (size_t i = 0; i < slides; ++i)
    body += Rel("rId" + std::to_string(10 + i), "slide", "slides/slide" + std::to_string(i + 1) + ".xml");
  return Rels(body);
}

std::string PresPropsXml() { return std::string(kXml) + "<p:presentationPr" + kPmlNamespaces + "/>"; }

std::string ViewPropsXml() {
  return std::string(kXml) + "<p:viewPr" + kPmlNamespaces + "><p:normalViewPr><p:restoredLeft sz=\"15620\"/>" +
         "<p:restoredTop sz=\"80000\"/></p:normalViewPr></p:viewPr>";
}

std::string TableStylesXml() {
  return std::string(kXml) + "<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
         "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>";
}

std::string ThemeXml(const Deck& deck) {
  const DeckStyle& s = deck.style;
  std::string font = EscapeMarkup(s.font);
  std::string fonts = "<a:latin typeface=\"" + font + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>";
  auto fill = [](pdf::Color c) { return "<a:solidFill>" + Srgb(c) + "</a:solidFill>"; };
  auto line = [&](int w) {
    return "<a:ln w=\"" + std::to_string(w) + "\">" + fill(s.accent) + "</a:ln>";
  };
  return std::string(kXml) + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
         "name=\"klynge\"><a:themeElements><a:clrScheme name=\"klynge\">" +
         "<a:dk1>" + Srgb(s.text) + "</a:dk1><a:lt1>" + Srgb(s.white) + "</a:lt1><a:dk2>" + Srgb(s.accent_dark) +
         "</a:dk2><a:lt2>" + Srgb(s.tint) + "</a:lt2><a:accent1>" + Srgb(s.accent) + "</a:accent1><a:accent2>" +
         Srgb(s.accent_dark) + "</a:accent2><a:accent3>" + Srgb(s.muted) + "</a:accent3><a:accent4>" +
         Srgb(pdf::Lighten(s.accent, 0.4f)) + "</a:accent4><a:accent5>" + Srgb(pdf::Lighten(s.accent, 0.7f)) +
         "</a:accent5><a:accent6>" + Srgb(s.muted) + "</a:accent6><a:hlink>" + Srgb(s.accent) +
         "</a:hlink><a:folHlink>" + Srgb(s.accent_dark) + "</a:folHlink></a:clrScheme>" +
         "<a:fontScheme name=\"klynge\"><a:majorFont>" + fonts + "</a:majorFont><a:minorFont>" + fonts +
         "</a:minorFont></a:fontScheme><a:fmtScheme name=\"klynge\"><a:fillStyleLst>" + fill(s.accent) +
         fill(s.tint) + fill(s.accent_dark) + "</a:fillStyleLst><a:lnStyleLst>" + line(9525) + line(19050) +
         line(28575) + "</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>" +
         "<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>" +
         "</a:effectStyleLst><a:bgFillStyleLst>" + fill(s.white) + fill(s.tint) + fill(s.accent) +
         "</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
}

std::string SlideMasterXml(const Deck& deck) {
  const DeckStyle& s = deck.style;
  return std::string(kXml) + "<p:sldMaster" + kPmlNamespaces + "><p:cSld><p:bg><p:bgPr><a:solidFill>" + Srgb(s.white) +
         "</a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>" + kShapeTreeStart + TitlePlaceholder() +
         "</p:spTree></p:cSld><p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" "
         "accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" "
         "hlink=\"hlink\" folHlink=\"folHlink\"/><p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" "
         "r:id=\"rId1\"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz=\"3200\" b=\"1\">"
         "<a:solidFill>" + Srgb(s.accent_dark) + "</a:solidFill><a:latin typeface=\"+mj-lt\"/></a:defRPr>"
         "</a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr><a:defRPr sz=\"2000\"><a:latin typeface=\"+mn-lt\"/>"
         "</a:defRPr></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr sz=\"2000\">"
         "<a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>";
}

std::string SlideMasterRelsXml() {
  return Rels(Rel("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml") +
              Rel("rId2", "theme", "../theme/theme1.xml"));
}

std::string SlideLayoutXml() {
  return std::string(kXml) + "<p:sldLayout" + kPmlNamespaces + " type=\"titleOnly\" preserve=\"1\"><p:cSld name=\"Title Only\">" +
         "<p:spTree>" + kShapeTreeStart + TitlePlaceholder() +
         "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";
}

std::string SlideLayoutRelsXml() { return Rels(Rel("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")); }

std::string NotesMasterXml() {
  auto placeholder = [](int id, const std::string& name, const std::string& ph, long long x, long long y,
                        long long cx, long long cy) {
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"" + std::to_string(id) + "\" name=\"" + name +
           "\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>" + ph + "</p:nvPr></p:nvSpPr><p:spPr>" +
           "<a:xfrm><a:off x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\"/><a:ext cx=\"" +
           std::to_string(cx) + "\" cy=\"" + std::to_string(cy) + "\"/></a:xfrm><a:prstGeom prst=\"rect\">" +
           "<a:avLst/></a:prstGeom></p:spPr>" +
           (ph.find("body") != std::string::npos
                ? "<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"da-DK\"/></a:p></p:txBody>"
                : "") +
           "</p:sp>";
  };
  return std::string(kXml) + "<p:notesMaster" + kPmlNamespaces + "><p:cSld><p:spTree>" + kShapeTreeStart +
         placeholder(2, "Slide Image Placeholder 1", "<p:ph type=\"sldImg\" idx=\"2\"/>", 381000, 685800, 6096000,
                     3429000) +
         placeholder(3, "Notes Placeholder 2", "<p:ph type=\"body\" idx=\"1\"/>", 685800, 4343400, 5486400,
                     4114800) +
         "</p:spTree></p:cSld><p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" "
         "accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" "
         "hlink=\"hlink\" folHlink=\"folHlink\"/></p:notesMaster>";
}

std::string NotesMasterRelsXml() { return Rels(Rel("rId1", "theme", "../theme/theme2.xml")); }

std::string SlideRelsXml(size_t n) {
  return Rels(Rel("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml") +
              Rel("rId2", "notesSlide", "../notesSlides/notesSlide" + std::to_string(n) + ".xml"));
}

std::string NotesSlideRelsXml(size_t n) {
  return Rels(Rel("rId1", "notesMaster", "../notesMasters/notesMaster1.xml") +
              Rel("rId2", "slide", "../slides/slide" + std::to_string(n) + ".xml"));
}

}  // namespace klynge::deck
