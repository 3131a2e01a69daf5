#include "render/pdf/layout/markdown_blocks.h"

#include <cmark-gfm-core-extensions.h>

#include <cstring>
#include <variant>

#include "markdown/parsed_markdown.h"
#include "markdown/typography.h"

namespace klynge::pdf {

namespace {



bool Is(cmark_node* node, const char* type_string) {
  return std::strcmp(cmark_node_get_type_string(node), type_string) == 0;
}

void AddSpan(std::vector<Span>* spans, std::string text, Face face, const std::string& link,
             std::optional<Color> color = std::nullopt) {
  if (text.empty()) return;
  if (!spans->empty()) {
    Span& last = spans->back();
    if (last.face == face && last.link == link && last.color == color) {
      last.text += text;
      return;
    }
  }
  spans->push_back(Span{std::move(text), face, color, link});
}

// The text of an autolink (<https://…>, a bare www. address) is its URL,
// which is printed as written.
bool IsAutolinkText(cmark_node* text, const char* literal) {
  cmark_node* parent = cmark_node_parent(text);
  if (!parent || cmark_node_get_type(parent) != CMARK_NODE_LINK) return false;
  const char* url = cmark_node_get_url(parent);
  if (!url) return false;
  std::string_view u(url), t(literal);
  return u == t || u == "mailto:" + std::string(t) || u == "http://" + std::string(t);
}

// `depth` levels of emphasis and links are open around `parent`; from
// `max_depth` on, what is inside is plain text (PlainText does not recurse).
void AddInlines(const Body& body, cmark_node* parent, Face face, const std::string& link,
                const MarkdownSources& sources, int depth, int max_depth, const Typography* quotes,
                std::vector<Span>* spans) {
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
    if (depth >= max_depth && cmark_node_first_child(n)) {
      AddSpan(spans, PlainText(n), face, link);
      continue;
    }
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT: {
        const char* text = cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "";
        if (IsAutolinkText(n, text)) {
          AddSpan(spans, text, face, link);
        } else {
          AddSpan(spans, Typeset(text, spans->empty() ? "" : spans->back().text, *quotes), face, link);
        }
        break;
      }
      case CMARK_NODE_CODE:  // code is printed as written
        AddSpan(spans, cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "", face, link);
        break;
      case CMARK_NODE_SOFTBREAK: AddSpan(spans, " ", face, link); break;
      case CMARK_NODE_LINEBREAK: AddSpan(spans, "\n", face, link); break;
      case CMARK_NODE_EMPH: AddInlines(body, n, Italicer(face), link, sources, depth + 1, max_depth, quotes, spans); break;
      case CMARK_NODE_STRONG: AddInlines(body, n, Bolder(face), link, sources, depth + 1, max_depth, quotes, spans); break;
      case CMARK_NODE_LINK: {
        const BodyLink* l = body.LinkAt(n);
        std::string target = l && sources.link ? sources.link(l->target) : "";
        AddInlines(body, n, face, target.empty() ? link : target, sources, depth + 1, max_depth, quotes, spans);
        break;
      }
      case CMARK_NODE_IMAGE:  // inside running text an image is its description
        AddSpan(spans, PlainText(n), Italicer(face), link);
        break;
      case CMARK_NODE_HTML_INLINE: break;
      case CMARK_NODE_FOOTNOTE_REFERENCE: {
        // The note's number, as the list of notes at the end numbers it.
        if (int number = body.NoteNumber(n); number > 0) AddSpan(spans, "[" + std::to_string(number) + "]", face, link);
        break;
      }
      default: AddInlines(body, n, face, link, sources, depth + 1, max_depth, quotes, spans); break;
    }
  }
}

class Converter {
 public:
  Converter(const Body& body, const MarkdownStyle& style, const MarkdownSources& sources)
      : body_(body), style_(style), sources_(sources) {}

  // The blocks of `parent`'s children, `depth` quotes and lists deep.
  std::vector<Block> Blocks(cmark_node* parent, bool tight, int depth) {
    std::vector<Block> out;
    // From the deepest level laid out on, a quote's or list's children join
    // this level: a loop over a stack of siblings, not a call per level.
    std::vector<cmark_node*> next{cmark_node_first_child(parent)};
    while (!next.empty()) {
      cmark_node* n = next.back();
      if (!n) {
        next.pop_back();
        continue;
      }
      next.back() = cmark_node_next(n);
      if (depth >= style_.max_nesting && IsNesting(n)) {
        next.push_back(cmark_node_first_child(n));
        continue;
      }
      Add(n, tight, depth, &out);
    }
    return out;
  }

