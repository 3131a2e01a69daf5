#include "render/html/html_templates.h"

#include <memory>
#include <utility>

#include "base/content_hash.h"

namespace klynge {

namespace {

// What a parse depends on: the folder (for messages) and every template's name and text.
uint64_t TemplatesKey(const Theme& theme) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  auto add = [state](const std::string& s) {
    uint64_t size = s.size();
    XXH3_64bits_update(state, &size, sizeof size);
    XXH3_64bits_update(state, s.data(), s.size());
  };
  add(theme.dir);
  for (const auto& [name, text] : theme.templates) {
    add(name);
    add(text);
  }
  uint64_t key = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return key;
}

}  // namespace

// Per thread, because kainjow's render() is not const (it keeps an error
// message), so one parse cannot be shared between threads. Keyed by content,
// not by the Theme's address: serve loads a changed theme into the same place.
HtmlTemplates& TemplatesFor(const Theme& theme) {
  thread_local std::pair<uint64_t, std::unique_ptr<HtmlTemplates>> kept;
  uint64_t key = TemplatesKey(theme);
  if (!kept.second || kept.first != key) kept = {key, std::make_unique<HtmlTemplates>(theme)};
  return *kept.second;
}

HtmlTemplates::HtmlTemplates(const Theme& theme) : dir_(theme.dir) {
  for (const auto& [name, text] : theme.templates) parsed_.emplace(name, text);
}

Status HtmlTemplates::Check() const {
  for (const char* name : kPageTemplates) {
    auto it = parsed_.find(name);
    if (it == parsed_.end())
      return Status::Error(dir_ + "/templates/" + name + ".mustache: the theme lacks this template");
    if (!it->second.is_valid())
      return Status::Error(dir_ + "/templates/" + name + ".mustache: " + it->second.error_message());
  }
  return Status::Ok();
}

std::string HtmlTemplates::Render(const std::string& name, const TemplateData& data) {
  auto it = parsed_.find(name);
  if (it == parsed_.end()) return "";
  return it->second.render(data);
}

std::string HtmlTemplates::Render(const std::string& name, const TemplateData& shared,
                                  const TemplateData& data) {
  auto it = parsed_.find(name);
  if (it == parsed_.end()) return "";
  kainjow::mustache::context<std::string> stack(&shared);
  stack.push(&data);
  return it->second.render(stack);
}

TemplateData NewObject() { return TemplateData(TemplateData::type::object); }

TemplateData NewList() { return TemplateData(TemplateData::type::list); }

void SetOptional(TemplateData* data, const std::string& key, const std::string& value) {
  if (value.empty()) {
    data->set(key, false);
  } else {
    data->set(key, value);
  }
}

// The containers hand out only const access; the values in them are ours
// (not const objects), so writing through const_cast is defined.
void SetMoved(TemplateData* object, const std::string& key, TemplateData&& value) {
  object->set(key, TemplateData(false));
  if (const TemplateData* slot = object->get(key)) *const_cast<TemplateData*>(slot) = std::move(value);
}

void AppendMoved(TemplateData* list, TemplateData&& value) {
  if (!list->is_list()) return;
  list->push_back(TemplateData(false));
  const_cast<kainjow::mustache::basic_list<std::string>&>(list->list_value()).back() = std::move(value);
}

TemplateData LinkData(const std::string& title, const std::string& url) {
  TemplateData link = NewObject();
  link.set("title", title);
  link.set("url", url);
  return link;
}

}  // namespace klynge
