#include "load/yaml_reader.h"

#include <libfyaml.h>

#include <algorithm>
#include <unordered_map>

#include "base/messages.h"
#include "load/yaml_syntax_error.h"

namespace klynge {

namespace {

std::string_view TokenText(fy_token* token) {
  if (!token) return {};
  size_t len = 0;
  const char* s = fy_token_get_text(token, &len);
  return s ? std::string_view(s, len) : std::string_view();
}

// Owns a libfyaml parser over `text` whose errors are collected, not printed.
class Parser {
 public:
  explicit Parser(std::string_view text) {
    fy_diag_cfg diag_cfg;
    fy_diag_cfg_default(&diag_cfg);
    diag_cfg.fp = nullptr;
    diag_ = fy_diag_create(&diag_cfg);
    if (diag_) fy_diag_set_collect_errors(diag_, true);
    fy_parse_cfg cfg{};
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
    cfg.diag = diag_;
    parser_ = diag_ ? fy_parser_create(&cfg) : nullptr;
    if (parser_ && fy_parser_set_string(parser_, text.data(), text.size()) != 0) {
      fy_parser_destroy(parser_);
      parser_ = nullptr;
    }
  }
  ~Parser() {
    if (parser_) fy_parser_destroy(parser_);
    if (diag_) fy_diag_destroy(diag_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  fy_parser* get() const { return parser_; }

  // The first error libfyaml collected (later ones follow from it).
  bool FirstError(YamlSyntaxError* out) const {
    if (!diag_) return false;
    void* iter = nullptr;
    fy_diag_error* e = fy_diag_errors_iterate(diag_, &iter);
    if (!e) return false;
    out->raw = e->msg ? e->msg : "";
    out->line = e->line;
    out->column = e->column;
    if (e->fyt) {
      if (const fy_mark* m = fy_token_start_mark(e->fyt)) out->token_begin = m->input_pos;
      if (const fy_mark* m = fy_token_end_mark(e->fyt)) out->token_end = m->input_pos;
    }
    return true;
  }

 private:
  fy_diag* diag_ = nullptr;
  fy_parser* parser_ = nullptr;
};

}  // namespace

// Builds the tree from libfyaml's events: an explicit stack, no recursion;
// an alias shares its anchor's node.
class YamlTreeBuilder {
 public:
  YamlTreeBuilder(std::string_view text, int line_offset, std::vector<YamlProblem>* problems)
      : text_(text), line_offset_(line_offset), problems_(problems), tree_(std::make_shared<YamlTree>()) {}

  // false when the text cannot be read (the problem is recorded).
  bool Run() {
    Parser parser(text_);
    if (!parser.get()) return Fail({1, 1}, Text(Msg::kYamlParserCouldNotStart));
    int documents = 0;
    for (;;) {
      fy_event* event = fy_parser_parse(parser.get());
      if (!event) break;
      bool go_on = Add(event, &documents);
      fy_parser_event_free(parser.get(), event);
      if (!go_on) return false;
    }
    if (fy_parser_get_stream_error(parser.get())) {
      YamlSyntaxError error;
      if (!parser.FirstError(&error)) error.line = last_mark_.line, error.column = last_mark_.column;
      YamlProblem p = ExplainSyntaxError(text_, line_offset_, error);
      problems_->push_back(std::move(p));
      return false;
    }
    if (!tree_->root_) tree_->root_ = NewNode(YamlNode::Kind::kScalar, {1, 1});  // empty: null
    return true;
  }

  std::shared_ptr<const YamlTree> tree() { return std::move(tree_); }

 private:
  struct Anchor {
    const YamlNode* node;
    int64_t values;  // counted with the values its aliases repeat
    int height;
    bool complete;
  };
  struct Frame {
    YamlNode* node;
    std::string anchor;
    int64_t values = 1;
    int height = 1;
    const YamlNode* key = nullptr;  // a mapping's key waiting for its value
    bool drop_value = false;        // the key was a duplicate
    // Key text → key, built only for large mappings; small ones are scanned.
    std::unordered_map<std::string_view, const YamlNode*> index;
  };

  bool Fail(YamlMark at, Message message) {
    problems_->push_back({at, std::move(message)});
    return false;
  }

  YamlMark MarkOf(fy_event* event) {
    if (const fy_mark* m = fy_event_start_mark(event)) last_mark_ = {m->line + 1, m->column + 1};
    return last_mark_;
  }

  YamlNode* NewNode(YamlNode::Kind kind, YamlMark mark) {
    YamlNode& n = tree_->nodes_.emplace_back();
    n.kind_ = kind;
    n.mark_ = mark;
    return &n;
  }

  static std::string AnchorName(fy_token* token) { return std::string(TokenText(token)); }

  bool Add(fy_event* event, int* documents) {
    switch (event->type) {
      case FYET_DOCUMENT_START:
        if (++*documents > 1) {
          YamlMark at = MarkOf(event);
          return Fail(at, Text(event->document_start.document_start ? Msg::kYamlSecondDocument
                                                                    : Msg::kYamlTextAfterEndMarker));
        }
        return true;
      case FYET_SCALAR:
        return AddScalar(event);
      case FYET_ALIAS:
        return AddAlias(event);
      case FYET_SEQUENCE_START:
      case FYET_MAPPING_START: {
        bool is_map = event->type == FYET_MAPPING_START;
        if (static_cast<int>(stack_.size()) >= kMaxYamlDepth)
          return Fail(MarkOf(event), Text(Msg::kYamlNestedTooDeep, kMaxYamlDepth));
        YamlNode* node = NewNode(is_map ? YamlNode::Kind::kMapping : YamlNode::Kind::kSequence, MarkOf(event));
        Frame frame;
        frame.node = node;
        fy_token* anchor = is_map ? event->mapping_start.anchor : event->sequence_start.anchor;
        if (anchor) {
          frame.anchor = AnchorName(anchor);
          anchors_[frame.anchor] = {node, 1, 1, false};
        }
        stack_.push_back(std::move(frame));
        return true;
      }
      case FYET_SEQUENCE_END:
      case FYET_MAPPING_END: {
        MarkOf(event);
        Frame frame = std::move(stack_.back());
        stack_.pop_back();
        if (!frame.anchor.empty()) anchors_[frame.anchor] = {frame.node, frame.values, frame.height, true};
        return Attach(frame.node, frame.values, frame.height);
      }
      default:
        return true;
    }
  }

