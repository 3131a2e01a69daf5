#include "render/pptx/slide_xml.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/markup_escape.h"

namespace klynge::deck {

namespace {

std::string Num(long long v) { return std::to_string(v); }

std::string Fill(pdf::Color c) { return "<a:solidFill><a:srgbClr val=\"" + HexOf(c) + "\"/></a:solidFill>"; }

std::string Xfrm(float x, float y, float w, float h, const std::string& flips = "") {
  return "<a:xfrm" + flips + "><a:off x=\"" + Num(Emu(x)) + "\" y=\"" + Num(Emu(y)) + "\"/><a:ext cx=\"" +
         Num(Emu(std::max(w, 0.f))) + "\" cy=\"" + Num(Emu(std::max(h, 0.f))) + "\"/></a:xfrm>";
}

// Ids are unique per slide; 1 is the slide's own shape tree.
class ShapeWriter {
 public:
  explicit ShapeWriter(const Deck& deck) : deck_(deck) {}

  std::string Item(const deck::Item& item) {
    if (const auto* g = std::get_if<Group>(&item)) return GroupXml(*g);
    return std::visit([this](const auto& s) -> std::string {
      using T = std::decay_t<decltype(s)>;
      if constexpr (std::is_same_v<T, Group>) return "";
      else return Shape(deck::Shape{s});
    }, item);
  }

 private:
  std::string CNvPr(const std::string& name, const std::string& descr = "") {
    std::string xml = "<p:cNvPr id=\"" + std::to_string(++id_) + "\" name=\"" + EscapeMarkup(name) + "\"";
    if (!descr.empty()) xml += " descr=\"" + EscapeMarkup(descr) + "\"";
    return xml + "/>";
  }

  std::string Shape(const deck::Shape& shape) {
    if (const auto* t = std::get_if<TextBox>(&shape)) return Text(*t);
    if (const auto* r = std::get_if<Rect>(&shape)) {
      return "<p:sp><p:nvSpPr>" + CNvPr("Rectangle " + std::to_string(id_ + 1)) +
             "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>" + Xfrm(r->x, r->y, r->width, r->height) +
             "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>" + Fill(r->fill) +
             "<a:ln><a:noFill/></a:ln></p:spPr></p:sp>";
    }
    const Line& l = std::get<Line>(shape);
    std::string flips;
    if (l.x2 < l.x1) flips += " flipH=\"1\"";
    if (l.y2 < l.y1) flips += " flipV=\"1\"";
    std::string dash = l.dash > 0 ? "<a:prstDash val=\"dash\"/>" : "";
    return "<p:sp><p:nvSpPr>" + CNvPr("Line " + std::to_string(id_ + 1)) +
           "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>" +
           Xfrm(std::min(l.x1, l.x2), std::min(l.y1, l.y2), std::fabs(l.x2 - l.x1), std::fabs(l.y2 - l.y1), flips) +
           "<a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom><a:ln w=\"" + Num(Emu(l.width)) + "\">" +
           Fill(l.color) + dash + "</a:ln></p:spPr></p:sp>";
  }

  std::string Text(const TextBox& t) {
    std::string algn = t.align == Align::kCenter ? "ctr" : t.align == Align::kRight ? "r" : "l";
    std::string run_props = "lang=\"" + deck_.lang + "\" sz=\"" + Num(std::lround(t.size * 100)) + "\" b=\"" +
                            (t.bold ? "1" : "0") + "\" i=\"" + (t.italic ? "1" : "0") + "\"";
    std::string font = "<a:latin typeface=\"" + EscapeMarkup(deck_.style.font) + "\"/>";
    std::string xml = "<p:sp><p:nvSpPr>" + CNvPr((t.title ? "Title " : "TextBox ") + std::to_string(id_ + 1));
    xml += t.title ? "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr>"
                   : "<p:cNvSpPr txBox=\"1\"/><p:nvPr/>";
    xml += "</p:nvSpPr><p:spPr>" + Xfrm(t.x, t.y, t.width, t.height) +
           "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>";
    xml += "<p:txBody><a:bodyPr wrap=\"" + std::string(t.wrap ? "square" : "none") +
           "\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"t\"><a:noAutofit/></a:bodyPr><a:lstStyle/>";
    std::string ppr = "<a:pPr algn=\"" + algn + "\"><a:lnSpc><a:spcPts val=\"" +
                      Num(std::lround(t.size * kLeading * 100)) + "\"/></a:lnSpc></a:pPr>";
    for (const std::string& p : t.paragraphs) {
      xml += "<a:p>" + ppr;
      if (!p.empty()) xml += "<a:r><a:rPr " + run_props + ">" + Fill(t.color) + font + "</a:rPr><a:t>" +
                             EscapeMarkup(p) + "</a:t></a:r>";
      xml += "<a:endParaRPr " + run_props + "/></a:p>";
    }
    if (t.paragraphs.empty()) xml += "<a:p/>";
    return xml + "</p:txBody></p:sp>";
  }

