#include "render/pdf/print_context.h"

namespace klynge {

namespace {

pdf::Color ToColor(RgbColor c) { return pdf::Color{c.r / 255.0f, c.g / 255.0f, c.b / 255.0f}; }

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = s->find(from, at)) != std::string::npos; at += to.size()) s->replace(at, from.size(), to);
}

}  // namespace

PrintStyle::PrintStyle(const PrintTheme& theme)
    : fonts{theme.font_regular, theme.font_bold,     theme.font_italic,
            theme.font_bold_italic, theme.font_fallback, theme.hyphenation.patterns},
      accent(ToColor(theme.accent)),
      accent_dark(ToColor(theme.accent_dark)),
      link(ToColor(theme.link)),
      text(ToColor(theme.text)),
      muted(ToColor(theme.muted)),
      rule(ToColor(theme.rule)),
      tint(ToColor(theme.tint)),
      break_fill(ToColor(theme.break_fill)) {
  markdown.size = body;
  markdown.text = text;
  markdown.heading = accent_dark;
  markdown.link = link;
  markdown.muted = muted;
  markdown.rule = rule;
  markdown.shade = tint;
  markdown.table_header_fill = accent;
  markdown.table_header_text = white;
  const float headings[6] = {17, 13.5f, 11.5f, 10.5f, 10, 10};
  for (int i = 0; i < 6; ++i) markdown.heading_sizes[i] = headings[i];
}

PrintContext::PrintContext(const Site& site, const Package& package, const Theme& theme, SlugSet published)
    : site(site),
      package(package),
      theme(theme),
      lang(LanguageFromCode(site.language)),
      style(theme.print),
      published_slugs(std::move(published)) {
  style.markdown.typography = TypographyFor(site.language, theme.strings);
}

std::string PrintUi(const Theme& theme, const std::string& key) {
  auto own = theme.print.strings.find(key);
  if (own != theme.print.strings.end()) return own->second;
  auto it = theme.strings.find(key);
  return it == theme.strings.end() ? key : it->second;
}

std::string PrintContext::Ui(const std::string& key) const { return PrintUi(theme, key); }

std::string PrintContext::PageOf(int page, int pages) const {
  std::string text = Ui("print_page_of");
  ReplaceAll(&text, "{page}", std::to_string(page));
  ReplaceAll(&text, "{pages}", std::to_string(pages));
  return text;
}

const std::vector<std::string>& PrintUiKeys() {
  static const std::vector<std::string> keys = {
      "print_page_of", "print_package", "print_practice_sheet", "print_when", "print_task",
      "print_clinic", "print_date", "print_notes", "print_indicator_data", "print_survey_data", "print_plan_hint",
      "follow_up_package", "provider", "price", "duration", "order_before", "contact", "links",
      "revised", "facts", "phone_short", "indicators", "indicator_unit", "better_lower",
      "better_higher", "materials", "material_slides", "material_video", "material_podcast",
      "material_handout", "material_questionnaire", "material_other", "agenda_clock",
      "agenda_minutes", "agenda_content", "agenda_slides", "agenda_total", "seating_mixed",
      "seating_practice", "drejebog_title", "drejebog_lead", "drejebog_link", "drejebog_audience", "phase_before",
      "phase_during", "phase_after", "responsible", "checklist"};
  return keys;
}

}  // namespace klynge
