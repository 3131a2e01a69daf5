#include "markdown/markdown_facts.h"

#include <cstring>

#include "markdown/body.h"

namespace klynge {

namespace {

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

MarkdownFacts ReadMarkdownFacts(const MarkdownText& text) { return Body(text, "").Facts(); }

std::shared_ptr<const MarkdownFacts> FactsOf(const MarkdownText& text, MarkdownCache* cache,
                                             std::optional<std::string_view> content_dir) {
  if (text.facts) return text.facts;
  if (cache)
    if (std::shared_ptr<const MarkdownFacts> found = cache->Find(text.text)) return found;
  // Where the text's folder is known, the parse is the Body the renderers
  // will use; otherwise it is made and dropped.
  auto facts = std::make_shared<const MarkdownFacts>(content_dir ? BodyOf(text, *content_dir)->Facts()
                                                                 : ReadMarkdownFacts(text));
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
