#include "markdown/markdown_facts.h"

#include <cstring>

#include "markdown/parsed_markdown.h"

namespace klynge {

namespace {

void ReadTree(const ParsedMarkdown& doc, MarkdownFacts* facts) {
  ForEachNode(doc.root(), [&](cmark_node* node) {
    cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) return;
    MarkdownLink link;
    link.image = type == CMARK_NODE_IMAGE;
    link.no_alt = link.image && PlainText(node).find_first_not_of(" \t\n") == std::string::npos;
    const char* url = cmark_node_get_url(node);
    link.url = url ? url : "";
    link.line = cmark_node_get_start_line(node);
    link.column = cmark_node_get_start_column(node);
    // Inline nodes carry no position in this cmark-gfm; use the nearest block's.
    for (cmark_node* n = node; link.line <= 0 && n; n = cmark_node_parent(n)) {
      link.line = cmark_node_get_start_line(n);
      link.column = cmark_node_get_start_column(n);
      link.block_position = true;
    }
    facts->links.push_back(std::move(link));
  });
  bool found_paragraph = false;
  for (cmark_node* n = cmark_node_first_child(doc.root()); n; n = cmark_node_next(n)) {
    bool paragraph = !found_paragraph && cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH;
    if (facts->index_text.size() > kMaxIndexedText && !paragraph) {
      if (found_paragraph) break;
      continue;
    }
    std::string plain = PlainText(n);
    if (paragraph) {
      facts->first_paragraph = plain;
      found_paragraph = true;
    }
    if (facts->index_text.size() > kMaxIndexedText) continue;
    if (!facts->index_text.empty()) facts->index_text += ' ';
    facts->index_text += plain;
  }
}

void PutU32(std::string* out, uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out->append(b, 4);
}

void PutText(std::string* out, const std::string& s) {
  PutU32(out, static_cast<uint32_t>(s.size()));
  *out += s;
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : in_(bytes) {}
  bool U32(uint32_t* v) {
    if (in_.size() < 4) return false;
    std::memcpy(v, in_.data(), 4);
    in_.remove_prefix(4);
    return true;
  }
  bool Int(int* v) {
    uint32_t u;
    if (!U32(&u)) return false;
    *v = static_cast<int>(u);
    return true;
  }
  bool Text(std::string* s) {
    uint32_t n;
    if (!U32(&n) || n > in_.size()) return false;
    s->assign(in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  size_t remaining() const { return in_.size(); }

 private:
  std::string_view in_;
};

}  // namespace

MarkdownFacts ReadMarkdownFacts(const MarkdownText& text) {
  MarkdownFacts facts;
  if (text.empty()) return facts;
  // Text over a limit is not parsed (or not read further): cmark-gfm is
  // quadratic on some of it, and nothing over a limit is built anyway.
  facts.problems = CheckMarkdownSource(text.text);
  if (!facts.problems.empty()) return facts;
  ParsedMarkdown doc(text);
  facts.problems = CheckMarkdownTree(doc.root());
  if (!facts.problems.empty()) return facts;
  ReadTree(doc, &facts);
  return facts;
}

std::shared_ptr<const MarkdownFacts> FactsOf(const MarkdownText& text, MarkdownCache* cache) {
  if (text.facts) return text.facts;
  if (cache)
    if (std::shared_ptr<const MarkdownFacts> found = cache->Find(text.text)) return found;
  auto facts = std::make_shared<const MarkdownFacts>(ReadMarkdownFacts(text));
  if (cache) cache->Store(text.text, facts);
  return facts;
}

std::string EncodeMarkdownFacts(const MarkdownFacts& facts) {
  std::string out;
  PutU32(&out, static_cast<uint32_t>(facts.problems.size()));
  for (const MarkdownLimitProblem& p : facts.problems) {
    PutU32(&out, static_cast<uint32_t>(p.line));
    PutU32(&out, static_cast<uint32_t>(p.column));
    PutText(&out, p.message);
  }
  PutU32(&out, static_cast<uint32_t>(facts.links.size()));
  for (const MarkdownLink& l : facts.links) {
    PutU32(&out, (l.image ? 1u : 0u) | (l.block_position ? 2u : 0u) | (l.no_alt ? 4u : 0u));
    PutU32(&out, static_cast<uint32_t>(l.line));
    PutU32(&out, static_cast<uint32_t>(l.column));
    PutText(&out, l.url);
  }
  PutText(&out, facts.index_text);
  PutText(&out, facts.first_paragraph);
  return out;
}

std::shared_ptr<const MarkdownFacts> DecodeMarkdownFacts(std::string_view bytes) {
  Reader in(bytes);
  auto facts = std::make_shared<MarkdownFacts>();
  uint32_t n;
  if (!in.U32(&n) || n > in.remaining() / 12) return nullptr;
  facts->problems.resize(n);
  for (MarkdownLimitProblem& p : facts->problems)
    if (!in.Int(&p.line) || !in.Int(&p.column) || !in.Text(&p.message)) return nullptr;
  if (!in.U32(&n) || n > in.remaining() / 16) return nullptr;
  facts->links.resize(n);
  for (MarkdownLink& l : facts->links) {
    uint32_t flags;
    if (!in.U32(&flags) || flags > 7 || !in.Int(&l.line) || !in.Int(&l.column) || !in.Text(&l.url)) return nullptr;
    l.image = flags & 1;
    l.block_position = flags & 2;
    l.no_alt = flags & 4;
  }
  if (!in.Text(&facts->index_text) || !in.Text(&facts->first_paragraph) || in.remaining() != 0) return nullptr;
  return facts;
}

MarkdownCache::MarkdownCache()
    : TextCache<MarkdownFacts>("klynge markdown cache 2\n", EncodeMarkdownFacts, DecodeMarkdownFacts) {}

}  // namespace klynge
