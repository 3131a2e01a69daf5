#include "render/html/template_names.h"

namespace klynge {

namespace {

// Mustache's lookup: innermost context first; "a.b" walks into objects.
const TemplateData* Resolve(const std::vector<const TemplateData*>& stack, const std::string& name) {
  if (name == ".") return stack.back();
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    const TemplateData* var = *it;
    for (const std::string& part : parts) {
      var = var->is_object() ? var->get(part) : nullptr;
      if (!var) break;
    }
    if (var) return var;
  }
  return nullptr;
}

}  // namespace

TemplateNameCheck::TemplateNameCheck(std::string text) : text_(std::move(text)) {
  std::string error;
  size_t at = 0;
  ok_ = ScanTemplateTags(text_, &tags_, &error, &at);
  if (!ok_) problems_.insert({at, error});
}

void TemplateNameCheck::Check(const TemplateData& shared, const TemplateData& data) {
  if (!ok_) return;
  std::vector<const TemplateData*> stack = {&shared, &data};
  Walk(0, tags_.size(), &stack);
}

void TemplateNameCheck::Check(const TemplateData& data) {
  if (!ok_) return;
  std::vector<const TemplateData*> stack = {&data};
  Walk(0, tags_.size(), &stack);
}

std::vector<TemplateProblem> TemplateNameCheck::Problems(bool unentered) const {
  std::set<TemplateProblem> out = problems_;
  if (unentered)
    for (size_t i = 0; i < tags_.size(); ++i)
      if (tags_[i].kind == TagKind::kSection && !entered_.count(i))
        out.insert({tags_[i].begin, "the full model never enters {{#" + tags_[i].name +
                                        "}}; its contents are unchecked"});
  return {out.begin(), out.end()};
}

size_t TemplateNameCheck::MatchingClose(size_t open) const {
  int depth = 0;
  for (size_t i = open + 1; i < tags_.size(); ++i) {
    if (tags_[i].kind == TagKind::kSection || tags_[i].kind == TagKind::kInverted) ++depth;
    if (tags_[i].kind == TagKind::kClose) {
      if (depth == 0) return i;
      --depth;
    }
  }
  return tags_.size();
}

void TemplateNameCheck::Walk(size_t begin, size_t end, std::vector<const TemplateData*>* stack) {
  for (size_t i = begin; i < end; ++i) {
    const TemplateTag& tag = tags_[i];
    switch (tag.kind) {
      case TagKind::kVariable:
      case TagKind::kUnescaped: {
        const TemplateData* var = Resolve(*stack, tag.name);
        if (!var) {
          problems_.insert({tag.begin, "{{" + tag.name + "}} is not supplied"});
        } else if (var->is_object() || var->is_list()) {
          problems_.insert({tag.begin, "{{" + tag.name + "}} is a section, not text"});
        }
        break;
      }
      case TagKind::kSection:
      case TagKind::kInverted: {
        size_t close = MatchingClose(i);
        const TemplateData* var = Resolve(*stack, tag.name);
        if (!var) {
          problems_.insert({tag.begin, "section " + tag.name + " is not supplied"});
        } else if (tag.kind == TagKind::kInverted) {
          Walk(i + 1, close, stack);
        } else if (var->is_non_empty_list()) {
          entered_.insert(i);
          for (const TemplateData& item : var->list_value()) {
            stack->push_back(&item);
            Walk(i + 1, close, stack);
            stack->pop_back();
          }
        } else if (!var->is_false() && !var->is_empty_list()) {
          entered_.insert(i);
          stack->push_back(var);
          Walk(i + 1, close, stack);
          stack->pop_back();
        }
        i = close;
        break;
      }
      case TagKind::kPartial:
        problems_.insert({tag.begin, "partial {{> " + tag.name + "}} was not inlined"});
        break;
      default:
        break;
    }
  }
}

}  // namespace klynge
