#include "validate/site_validator.h"

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
    c.Error(c.WhereValue("email"), "`email` must be an e-mail address such as klynger@example.dk");
  if (contact.email.empty() && contact.phone.empty())
    c.Error(c.Where(), "`" + key + "` needs an `email` or a `phone`");
  return contact;
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
      map.Error(map.WhereValue("base_url"),
                "`base_url` must be an absolute http(s) URL such as https://klyngepakker.example.dk/, found \"" + *url + "\"");
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
          map.Error(map.WhereValue("topics"), "topic \"" + (*topics)[i] + "\" is listed twice in `topics`");
    site.topics = *topics;
  }
  site.source_note = map.String("source_note").value_or("");
  if (diags->error_count() > errors) return std::nullopt;
  return site;
}

}  // namespace klynge