 private:
  static bool IsNesting(cmark_node* n) {
    cmark_node_type type = cmark_node_get_type(n);
    return type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM;
  }

  void Inlines(cmark_node* parent, Face face, std::vector<Span>* spans) const {
    AddInlines(body_, parent, face, "", sources_, 0, style_.max_inline_nesting, &style_.typography, spans);
  }

  Paragraph Text(std::vector<Span> spans, bool tight) const {
    Paragraph p;
    p.spans = std::move(spans);
    p.size = style_.size;
    p.leading = style_.leading;
    p.color = style_.text;
    p.link_color = style_.link;
    p.measure = kMeasureEms * style_.size;
    float gap = tight ? 0 : style_.paragraph_gap;
    p.spacing = Spacing{gap, gap};
    return p;
  }

  // A paragraph holding nothing but one image becomes the image.
  cmark_node* LoneImage(cmark_node* paragraph) const {
    cmark_node* image = nullptr;
    for (cmark_node* n = cmark_node_first_child(paragraph); n; n = cmark_node_next(n)) {
      if (cmark_node_get_type(n) == CMARK_NODE_IMAGE && !image) {
        image = n;
      } else if (cmark_node_get_type(n) == CMARK_NODE_TEXT) {
        const char* s = cmark_node_get_literal(n);
        if (s && std::strspn(s, " \t") != std::strlen(s)) return nullptr;
      } else if (cmark_node_get_type(n) != CMARK_NODE_SOFTBREAK) {
        return nullptr;
      }
    }
    return image;
  }