  std::string GroupXml(const Group& g) {
    float x0 = kSlideWidth, y0 = kSlideHeight, x1 = 0, y1 = 0;
    for (const deck::Shape& s : g.shapes) {
      std::visit([&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, Line>) {
          x0 = std::min({x0, v.x1, v.x2}), y0 = std::min({y0, v.y1, v.y2});
          x1 = std::max({x1, v.x1, v.x2}), y1 = std::max({y1, v.y1, v.y2});
        } else {
          x0 = std::min(x0, v.x), y0 = std::min(y0, v.y);
          x1 = std::max(x1, v.x + v.width), y1 = std::max(y1, v.y + v.height);
        }
      }, s);
    }
    if (x1 < x0) x0 = x1 = y0 = y1 = 0;
    std::string off = "<a:off x=\"" + Num(Emu(x0)) + "\" y=\"" + Num(Emu(y0)) + "\"/>";
    std::string ext = "<a:ext cx=\"" + Num(Emu(x1 - x0)) + "\" cy=\"" + Num(Emu(y1 - y0)) + "\"/>";
    std::string chOff = "<a:chOff x=\"" + Num(Emu(x0)) + "\" y=\"" + Num(Emu(y0)) + "\"/>";
    std::string chExt = "<a:chExt cx=\"" + Num(Emu(x1 - x0)) + "\" cy=\"" + Num(Emu(y1 - y0)) + "\"/>";
    std::string xml = "<p:grpSp><p:nvGrpSpPr>" + CNvPr(g.name, g.descr) + "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>" +
                      "<p:grpSpPr><a:xfrm>" + off + ext + chOff + chExt + "</a:xfrm></p:grpSpPr>";
    for (const deck::Shape& s : g.shapes) xml += Shape(s);
    return xml + "</p:grpSp>";
  }

  const Deck& deck_;
  int id_ = 1;
};

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t at; (at = text.find('\n', start)) != std::string::npos; start = at + 1)
    lines.push_back(text.substr(start, at - start));
  lines.push_back(text.substr(start));
  return lines;
}

}  // namespace

const char* const kPmlNamespaces =
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

const char* const kShapeTreeStart =
    "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
    "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/>"
    "<a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

long long Emu(float points) { return std::llround(static_cast<double>(points) * 12700.0); }

std::string HexOf(pdf::Color c) {
  auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.f, 1.f) * 255)); };
  char hex[8];
  std::snprintf(hex, sizeof hex, "%02X%02X%02X", byte(c.r), byte(c.g), byte(c.b));
  return hex;
}

std::string SlideXml(const Slide& slide, const Deck& deck) {
  ShapeWriter writer(deck);
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:sld" +
                    std::string(kPmlNamespaces) + "><p:cSld><p:spTree>" + kShapeTreeStart;
  for (const Item& item : slide.items) xml += writer.Item(item);
  return xml + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";
}

std::string NotesSlideXml(const Slide& slide, const Deck& deck) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<p:notes" +
                    std::string(kPmlNamespaces) + "><p:cSld><p:spTree>" + kShapeTreeStart;
  xml += "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" "
         "noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr>"
         "<p:spPr/></p:sp>";
  xml += "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"
         "</p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody>"
         "<a:bodyPr/><a:lstStyle/>";
  for (const std::string& line : SplitLines(slide.notes)) {
    xml += "<a:p>";
    if (!line.empty())
      xml += "<a:r><a:rPr lang=\"" + deck.lang + "\"/><a:t>" + EscapeMarkup(line) + "</a:t></a:r>";
    xml += "</a:p>";
  }
  return xml + "</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>";
}

}  // namespace klynge::deck
