#include "markdown/body.h"

namespace klynge {

Body::Body(const MarkdownText& text, std::string_view content_dir)
    : doc_(text), content_dir_(ContentDirOf(content_dir)) {
  if (text.empty()) return;
  problems_ = CheckMarkdownSource(text.text);
  if (!problems_.empty()) return;
  problems_ = CheckMarkdownTree(doc_.root());
  // cmark keeps inline text and autolink URLs as pointers into their block
  // and copies them out on the first read, which would make reading the
  // tree a write; owned up front, the tree is read-only for every thread.
  cmark_node_own(doc_.root());
  NumberNotes();
  ForEachNode(doc_.root(), [&](cmark_node* node) {
    cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) return;
    BodyLink link;
    link.node = node;
    link.image = type == CMARK_NODE_IMAGE;
    link.no_alt = link.image && PlainText(node).find_first_not_of(" \t\n") == std::string::npos;
    const char* url = cmark_node_get_url(node);
    link.target = ResolveLink(url ? url : "", content_dir_);
    link.line = cmark_node_get_start_line(node);
    link.column = cmark_node_get_start_column(node);
    // Inline nodes carry no position in this cmark-gfm; use the nearest block's.
    for (cmark_node* n = node; link.line <= 0 && n; n = cmark_node_parent(n)) {
      link.line = cmark_node_get_start_line(n);
      link.column = cmark_node_get_start_column(n);
      link.block_position = true;
    }
    link_index_.emplace(node, links_.size());
    links_.push_back(std::move(link));
  });
}

void Body::NumberNotes() {
  // cmark moves the definitions to the end of the document in the order of
  // their first reference. Their labels are read here, once: the first
  // read of a literal copies it into the node, which must not happen while
  // other threads read the tree.
  std::unordered_map<std::string, int> by_label;
  for (cmark_node* n = cmark_node_first_child(doc_.root()); n; n = cmark_node_next(n)) {
    if (cmark_node_get_type(n) != CMARK_NODE_FOOTNOTE_DEFINITION) continue;
    const char* label = cmark_node_get_literal(n);
    int number = static_cast<int>(by_label.size()) + 1;
    if (label && by_label.emplace(label, number).second) note_numbers_[n] = number;
  }
  if (by_label.empty()) return;
  ForEachNode(doc_.root(), [&](cmark_node* node) {
    if (cmark_node_get_type(node) != CMARK_NODE_FOOTNOTE_REFERENCE) return;
    // A reference's literal is its label as written after '[', "^1" for the definition's "1".
    const char* literal = cmark_node_get_literal(node);
    std::string label = literal ? literal : "";
    if (!by_label.count(label) && label.starts_with("^")) label.erase(0, 1);
    if (auto it = by_label.find(label); it != by_label.end()) note_numbers_[node] = it->second;
  });
}

int Body::NoteNumber(cmark_node* node) const {
  auto found = note_numbers_.find(node);
  return found == note_numbers_.end() ? 0 : found->second;
}

const BodyLink* Body::LinkAt(cmark_node* node) const {
  auto found = link_index_.find(node);
  return found == link_index_.end() ? nullptr : &links_[found->second];
}

MarkdownFacts Body::Facts() const {
  MarkdownFacts facts;
  if (source().empty()) return facts;
  // Text over a limit is not read further: nothing over a limit is built.
  facts.problems = problems_;
  if (!facts.problems.empty()) return facts;
  for (const BodyLink& l : links_) {
    MarkdownLink link;
    link.image = l.image;
    link.no_alt = l.no_alt;
    link.url = l.target.url;
    link.line = l.line;
    link.column = l.column;
    link.block_position = l.block_position;
    facts.links.push_back(std::move(link));
  }
  bool found_paragraph = false;
  for (cmark_node* n = cmark_node_first_child(root()); n; n = cmark_node_next(n)) {
    bool paragraph = !found_paragraph && cmark_node_get_type(n) == CMARK_NODE_PARAGRAPH;
    if (facts.index_text.size() > kMaxIndexedText && !paragraph) {
      if (found_paragraph) break;
      continue;
    }
    std::string plain = PlainText(n);
    if (paragraph) {
      facts.first_paragraph = plain;
      found_paragraph = true;
    }
    if (facts.index_text.size() > kMaxIndexedText) continue;
    if (!facts.index_text.empty()) facts.index_text += ' ';
    facts.index_text += plain;
  }
  return facts;
}

std::string ContentDirOf(std::string_view dir) {
  while (dir.ends_with('/')) dir.remove_suffix(1);
  return std::string(dir);
}

std::shared_ptr<const Body> BodyOf(const MarkdownText& text, std::string_view content_dir) {
  if (!text.parsed) return std::make_shared<const Body>(text, content_dir);
  BodySlot& slot = *text.parsed;
  std::call_once(slot.once, [&] { slot.body = std::make_shared<const Body>(text, content_dir); });
  // A copy whose text was changed after copying shares a slot it does not match.
  const Body& kept = *slot.body;
  if (kept.source().text == text.text && kept.content_dir() == ContentDirOf(content_dir)) return slot.body;
  return std::make_shared<const Body>(text, content_dir);
}

}  // namespace klynge
