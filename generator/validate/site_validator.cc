#include "validate/site_validator.h"

#include "base/messages.h"
#include "base/text.h"
#include "validate/file_keys.h"

namespace klynge {

std::optional<Contact> ReadContact(const YamlMap& map, const std::string& key) {
  if (!map.Has(key)) return std::nullopt;
  YamlMap c(map.doc(), map.Get(key), "`" + key + "`", map.diags(), {"email", "phone"});
  if (!c.ok()) return std::nullopt;
  Contact contact;
  contact.email = c.String("email").value_or("");
  contact.phone = c.String("phone").value_or("");
  if (!contact.email.empty() && contact.email.find('@') == std::string::npos)
    c.Error(c.WhereValue("email"), Text(Msg::kEmailMustBeAddress));
  if (contact.email.empty() && contact.phone.empty())
    c.Error(c.Where(), Text(Msg::kContactNeedsEmailOrPhone, key));
  return contact;
}

namespace {

// `order`: a form's http(s) URL, an e-mail address, or both.
std::optional<Order> ReadOrder(const YamlMap& map) {
  if (!map.Has("order")) return std::nullopt;
  YamlMap o(map.doc(), map.Get("order"), "`order`", map.diags(), {"url", "email"});
  if (!o.ok()) return std::nullopt;
  Order order;
  order.url = o.String("url").value_or("");
  order.email = o.String("email").value_or("");
  bool url_ok = (order.url.starts_with("https://") || order.url.starts_with("http://")) &&
                order.url.find("://") + 3 < order.url.size() &&
                order.url.find_first_of(" \t\"<>") == std::string::npos;
  if (!order.url.empty() && !url_ok) {
    o.Error(o.WhereValue("url"), Text(Msg::kOrderUrlMustBeAbsolute, order.url));
    order.url.clear();
  }
  if (!order.email.empty() && (order.email.find('@') == std::string::npos ||
                               order.email.find_first_of(" \t\"<>?&") != std::string::npos)) {
    o.Error(o.WhereValue("email"), Text(Msg::kEmailMustBeAddress));
    order.email.clear();
  }
  if (!o.Has("url") && !o.Has("email")) o.Error(o.Where(), Text(Msg::kOrderNeedsUrlOrEmail));
  if (order.url.empty() && order.email.empty()) return std::nullopt;
  return order;
}

}  // namespace

Language MessageLanguage(const ContentTree& tree) {
  if (!tree.site || !tree.site->ok || !tree.site->root->IsMapping()) return Language::kDanish;
  const YamlNode* language = tree.site->root->Find("language");
  return language && language->IsScalar() ? LanguageFromCode(language->text()) : Language::kDanish;
}

std::optional<Site> ValidateSite(const YamlDocument& doc, Diagnostics* diags) {
  if (!doc.ok) return std::nullopt;
  int errors = diags->error_count();
  YamlMap map(doc, doc.root, "site.yaml", diags, file_keys::kSite);
  if (!map.ok()) return std::nullopt;
  Site site;
  site.title = map.String("title", Need::kRequired).value_or("");
  site.organisation = map.String("organisation", Need::kRequired).value_or("");
  site.language = map.Choice("language", {"da", "en"}).value_or("da");
  if (std::optional<std::string> url = map.String("base_url", Need::kRequired)) {
    bool absolute = (url->starts_with("https://") || url->starts_with("http://")) &&
                    url->find("://") + 3 < url->size() && url->find_first_of(" \t\"<>") == std::string::npos;
    if (!absolute) {
      map.Error(map.WhereValue("base_url"), Text(Msg::kBaseUrlMustBeAbsolute, *url));
    } else {
      site.base_url = *url;
      if (site.base_url.back() != '/') site.base_url += '/';
    }
  }
  site.contact = ReadContact(map, "contact");
  if (std::optional<std::vector<std::string>> topics = map.StringList("topics")) {
    for (size_t i = 0; i < topics->size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if ((*topics)[i] == (*topics)[j])
          map.Error(map.WhereValue("topics"), Text(Msg::kTopicListedTwice, (*topics)[i]));
    site.topics = *topics;
  }
  site.source_note = map.String("source_note").value_or("");
  site.order = ReadOrder(map);
  if (diags->error_count() > errors) return std::nullopt;
  return site;
}

}  // namespace klynge
