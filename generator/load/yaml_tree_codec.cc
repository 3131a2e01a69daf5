#include "load/yaml_tree_codec.h"

#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace klynge {

namespace {

void PutU32(std::string* out, uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out->append(b, 4);
}

// Reads what EncodeYamlTree wrote; every read is bounds-checked.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
  bool U32(uint32_t* v) {
    if (bytes_.size() - pos_ < 4) return false;
    std::memcpy(v, bytes_.data() + pos_, 4);
    pos_ += 4;
    return true;
  }
  bool U8(uint8_t* v) {
    if (pos_ >= bytes_.size()) return false;
    *v = static_cast<uint8_t>(bytes_[pos_++]);
    return true;
  }
  bool Text(uint32_t n, std::string* s) {
    if (bytes_.size() - pos_ < n) return false;
    s->assign(bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool AtEnd() const { return pos_ == bytes_.size(); }
  size_t remaining() const { return bytes_.size() - pos_; }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace

// Friend of YamlNode and YamlTree: the one other place that builds a tree.
class YamlTreeCodec {
 public:
  static std::string Encode(const YamlTree& tree) {
    std::vector<const YamlNode*> order;
    std::unordered_map<const YamlNode*, uint32_t> index;
    if (tree.root_) PostOrder(tree.root_, &order, &index);
    std::string out;
    PutU32(&out, static_cast<uint32_t>(order.size()));
    for (const YamlNode* n : order) {
      out.push_back(static_cast<char>(n->kind_));
      out.push_back(static_cast<char>(n->style_));
      PutU32(&out, static_cast<uint32_t>(n->mark_.line));
      PutU32(&out, static_cast<uint32_t>(n->mark_.column));
      PutU32(&out, static_cast<uint32_t>(n->text_.size()));
      out += n->text_;
      PutU32(&out, static_cast<uint32_t>(n->items_.size()));
      for (const YamlNode* item : n->items_) PutU32(&out, index.at(item));
      PutU32(&out, static_cast<uint32_t>(n->pairs_.size()));
      for (const YamlPair& p : n->pairs_) {
        PutU32(&out, index.at(p.key));
        PutU32(&out, index.at(p.value));
      }
    }
    return out;
  }

  static std::shared_ptr<const YamlTree> Decode(std::string_view bytes) {
    ByteReader in(bytes);
    uint32_t count = 0;
    // Each node takes at least 22 bytes, so a corrupt count cannot make us allocate much.
    if (!in.U32(&count) || count > bytes.size() / 22) return nullptr;
    auto tree = std::make_shared<YamlTree>();
    std::vector<YamlNode*> nodes;
    nodes.reserve(count);
    for (uint32_t i = 0; i < count; ++i) {
      YamlNode& n = tree->nodes_.emplace_back();
      uint8_t kind, style;
      uint32_t line, column, length, items, pairs;
      if (!in.U8(&kind) || !in.U8(&style) || kind > 2 || style > 3) return nullptr;
      n.kind_ = static_cast<YamlNode::Kind>(kind);
      n.style_ = static_cast<YamlNode::Style>(style);
      if (!in.U32(&line) || !in.U32(&column) || !in.U32(&length) || !in.Text(length, &n.text_))
        return nullptr;
      n.mark_ = {static_cast<int>(line), static_cast<int>(column)};
      // A child comes before its parent: that is what keeps a decoded tree acyclic.
      auto child = [&](YamlNode const** out) {
        uint32_t at;
        if (!in.U32(&at) || at >= i) return false;
        *out = nodes[at];
        return true;
      };
      if (!in.U32(&items) || items > in.remaining() / 4) return nullptr;
      n.items_.resize(items);
      for (const YamlNode*& item : n.items_)
        if (!child(&item)) return nullptr;
      if (!in.U32(&pairs) || pairs > in.remaining() / 8) return nullptr;
      n.pairs_.resize(pairs);
      for (YamlPair& p : n.pairs_)
        if (!child(&p.key) || !child(&p.value)) return nullptr;
      nodes.push_back(&n);
    }
    if (!in.AtEnd() || nodes.empty()) return nullptr;
    tree->root_ = nodes.back();
    return tree;
  }

 private:
  // Iterative: aliases may share a node, which is written once.
  static void PostOrder(const YamlNode* root, std::vector<const YamlNode*>* order,
                        std::unordered_map<const YamlNode*, uint32_t>* index) {
    struct Step {
      const YamlNode* node;
      size_t next = 0;  // children visited so far
    };
    auto children = [](const YamlNode* n, size_t i) -> const YamlNode* {
      if (i < n->items_.size()) return n->items_[i];
      i -= n->items_.size();
      if (i / 2 < n->pairs_.size()) return i % 2 ? n->pairs_[i / 2].value : n->pairs_[i / 2].key;
      return nullptr;
    };
    std::vector<Step> stack{{root}};
    while (!stack.empty()) {
      Step& top = stack.back();
      const YamlNode* child = children(top.node, top.next);
      if (child) {
        ++top.next;
        if (!index->count(child)) stack.push_back({child});
        continue;
      }
      index->emplace(top.node, static_cast<uint32_t>(order->size()));
      order->push_back(top.node);
      stack.pop_back();
    }
  }
};

std::string EncodeYamlTree(const YamlTree& tree) { return YamlTreeCodec::Encode(tree); }

std::shared_ptr<const YamlTree> DecodeYamlTree(std::string_view bytes) { return YamlTreeCodec::Decode(bytes); }

}  // namespace klynge
