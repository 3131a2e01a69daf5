#include "render/invitation/invitation.h"

#include <algorithm>

#include "base/text.h"
#include "render/html/site_paths.h"

namespace klynge {

namespace {

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s->find(from, pos)) != std::string::npos; pos += to.size())
    s->replace(pos, from.size(), to);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  // The upper-case Danish letters, two bytes each in UTF-8.
  ReplaceAll(&out, "Æ", "æ");
  ReplaceAll(&out, "Ø", "ø");
  ReplaceAll(&out, "Å", "å");
  return out;
}

std::string Fill(std::string text, const std::string& cluster, const std::string& package) {
  ReplaceAll(&text, "{cluster}", cluster);
  ReplaceAll(&text, "{package}", package);
  return text;
}

// The program's blocks with the clock times of this meeting.
std::vector<InvitationProgramLine> ProgramLines(const Program& program, const Meeting& meeting, Language lang) {
  std::vector<InvitationProgramLine> lines;
  int offset = 0;
  for (const ProgramBlock& block : program.blocks) {
    int minutes = block.Minutes();
    InvitationProgramLine line;
    line.title = block.title;
    line.is_break = block.is_break;
    if (meeting.start_minutes) {
      auto at = [&](int m) { return FormatClock((*meeting.start_minutes + m) % (24 * 60)); };
      line.time = at(offset);
      if (minutes > 0) line.time += "–" + at(offset + minutes);
    } else if (minutes > 0) {
      line.time = FormatDuration(minutes, lang);
    }
    offset += minutes;
    lines.push_back(std::move(line));
  }
  return lines;
}

// "torsdag 12. marts 2026 kl. 16:00–18:30".
std::string When(const Meeting& meeting, int minutes, const Theme& theme, Language lang) {
  std::string when = FormatDayAndDate(meeting.date, lang);
  if (!meeting.start_minutes) return when;
  when += " " + PrintUi(theme, "edition_at") + " " + FormatClock(*meeting.start_minutes);
  if (minutes > 0) when += "–" + FormatClock((*meeting.start_minutes + minutes) % (24 * 60));
  return when;
}

std::string MaterialUrl(const Material& material, const LinkBase& links) {
  if (material.url.empty()) return "";
  return RewriteContentUrl(material.url, links).value_or("");
}

}  // namespace

bool IsForParticipants(const std::string& who) {
  static const char* const kRoles[] = {"deltagerne",         "alle deltagere", "mødedeltagerne",
                                       "klyngens medlemmer", "alle",           "participants",
                                       "all participants",   "everyone"};
  std::string role = Lower(Trim(who));
  return std::any_of(std::begin(kRoles), std::end(kRoles), [&](const char* r) { return role == r; });
}

Invitation MakeInvitation(const ClusterEdition& cluster, const Package& package, const Site& site,
                          const Theme& theme, const std::set<std::string>* published) {
  auto ui = [&](const char* key) { return PrintUi(theme, key); };
  const Meeting& meeting = cluster.meeting;
  Invitation inv;
  inv.lang = LanguageFromCode(site.language);
  inv.language_code = inv.lang == Language::kEnglish ? "en" : "da";
  inv.meeting_date = meeting.date;
  inv.heading = ui("invitation_subject");
  inv.subject = inv.heading + ": " + package.title + " " + FormatDate(meeting.date, inv.lang);
  inv.package_title = package.title;
  inv.greeting = ui("invitation_greeting");
  inv.intro = Fill(ui("invitation_intro"), cluster.name, package.title);

  int minutes = package.program ? package.program->TotalMinutes() : package.duration_minutes;
  inv.facts.emplace_back(ui("invitation_when"), When(meeting, minutes, theme, inv.lang));
  if (!meeting.place.empty()) inv.facts.emplace_back(ui("invitation_place"), meeting.place);
  if (meeting.rsvp_by) inv.facts.emplace_back(ui("invitation_rsvp"), FormatDayAndDate(*meeting.rsvp_by, inv.lang));

  inv.program_heading = ui("invitation_program");
  if (package.program) inv.program = ProgramLines(*package.program, meeting, inv.lang);

  LinkBase package_links{"packages/" + package.slug + "/", "", published, site.base_url};
  inv.prepare_heading = ui("invitation_prepare");
  inv.question_label = ui("invitation_question");
  inv.question = package.question;
  if (package.drejebog) {
    for (const Task& task : package.drejebog->before) {
      if (!IsForParticipants(task.who)) continue;
      InvitationTask t;
      t.title = task.title;
      if (task.when) t.by = ui("invitation_by") + " " + FormatDayAndDate(task.when->From(meeting.date), inv.lang);
      t.text = {task.text, package_links};
      t.checklist = task.checklist;
      inv.tasks.push_back(std::move(t));
    }
  }
  inv.note = {meeting.note, LinkBase{"clusters/" + cluster.slug + "/", "", published, site.base_url}};

  inv.materials_heading = ui("invitation_materials");
  for (const Material& material : package.materials) {
    if (material.kind != "podcast" && material.kind != "video") continue;
    inv.materials.push_back(
        {ui(("material_" + material.kind).c_str()), material.title, MaterialUrl(material, package_links)});
  }
  inv.package_link_label = ui("invitation_package_page");
  if (!published || published->count(package.slug))
    inv.package_url = AbsoluteUrl(site.base_url, PackageDir(package.slug));

  inv.attached_heading = ui("invitation_attached");
  inv.attachments.push_back({"klyngepakke.pdf", ui("print_package") + ": " + package.title});
  if (package.praksisark) inv.attachments.push_back({"praksisark.pdf", package.praksisark->title});

  inv.regards = ui("invitation_regards");
  if (!cluster.coordinator.empty()) inv.signature.push_back(cluster.coordinator);
  inv.signature.push_back(cluster.name);
  return inv;
}

}  // namespace klynge