  void Add(cmark_node* n, bool tight, int depth, std::vector<Block>* out) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_PARAGRAPH: {
        if (cmark_node* image = LoneImage(n)) {
          const BodyLink* l = body_.LinkAt(image);
          int id = l && sources_.image ? sources_.image(l->target) : -1;
          if (id >= 0) {
            Image block;
            block.image = id;
            block.alt = PlainText(image);
            block.spacing = Spacing{style_.paragraph_gap * 1.5f, style_.paragraph_gap * 1.5f};
            out->push_back(block);
            return;
          }
        }
        std::vector<Span> spans;
        Inlines(n, Face::kRegular, &spans);
        out->push_back(Text(std::move(spans), tight));
        return;
      }
      case CMARK_NODE_HEADING: {
        int level = std::clamp(cmark_node_get_heading_level(n), 1, 6);
        std::vector<Span> spans;
        Inlines(n, Face::kBold, &spans);
        Paragraph p = Text(std::move(spans), false);
        p.size = style_.heading_sizes[level - 1];
        p.leading = 1.25f;
        p.color = style_.heading;
        p.spacing = Spacing{p.size * 1.1f, p.size * 0.35f};
        p.keep_with_next = true;
        p.role = HeadingRole(level);
        out->push_back(p);
        return;
      }
      case CMARK_NODE_LIST: {
        List list;
        list.kind = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST ? List::Kind::kNumbered : List::Kind::kBullet;
        list.start = cmark_node_get_list_start(n);
        bool tight_list = cmark_node_get_list_tight(n);
        list.indent = style_.list_indent;
        list.marker_size = style_.size;
        list.marker_color = style_.text;
        list.item_gap = tight_list ? style_.size * 0.25f : style_.paragraph_gap;
        list.spacing = Spacing{style_.paragraph_gap, style_.paragraph_gap};
        for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
          ListItem li;
          li.blocks = Blocks(item, true, depth + 1);
          if (Is(item, "tasklist")) {
            li.tick_box = true;
            li.checked = cmark_gfm_extensions_get_tasklist_item_checked(item);
          }
          list.items.push_back(std::move(li));
        }
        out->push_back(std::move(list));
        return;
      }
      case CMARK_NODE_BLOCK_QUOTE: {
        Panel panel;
        panel.blocks = Blocks(n, true, depth + 1);
        panel.bar = style_.rule;
        panel.padding = style_.size * 0.4f;
        panel.spacing = Spacing{style_.paragraph_gap, style_.paragraph_gap};
        out->push_back(std::move(panel));
        return;
      }
      case CMARK_NODE_CODE_BLOCK: {
        std::string code = cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "";
        while (!code.empty() && code.back() == '\n') code.pop_back();
        // Indentation matters in code: no-break spaces survive line breaking.
        std::string kept;
        bool line_start = true;
        for (char c : code) {
          if (c == ' ' && line_start) {
            kept += "\u00A0";
            continue;
          }
          line_start = c == '\n';
          kept += c;
        }
        Paragraph p = Text({Span{kept, Face::kRegular, std::nullopt, ""}}, true);
        p.size = style_.size * 0.9f;
        p.leading = 1.3f;
        Panel panel;
        panel.blocks.push_back(p);
        panel.fill = style_.shade;
        panel.padding = style_.size * 0.5f;
        panel.spacing = Spacing{style_.paragraph_gap, style_.paragraph_gap};
        out->push_back(std::move(panel));
        return;
      }
      case CMARK_NODE_THEMATIC_BREAK: {
        Rule rule;
        rule.color = style_.rule;
        rule.spacing = Spacing{style_.size, style_.size};
        out->push_back(rule);
        return;
      }
      case CMARK_NODE_HTML_BLOCK: return;
      case CMARK_NODE_FOOTNOTE_DEFINITION: {
        // The notes close the text: a rule, a small heading, a numbered list.
        if (notes_list_ < 0 || static_cast<size_t>(notes_list_) >= out->size() ||
            !std::holds_alternative<List>((*out)[notes_list_].content)) {
          Rule rule;
          rule.color = style_.rule;
          rule.spacing = Spacing{style_.size, style_.size * 0.5f};
          out->push_back(rule);
          Paragraph heading = Text({Span{style_.typography.notes_heading, Face::kBold, std::nullopt, ""}}, true);
          heading.size = style_.size * 0.9f;
          heading.keep_with_next = true;
          out->push_back(heading);
          List list;
          list.kind = List::Kind::kNumbered;
          list.start = 1;
          list.indent = style_.list_indent;
          list.marker_size = style_.size * 0.85f;
          list.marker_color = style_.text;
          list.item_gap = style_.size * 0.25f;
          list.spacing = Spacing{0, style_.paragraph_gap};
          notes_list_ = static_cast<int>(out->size());
          out->push_back(std::move(list));
        }
        ListItem item;
        item.blocks = Blocks(n, true, depth + 1);
        for (Block& b : item.blocks)
          if (Paragraph* p = std::get_if<Paragraph>(&b.content)) p->size = style_.size * 0.85f;
        std::get<List>((*out)[notes_list_].content).items.push_back(std::move(item));
        return;
      }
      default: break;
    }
    if (Is(n, "table")) {
      out->push_back(TableOf(n));
      return;
    }
    // Anything else keeps at least its text.
    std::string text = PlainText(n);
    if (!text.empty()) out->push_back(Text({Span{text, Face::kRegular, std::nullopt, ""}}, tight));
  }

  Table TableOf(cmark_node* n) {
    Table table;
    int columns = cmark_gfm_extensions_get_table_columns(n);
    uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(n);
    table.header_fill = style_.table_header_fill;
    table.rule = style_.rule;
    table.padding = style_.size * 0.4f;
    table.spacing = Spacing{style_.paragraph_gap * 1.5f, style_.paragraph_gap * 1.5f};
    for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
      bool header = cmark_gfm_extensions_get_table_row_is_header(row);
      if (header) ++table.header_rows;
      TableRow tr;
      int c = 0;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ++c) {
        std::vector<Span> spans;
        Inlines(cell, header ? Face::kBold : Face::kRegular, &spans);
        Paragraph p = Text(std::move(spans), true);
        p.size = style_.size * 0.95f;
        p.leading = 1.3f;
        if (header) p.color = style_.table_header_text;
        char a = aligns && c < columns ? static_cast<char>(aligns[c]) : 0;
        p.align = a == 'c' ? Align::kCenter : a == 'r' ? Align::kRight : Align::kLeft;
        TableCell tc;
        tc.blocks.push_back(p);
        tr.cells.push_back(std::move(tc));
      }
      table.rows.push_back(std::move(tr));
    }
    return table;
  }

  const Body& body_;
  const MarkdownStyle& style_;
  const MarkdownSources& sources_;
  int notes_list_ = -1;               // where in the root's blocks the notes' list is
};

}  // namespace

std::vector<Block> MarkdownBlocks(const Body& body, const MarkdownStyle& style, const MarkdownSources& sources) {
  return Converter(body, style, sources).Blocks(body.root(), false, 0);
}

}  // namespace klynge::pdf
