#include "render/pdf/layout/pdf_metadata.h"

#include "render/pdf/layout/pdf_fonts.h"
#include "render/pdf/layout/pdf_objects.h"

namespace klynge::pdf {

namespace {

std::string XmlEscaped(const std::string& text) {
  std::string out;
  for (char c : PrintableText(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string XmpPacket(const DocumentInfo& info) {
  std::string x;
  x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
  x += "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  x += "<dc:format>application/pdf</dc:format>\n";
  x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + XmlEscaped(info.title) +
       "</rdf:li></rdf:Alt></dc:title>\n";
  if (!info.author.empty())
    x += "<dc:creator><rdf:Seq><rdf:li>" + XmlEscaped(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!info.subject.empty())
    x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + XmlEscaped(info.subject) +
         "</rdf:li></rdf:Alt></dc:description>\n";
  x += "<dc:language><rdf:Bag><rdf:li>" + XmlEscaped(info.language) + "</rdf:li></rdf:Bag></dc:language>\n";
  x += "</rdf:Description>\n";
  x += "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
  x += "<xmp:CreatorTool>klynge</xmp:CreatorTool>\n";
  x += "</rdf:Description>\n";
  if (!info.keywords.empty()) {
    x += "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    x += "<pdf:Keywords>" + XmlEscaped(info.keywords) + "</pdf:Keywords>\n";
    x += "</rdf:Description>\n";
  }
  x += "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n";
  x += "<pdfuaid:part>1</pdfuaid:part>\n";
  x += "</rdf:Description>\n";
  x += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
  return x;
}

void WriteDocumentMetadata(HPDF_Doc doc, const DocumentInfo& info, const std::array<uint8_t, 16>& id) {
  HPDF_MMgr mmgr = doc->mmgr;
  HPDF_Dict catalog = doc->catalog;
  doc->pdf_version = HPDF_VER_17;

  HPDF_Dict_Add(catalog, "Lang", TextString(mmgr, info.language.empty() ? "da" : info.language));
  HPDF_Dict mark_info = HPDF_Dict_New(mmgr);
  HPDF_Dict_Add(catalog, "MarkInfo", mark_info);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  // A viewer's window shows the title, not the file name.
  HPDF_Dict preferences = HPDF_Dict_New(mmgr);
  HPDF_Dict_Add(catalog, "ViewerPreferences", preferences);
  HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);

  // Uncompressed, so that tools that scan for the packet find it.
  HPDF_Dict metadata = HPDF_DictStream_New(mmgr, doc->xref);
  if (!metadata) throw HpdfFailure{HPDF_FAILD_TO_ALLOC_MEM, 0};
  metadata->filter = HPDF_STREAM_FILTER_NONE;
  HPDF_Dict_AddName(metadata, "Type", "Metadata");
  HPDF_Dict_AddName(metadata, "Subtype", "XML");
  WriteRaw(metadata->stream, XmpPacket(info));
  HPDF_Dict_Add(catalog, "Metadata", metadata);

  HPDF_Array ids = HPDF_Array_New(mmgr);
  HPDF_Dict_Add(doc->trailer, "ID", ids);
  for (int i = 0; i < 2; ++i)
    HPDF_Array_Add(ids, HPDF_Binary_New(mmgr, const_cast<HPDF_BYTE*>(id.data()), static_cast<HPDF_UINT>(id.size())));
  ThrowOnError(doc);
}

}  // namespace klynge::pdf