  bool AddScalar(fy_event* event) {
    const fy_event_scalar_data& s = event->scalar;
    YamlNode* node = NewNode(YamlNode::Kind::kScalar, MarkOf(event));
    node->text_ = std::string(TokenText(s.value));
    switch (fy_token_scalar_style(s.value)) {
      case FYSS_SINGLE_QUOTED:
      case FYSS_DOUBLE_QUOTED:
        node->style_ = YamlNode::Style::kQuoted;
        // libfyaml marks the text after the quote; the value starts at the quote.
        if (node->mark_.column > 1) --node->mark_.column;
        break;
      case FYSS_LITERAL: node->style_ = YamlNode::Style::kLiteral; break;
      case FYSS_FOLDED: node->style_ = YamlNode::Style::kFolded; break;
      default: break;
    }
    // `!!str 012` and `! 012` are text, as if quoted.
    if (s.tag && node->style_ == YamlNode::Style::kPlain) {
      std::string_view tag = fy_token_get_text0(s.tag) ? fy_token_get_text0(s.tag) : "";
      if (tag == "!" || tag == "tag:yaml.org,2002:str") node->style_ = YamlNode::Style::kQuoted;
    }
    if (s.anchor) anchors_[AnchorName(s.anchor)] = {node, 1, 1, true};
    return Attach(node, 1, 1);
  }

  bool AddAlias(fy_event* event) {
    YamlMark at = MarkOf(event);
    if (at.column > 1) --at.column;  // libfyaml marks the name; the alias starts at its `*`
    std::string name = AnchorName(event->alias.anchor);
    auto it = anchors_.find(name);
    if (it == anchors_.end())
      return Fail(at, Text(Msg::kYamlAliasNamesNoAnchor, name));
    const Anchor& anchor = it->second;
    if (!anchor.complete)
      return Fail(at, Text(Msg::kYamlAliasInsideItsValue, name));
    alias_values_ += anchor.values;
    if (alias_values_ > kMaxYamlAliasValues)
      return Fail(at, Text(Msg::kYamlAliasesRepeatTooMuch, kMaxYamlAliasValues));
    if (static_cast<int>(stack_.size()) + anchor.height > kMaxYamlDepth)
      return Fail(at, Text(Msg::kYamlAliasNestsTooDeep, name, kMaxYamlDepth));
    return Attach(anchor.node, anchor.values, anchor.height);
  }

  // Puts a finished value into the collection being read, or makes it the root.
  bool Attach(const YamlNode* node, int64_t values, int height) {
    if (stack_.empty()) {
      tree_->root_ = node;
      return true;
    }
    Frame& top = stack_.back();
    top.values = std::min<int64_t>(top.values + values, int64_t{1} << 40);
    top.height = std::max(top.height, height + 1);
    if (top.node->kind_ == YamlNode::Kind::kSequence) {
      top.node->items_.push_back(node);
      return true;
    }
    if (!top.key) {
      top.key = node;
      top.drop_value = node->IsScalar() && IsDuplicate(&top, *node);
      return true;
    }
    if (!top.drop_value) {
      top.node->pairs_.push_back({top.key, node});
      if (!top.index.empty() && top.key->IsScalar()) top.index.emplace(top.key->text(), top.key);
    }
    top.key = nullptr;
    return true;
  }

  // True (with an error) when the mapping being read has `key` already.
  bool IsDuplicate(Frame* frame, const YamlNode& key) {
    const std::vector<YamlPair>& pairs = frame->node->pairs_;
    if (frame->index.empty() && pairs.size() >= 16)
      for (const YamlPair& p : pairs)
        if (p.key->IsScalar()) frame->index.emplace(p.key->text(), p.key);
    const YamlNode* first = nullptr;
    if (!frame->index.empty()) {
      auto it = frame->index.find(key.text());
      if (it != frame->index.end()) first = it->second;
    } else {
      for (const YamlPair& p : pairs)
        if (p.key->IsScalar() && p.key->text() == key.text()) first = p.key;
    }
    if (!first) return false;
    problems_->push_back({key.mark(), Text(Msg::kYamlDuplicateKey, key.text(), first->mark().line + line_offset_)});
    return true;
  }

  std::string_view text_;
  int line_offset_;
  std::vector<YamlProblem>* problems_;
  std::shared_ptr<YamlTree> tree_;
  std::vector<Frame> stack_;
  std::unordered_map<std::string, Anchor> anchors_;
  int64_t alias_values_ = 0;
  YamlMark last_mark_{1, 1};
};

YamlReadResult ReadYaml(std::string_view text, int line_offset) {
  YamlReadResult result;
  YamlTreeBuilder builder(text, line_offset, &result.problems);
  if (builder.Run()) result.tree = builder.tree();
  return result;
}

}  // namespace klynge
