// kainjow mustache renders a name it cannot find as an empty string, without a
// word. These tests resolve every tag of every template against the data the
// page builders supply for a catalog that uses every feature, the way mustache
// looks names up (innermost section first), and fail on any name that is not
// supplied and on any section the data never enters.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "load/template_tags.h"
#include "render/html/site_context.h"
#include "render/html/site_renderer.h"
#include "support/site_catalog.h"

namespace klynge {
namespace {

class TemplateNameCheck {
 public:
  TemplateNameCheck(std::string name, const std::string& text) : name_(std::move(name)), text_(text) {
    std::string error;
    size_t at = 0;
    ok_ = ScanTemplateTags(text_, &tags_, &error, &at);
    if (!ok_) problems_.insert(name_ + ":" + LineColumn(text_, at) + ": " + error);
  }

  // Resolves every tag against `data` (a page's data).
  // Looks names up in `data`, then in `shared`, as the renderer does.
  void Check(const TemplateData& shared, const TemplateData& data) {
    if (!ok_) return;
    std::vector<const TemplateData*> stack = {&shared, &data};
    Walk(0, tags_.size(), &stack);
  }

  void Check(const TemplateData& data) {
    if (!ok_) return;
    std::vector<const TemplateData*> stack = {&data};
    Walk(0, tags_.size(), &stack);
  }

  // Problems found, plus sections no data ever entered.
  std::set<std::string> Problems() const {
    std::set<std::string> out = problems_;
    for (size_t i = 0; i < tags_.size(); ++i)
      if (tags_[i].kind == TagKind::kSection && !entered_.count(i))
        out.insert(Where(i) + ": the full model never enters {{#" + tags_[i].name +
                   "}}; its contents are unchecked");
    return out;
  }

 private:
  std::string Where(size_t i) const { return name_ + ":" + LineColumn(text_, tags_[i].begin); }

  size_t MatchingClose(size_t open) const {
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

  // Mustache's lookup: innermost context first; "a.b" walks into objects.
  static const TemplateData* Resolve(const std::vector<const TemplateData*>& stack,
                                     const std::string& name) {
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

  void Walk(size_t begin, size_t end, std::vector<const TemplateData*>* stack) {
    for (size_t i = begin; i < end; ++i) {
      const TemplateTag& tag = tags_[i];
      switch (tag.kind) {
        case TagKind::kVariable:
        case TagKind::kUnescaped: {
          const TemplateData* var = Resolve(*stack, tag.name);
          if (!var) {
            problems_.insert(Where(i) + ": {{" + tag.name + "}} is not supplied");
          } else if (var->is_object() || var->is_list()) {
            problems_.insert(Where(i) + ": {{" + tag.name + "}} is a section, not text");
          }
          break;
        }
        case TagKind::kSection:
        case TagKind::kInverted: {
          size_t close = MatchingClose(i);
          const TemplateData* var = Resolve(*stack, tag.name);
          if (!var) {
            problems_.insert(Where(i) + ": section " + tag.name + " is not supplied");
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
          problems_.insert(Where(i) + ": partial {{> " + tag.name + "}} was not inlined");
          break;
        default:
          break;
      }
    }
  }

  std::string name_;
  std::string text_;
  bool ok_ = false;
  std::vector<TemplateTag> tags_;
  std::set<size_t> entered_;
  std::set<std::string> problems_;
};

class ThemeTemplateTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }
};

TEST_P(ThemeTemplateTest, EveryTemplateNameIsSuppliedByThePageBuilders) {
  Catalog catalog = testing::FullCatalog();
  catalog.site.language = GetParam();
  Theme theme = testing::SourceTheme(GetParam());
  PackageDocuments documents = testing::FullDocuments();
  SiteContext ctx(catalog, theme, documents);
  std::map<std::string, TemplateNameCheck> checks;
  for (const auto& [name, text] : theme.templates) checks.try_emplace(name, name, text);
  std::vector<Page> pages = BuildPages(ctx);
  std::set<std::string> used = {"layout"};
  for (Page& page : pages) {
    AddCommonData(ctx, &page);
    page.data.set("content_html", "<p>x</p>");
    ASSERT_TRUE(checks.count(page.template_name)) << "no template " << page.template_name;
    checks.at(page.template_name).Check(ctx.shared, page.data);
    checks.at("layout").Check(ctx.shared, page.data);
    used.insert(page.template_name);
  }
  std::set<std::string> problems;
  for (const auto& [name, check] : checks) {
    EXPECT_TRUE(used.count(name)) << "templates/" << name << ".mustache is never rendered";
    for (const std::string& p : check.Problems()) problems.insert(p);
  }
  std::string all;
  for (const std::string& p : problems) all += p + "\n";
  EXPECT_TRUE(problems.empty()) << all;
}

INSTANTIATE_TEST_SUITE_P(Languages, ThemeTemplateTest, ::testing::Values("da", "en"));

TEST(TemplateNameCheckTest, CatchesAMisspelledNameAndASectionNeverEntered) {
  TemplateData data = NewObject();
  data.set("title", "x");
  data.set("follows", false);
  TemplateData items = NewList();
  TemplateData item = NewObject();
  item.set("url", "a.html");
  items << item;
  data.set("items", items);
  TemplateNameCheck check("page", "{{titel}}{{#items}}{{url}}{{title}}{{nope}}{{/items}}{{#follows}}{{x}}{{/follows}}");
  check.Check(data);
  std::set<std::string> problems = check.Problems();
  EXPECT_TRUE(problems.count("page:1:1: {{titel}} is not supplied"));
  EXPECT_TRUE(problems.count("page:1:36: {{nope}} is not supplied"));
  EXPECT_TRUE(problems.count("page:1:54: the full model never enters {{#follows}}; its contents are unchecked"));
  EXPECT_EQ(problems.size(), 3u) << ::testing::PrintToString(problems);
}

TEST(ThemeStringsTest, BothLanguagesHaveTheSameKeysAndEveryKeyTheCodeAsksFor) {
  Theme da = testing::SourceTheme("da"), en = testing::SourceTheme("en");
  for (const auto& [key, value] : da.strings) {
    EXPECT_TRUE(en.strings.count(key)) << "en.yaml lacks " << key;
    EXPECT_FALSE(value.empty()) << "da.yaml: " << key;
  }
  for (const auto& [key, value] : en.strings) EXPECT_TRUE(da.strings.count(key)) << "da.yaml lacks " << key;
  for (const std::string& key : UiKeysUsedByCode()) {
    EXPECT_TRUE(da.strings.count(key)) << "da.yaml lacks " << key;
    EXPECT_TRUE(en.strings.count(key)) << "en.yaml lacks " << key;
  }
  for (const char* kind : {"slides", "video", "podcast", "handout", "questionnaire", "other"})
    EXPECT_TRUE(da.strings.count(std::string("material_") + kind)) << kind;
}

}  // namespace
}  // namespace klynge
