#pragma once
// The invitation a cluster's coordinator sends to the meeting's participants
// (seeds 003 and 004: "sender invitationen … og vedhæfter klyngepakken som pdf
// og sender link til podcast"): every word of it, made once from the cluster
// and its package, so that the e-mail and the letter say the same.
//
// It goes to every participant, so it holds nothing of the clinics: no names,
// no ydernumre, no figures. Only the meeting, the package and the coordinator.

#include <string>
#include <utility>
#include <vector>

#include "model/catalog.h"
#include "model/theme.h"
#include "render/format.h"
#include "render/link_url.h"
#include "render/pdf/print_context.h"

namespace klynge {

// Markdown from content with where its links are resolved from; links into
// the site come out absolute, since the invitation is read in a mail program.
struct InvitationMarkdown {
  MarkdownText text;
  LinkBase links;
};

struct InvitationProgramLine {
  std::string time;  // "16:05–16:40", "16:00" (a block without minutes), or "35 min." without a start time
  std::string title;
  bool is_break = false;
};

// A drejebog task the participants do before the meeting.
struct InvitationTask {
  std::string title;
  std::string by;  // "senest torsdag 5. marts 2026", or ""
  InvitationMarkdown text;
  std::vector<std::string> checklist;
};

struct InvitationLink {
  std::string kind;  // "Podcast", "Video"
  std::string title;
  std::string url;   // absolute, or "" when the package names the material without an address
};

struct InvitationFile {
  std::string file;   // the file name in the pack and in the e-mail: "klyngepakke.pdf"
  std::string title;  // "Klyngepakke"
};

struct Invitation {
  Language lang = Language::kDanish;
  std::string language_code;  // "da", for the HTML part
  Date meeting_date;
  std::string subject;        // "Invitation til klyngemøde: Smertebehandling 12. marts 2026"
  std::string heading;        // the letter's title: "Invitation til klyngemøde"
  std::string package_title;
  std::string greeting;       // "Kære kolleger"
  std::string intro;          // one sentence: whose meeting, about what
  std::vector<std::pair<std::string, std::string>> facts;  // (label, value): when, where, register by

  std::string program_heading;
  std::vector<InvitationProgramLine> program;

  std::string prepare_heading;
  std::string question_label;  // "Mødets spørgsmål"
  std::string question;        // the package's `question`, or ""
  std::vector<InvitationTask> tasks;
  InvitationMarkdown note;     // meeting.note

  std::string materials_heading;
  std::vector<InvitationLink> materials;  // podcasts and videos
  std::string package_link_label;
  std::string package_url;  // the package's public page, or "" for a draft

  std::string attached_heading;
  std::vector<InvitationFile> attachments;

  std::string regards;                 // "Venlig hilsen"
  std::vector<std::string> signature;  // the coordinator, the cluster

  bool HasPreparation() const { return !question.empty() || !tasks.empty() || !note.text.empty(); }
};

// True when a drejebog task's `who` names the meeting's participants as a
// whole ("Deltagerne", "Alle deltagere", "Mødedeltagerne", "Klyngens
// medlemmer", "Alle", "Participants", …; case is ignored): those `before`
// tasks are what the invitation asks the participants to prepare.
bool IsForParticipants(const std::string& who);

// The invitation of `cluster`, whose package is `package`. `published` are the
// published packages (PublishedSlugs), which links may point to; it must
// outlive the invitation.
Invitation MakeInvitation(const ClusterEdition& cluster, const Package& package, const Site& site,
                          const Theme& theme, const std::set<std::string>* published);

}  // namespace klynge
