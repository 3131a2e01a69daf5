#include "render/html/html_templates.h"

namespace klynge {

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
