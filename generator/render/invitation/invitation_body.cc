#include "render/invitation/invitation_body.h"

#include <cmark-gfm.h>

#include <cstdlib>

#include "markdown/parsed_markdown.h"
#include "render/html/markdown_html.h"
#include "render/markup_escape.h"

namespace klynge {

namespace {

constexpr size_t kWidth = 72;

size_t Chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// `text` broken at spaces into lines of at most `width` characters (a longer
// word stands alone); lines after the first start with `indent`.
std::string Wrap(const std::string& text, size_t width, const std::string& indent) {
  std::string out, line;
  size_t start = 0;
  while (start < text.size()) {
    size_t space = text.find(' ', start);
    std::string word = text.substr(start, space == std::string::npos ? std::string::npos : space - start);
    start = space == std::string::npos ? text.size() : space + 1;
    if (word.empty()) continue;
    size_t prefix = out.empty() ? 0 : Chars(indent);
    if (!line.empty() && prefix + Chars(line) + 1 + Chars(word) > width) {
      out += (out.empty() ? "" : indent) + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += (out.empty() ? "" : indent) + line + "\n";
  return out;
}

std::string Pad(const std::string& s, size_t width) {
  size_t n = Chars(s);
  return s + std::string(n < width ? width - n : 0, ' ');
}

std::string Underlined(const std::string& heading) {
  return heading + "\n" + std::string(Chars(heading), '-') + "\n";
}

// Markdown as plain text: links keep their text and get their absolute
// address after it; what may not be published keeps only its text.
std::string PlainMarkdown(const InvitationMarkdown& md, size_t width, const std::string& indent) {
  if (md.text.empty()) return "";
  ParsedMarkdown doc(md.text);
  std::vector<cmark_node*> links;
  ForEachNode(doc.root(), [&](cmark_node* n) {
    cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) links.push_back(n);
  });
  for (cmark_node* link : links) {
    const char* url = cmark_node_get_url(link);
    std::optional<std::string> absolute = RewriteContentUrl(url ? url : "", md.links);
    std::string text = PlainText(link);
    std::string written = absolute && *absolute != text ? text + " <" + *absolute + ">" : text;
    cmark_node* replacement = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(replacement, written.c_str());
    cmark_node_insert_before(link, replacement);
    doc.Discard(link);
  }
  char* rendered = cmark_render_plaintext(doc.root(), CMARK_OPT_DEFAULT, static_cast<int>(width));
  std::string text = rendered;
  std::free(rendered);
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    out += (line.empty() ? "" : indent) + line + "\n";
    start = end + 1;
  }
  return out;
}

std::string Html(const InvitationMarkdown& md, int top_level) {
  AnchorIds ids;
  return RenderMarkdown(md.text, md.links, &ids, top_level).html;
}

std::string Esc(const std::string& s) { return EscapeMarkup(s); }

bool HasMaterials(const Invitation& inv) { return !inv.materials.empty() || !inv.package_url.empty(); }

}  // namespace

std::string InvitationText(const Invitation& inv) {
  std::string t;
  t += inv.greeting + "\n\n";
  t += Wrap(inv.intro, kWidth, "") + "\n";
  size_t label_width = 0;
  for (const auto& [label, value] : inv.facts) label_width = std::max(label_width, Chars(label) + 2);
  for (const auto& [label, value] : inv.facts)
    t += Pad(label + ":", label_width) + Wrap(value, kWidth - label_width, std::string(label_width, ' '));

  if (!inv.program.empty()) {
    t += "\n" + Underlined(inv.program_heading);
    size_t time_width = 0;
    for (const InvitationProgramLine& line : inv.program) time_width = std::max(time_width, Chars(line.time) + 2);
    for (const InvitationProgramLine& line : inv.program)
      t += Pad(line.time, time_width) + Wrap(line.title, kWidth - time_width, std::string(time_width, ' '));
  }

  if (inv.HasPreparation()) {
    t += "\n" + Underlined(inv.prepare_heading);
    if (!inv.question.empty()) t += Wrap(inv.question_label + ": " + inv.question, kWidth, "") + "\n";
    for (const InvitationTask& task : inv.tasks) {
      t += Wrap("* " + task.title + (task.by.empty() ? "" : " (" + task.by + ")"), kWidth, "  ");
      t += PlainMarkdown(task.text, kWidth - 2, "  ");
      for (const std::string& item : task.checklist) t += "  [ ] " + Wrap(item, kWidth - 6, "      ");
      t += "\n";
    }
    if (!inv.note.text.empty()) t += PlainMarkdown(inv.note, kWidth, "") + "\n";
  }

  if (HasMaterials(inv)) {
    t += Underlined(inv.materials_heading);
    for (const InvitationLink& link : inv.materials) {
      t += Wrap("* " + link.kind + ": " + link.title, kWidth, "  ");
      if (!link.url.empty()) t += "  " + link.url + "\n";
    }
    if (!inv.package_url.empty()) t += inv.package_link_label + ": " + inv.package_url + "\n";
    t += "\n";
  }

  t += Underlined(inv.attached_heading);
  for (const InvitationFile& f : inv.attachments) t += Wrap("* " + f.title + " (" + f.file + ")", kWidth, "  ");
  t += "\n" + inv.regards + "\n";
  for (const std::string& line : inv.signature) t += line + "\n";
  return t;
}

std::string InvitationHtml(const Invitation& inv) {
  const std::string h2 = "<h2 style=\"font-size:1.15em;color:#072a52;margin:1.4em 0 .4em\">";
  const std::string cell = "padding:3px 14px 3px 0;vertical-align:top;text-align:left";
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"" + inv.language_code + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<title>" + Esc(inv.subject) + "</title>\n</head>\n";
  h += "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1b1f24;"
       "max-width:40em\">\n";
  h += "<h1 style=\"font-size:1.4em;color:#072a52;margin:0 0 .6em\">" + Esc(inv.heading) + ": " +
       Esc(inv.package_title) + "</h1>\n";
  h += "<p>" + Esc(inv.greeting) + "</p>\n<p>" + Esc(inv.intro) + "</p>\n";
  h += "<table style=\"border-collapse:collapse\">\n";
  for (const auto& [label, value] : inv.facts)
    h += "<tr><th scope=\"row\" style=\"" + cell + "\">" + Esc(label) + "</th><td style=\"" + cell + "\">" +
         Esc(value) + "</td></tr>\n";
  h += "</table>\n";

  if (!inv.program.empty()) {
    h += h2 + Esc(inv.program_heading) + "</h2>\n<table style=\"border-collapse:collapse\">\n";
    for (const InvitationProgramLine& line : inv.program) {
      std::string title = line.is_break ? "<em>" + Esc(line.title) + "</em>" : Esc(line.title);
      h += "<tr><td style=\"" + cell + ";white-space:nowrap\">" + Esc(line.time) + "</td><td style=\"" + cell +
           "\">" + title + "</td></tr>\n";
    }
    h += "</table>\n";
  }

  if (inv.HasPreparation()) {
    h += h2 + Esc(inv.prepare_heading) + "</h2>\n";
    if (!inv.question.empty())
      h += "<p><strong>" + Esc(inv.question_label) + ":</strong> " + Esc(inv.question) + "</p>\n";
    for (const InvitationTask& task : inv.tasks) {
      h += "<h3 style=\"font-size:1em;margin:1em 0 .2em\">" + Esc(task.title) + "</h3>\n";
      if (!task.by.empty()) h += "<p style=\"margin:0;color:#4a5563\">" + Esc(task.by) + "</p>\n";
      h += Html(task.text, 4);
      if (!task.checklist.empty()) {
        h += "<ul>\n";
        for (const std::string& item : task.checklist) h += "<li>" + Esc(item) + "</li>\n";
        h += "</ul>\n";
      }
    }
    if (!inv.note.text.empty())
      h += "<div style=\"border-left:3px solid #0b3a6f;padding:.1em 0 .1em .8em;margin:1em 0\">\n" +
           Html(inv.note, 3) + "</div>\n";
  }

  if (HasMaterials(inv)) {
    h += h2 + Esc(inv.materials_heading) + "</h2>\n";
    if (!inv.materials.empty()) {
      h += "<ul>\n";
      for (const InvitationLink& link : inv.materials) {
        std::string title = link.url.empty() ? Esc(link.title)
                                             : "<a href=\"" + Esc(link.url) + "\">" + Esc(link.title) + "</a>";
        h += "<li>" + Esc(link.kind) + ": " + title + "</li>\n";
      }
      h += "</ul>\n";
    }
    if (!inv.package_url.empty())
      h += "<p>" + Esc(inv.package_link_label) + ": <a href=\"" + Esc(inv.package_url) + "\">" +
           Esc(inv.package_url) + "</a></p>\n";
  }

  h += h2 + Esc(inv.attached_heading) + "</h2>\n<ul>\n";
  for (const InvitationFile& f : inv.attachments) h += "<li>" + Esc(f.title) + " (" + Esc(f.file) + ")</li>\n";
  h += "</ul>\n<p>" + Esc(inv.regards);
  for (const std::string& line : inv.signature) h += "<br>\n" + Esc(line);
  h += "</p>\n</body>\n</html>\n";
  return h;
}

}  // namespace klynge
