// The invitation a coordinator sends to every participant: what it says, in
// text and HTML, and what it must never say (anything of the clinics).

#include "render/invitation/invitation.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "render/invitation/invitation_body.h"
#include "render/invitation/invitation_eml.h"
#include "support/site_catalog.h"

namespace klynge {
namespace {

bool Has(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

// Runs of white space as one space: the plain text wraps its lines.
std::string Folded(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return out;
}

MarkdownText Md(const std::string& text) { return MarkdownText{text, "content/x.yaml", 1, 1}; }

class InvitationTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  InvitationTest() : theme_(testing::SourceTheme()) {
    catalog_.site.title = "Klyngepakker";
    catalog_.site.base_url = "https://klyngepakker.example.dk/";
    Package& p = package_;
    p.slug = "smertebehandling";
    p.title = "Smertebehandling";
    p.question = "Kan forbruget af opioider i din klinik blive mindre?";
    p.duration_minutes = 60;
    Program program;
    ProgramBlock note;
    note.title = "Opfølgning fra sidste møde";
    ProgramBlock intro;
    intro.title = "Introduktion";
    intro.items = {{15, Md("Velkomst."), "", "opioid-3m", 1}};
    ProgramBlock pause;
    pause.title = "Pause";
    pause.is_break = true;
    pause.minutes = 15;
    ProgramBlock block;
    block.title = "Blok 2: Implementering";
    block.minutes = 30;
    program.blocks = {note, intro, pause, block};
    p.program = program;
    Drejebog d;
    Task order{"Bestil klyngepakken", Offset{-8, 'w'}, "Klyngekoordinator", Md("Bestil."), {}, 1};
    Task prepare{"Overvej tre spørgsmål", Offset{-1, 'w'}, "Deltagerne",
                 Md("Læs [programmet](program.yaml) og [afsnittet](#data)."), {"Egen opfølgning"}, 2};
    Task undated{"Lyt til podcasten", std::nullopt, "Alle", Md(""), {}, 3};
    d.before = {order, prepare, undated};
    d.during = {{"Tal sammen", std::nullopt, "Deltagerne", Md(""), {}, 4}};
    p.drejebog = d;
    p.materials = {{"Podcast om emnet", "podcast", "https://podcast.example.dk/afsnit-1"},
                   {"Intro til blok 1", "video", "assets/intro.mp4"},
                   {"Video uden adresse", "video", ""},
                   {"Powerpoint", "slides", "https://slides.example.dk/"}};
    p.praksisark = Praksisark{"Praksisark: Smertebehandling", Md("Tekst.")};
    catalog_.packages = {p};

    cluster_.slug = "vest";
    cluster_.name = "Testklynge Vest";
    cluster_.coordinator = "Tine Testesen";
    cluster_.package = "smertebehandling";
    cluster_.meeting.date = Date{2026, 3, 12};
    cluster_.meeting.start_minutes = 16 * 60;
    cluster_.meeting.place = "Mødelokalet <Fjordvej>";
    cluster_.meeting.rsvp_by = Date{2026, 3, 2};
    cluster_.meeting.note = Md("Vi spiser kl. 15.30. Se [pakken](../../packages/smertebehandling/).");
    cluster_.practices = {{"731001", "Lægerne Kvistgaard"}, {"731002", "Klinik Bølgebakken"}};
    cluster_.observations = {{"731001", "opioid-3m", "2025", 97, 2311}, {"731002", "opioid-3m", "2025", 4, 1237}};
    published_ = {"smertebehandling"};
  }

  Invitation Make() { return MakeInvitation(cluster_, package_, catalog_.site, theme_, &published_); }

  Theme theme_;
  Catalog catalog_;
  Package package_;
  ClusterEdition cluster_;
  std::set<std::string> published_;
};

TEST_F(InvitationTest, SaysWhenWhereAndTheProgramWithClockTimes) {
  Invitation inv = Make();
  EXPECT_EQ(inv.subject, "Invitation til klyngemøde: Smertebehandling 12. marts 2026");
  ASSERT_EQ(inv.facts.size(), 3u);
  EXPECT_EQ(inv.facts[0], (std::pair<std::string, std::string>{"Tid", "torsdag 12. marts 2026 kl. 16:00–17:00"}));
  EXPECT_EQ(inv.facts[1].second, "Mødelokalet <Fjordvej>");
  EXPECT_EQ(inv.facts[2], (std::pair<std::string, std::string>{"Tilmelding senest", "mandag 2. marts 2026"}));
  ASSERT_EQ(inv.program.size(), 4u);
  EXPECT_EQ(inv.program[0].time, "16:00");  // a note without minutes
  EXPECT_EQ(inv.program[1].time, "16:00–16:15");
  EXPECT_EQ(inv.program[2].time, "16:15–16:30");
  EXPECT_TRUE(inv.program[2].is_break);
  EXPECT_EQ(inv.program[3].time, "16:30–17:00");
  EXPECT_EQ(inv.program[3].title, "Blok 2: Implementering");
  std::string text = InvitationText(inv);
  EXPECT_TRUE(Has(text, "Tid:               torsdag 12. marts 2026 kl. 16:00–17:00\n")) << text;
  EXPECT_TRUE(Has(text, "16:30–17:00  Blok 2: Implementering\n")) << text;
  EXPECT_TRUE(Has(text, "Hermed invitation til klyngemøde i Testklynge Vest om Smertebehandling.")) << text;
  EXPECT_TRUE(Has(text, "Venlig hilsen\nTine Testesen\nTestklynge Vest\n")) << text;
}

TEST_F(InvitationTest, WithoutAStartTimeTheProgramGivesMinutes) {
  cluster_.meeting.start_minutes.reset();
  cluster_.meeting.rsvp_by.reset();
  cluster_.meeting.place.clear();
  Invitation inv = Make();
  ASSERT_EQ(inv.facts.size(), 1u);
  EXPECT_EQ(inv.facts[0].second, "torsdag 12. marts 2026");
  EXPECT_EQ(inv.program[0].time, "");
  EXPECT_EQ(inv.program[1].time, "15 min.");
  EXPECT_EQ(inv.program[3].time, "30 min.");
}

TEST_F(InvitationTest, PreparationIsTheQuestionTheParticipantsTasksAndTheNote) {
  Invitation inv = Make();
  EXPECT_EQ(inv.question, "Kan forbruget af opioider i din klinik blive mindre?");
  ASSERT_EQ(inv.tasks.size(), 2u) << "only `before` tasks whose `who` is the participants";
  EXPECT_EQ(inv.tasks[0].title, "Overvej tre spørgsmål");
  EXPECT_EQ(inv.tasks[0].by, "senest torsdag 5. marts 2026");
  EXPECT_EQ(inv.tasks[0].checklist, std::vector<std::string>{"Egen opfølgning"});
  EXPECT_EQ(inv.tasks[1].title, "Lyt til podcasten");
  EXPECT_EQ(inv.tasks[1].by, "");
  std::string text = InvitationText(inv);
  EXPECT_FALSE(Has(text, "Bestil klyngepakken")) << "the coordinator's tasks are not the participants'";
  EXPECT_FALSE(Has(text, "Tal sammen")) << "tasks during the meeting are not preparation";
  // Links in Markdown are written out absolute; an anchor means nothing in a mail.
  EXPECT_TRUE(Has(Folded(text), "programmet <https://klyngepakker.example.dk/pakker/smertebehandling/program/> "
                                 "og afsnittet.")) << text;
  EXPECT_TRUE(Has(Folded(text), "Se pakken <https://klyngepakker.example.dk/pakker/smertebehandling/>.")) << text;
  for (size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    EXPECT_LE(end - start, 80u) << "lines are wrapped: " << text.substr(start, end - start);
  EXPECT_TRUE(Has(text, "  [ ] Egen opfølgning\n")) << text;
  std::string html = InvitationHtml(inv);
  EXPECT_TRUE(Has(html, "<a href=\"https://klyngepakker.example.dk/pakker/smertebehandling/program/\">programmet</a>"))
      << html;
  EXPECT_TRUE(Has(html, "<a href=\"https://klyngepakker.example.dk/pakker/smertebehandling/\">pakken</a>")) << html;
  EXPECT_FALSE(Has(html, "href=\"#")) << html;
}

TEST(InvitationRolesTest, TheParticipantsAreNamedAsAWhole) {
  for (const char* who : {"Deltagerne", "deltagerne", "DELTAGERNE", " Alle deltagere ", "Mødedeltagerne",
                          "MØDEDELTAGERNE", "Klyngens medlemmer", "Alle", "Participants", "Everyone"})
    EXPECT_TRUE(IsForParticipants(who)) << who;
  for (const char* who : {"", "Klyngekoordinator", "Mødeleder", "Kommunen", "Deltagerne og kommunen", "Klinikkerne"})
    EXPECT_FALSE(IsForParticipants(who)) << who;
}

TEST_F(InvitationTest, PodcastsAndVideosAreLinksAndThePackagePageIsNamed) {
  Invitation inv = Make();
  ASSERT_EQ(inv.materials.size(), 3u) << "slides are the chair's, not the participants'";
  EXPECT_EQ(inv.materials[0].kind, "Podcast");
  EXPECT_EQ(inv.materials[0].url, "https://podcast.example.dk/afsnit-1");
  EXPECT_EQ(inv.materials[1].url, "https://klyngepakker.example.dk/pakker/smertebehandling/assets/intro.mp4");
  EXPECT_EQ(inv.materials[2].url, "");
  EXPECT_EQ(inv.package_url, "https://klyngepakker.example.dk/pakker/smertebehandling/");
  std::string html = InvitationHtml(inv);
  EXPECT_TRUE(Has(html, "<li>Podcast: <a href=\"https://podcast.example.dk/afsnit-1\">Podcast om emnet</a></li>")) << html;
  EXPECT_TRUE(Has(html, "<li>Video: Video uden adresse</li>")) << html;
  EXPECT_FALSE(Has(html, "Powerpoint"));
  std::string text = InvitationText(inv);
  EXPECT_TRUE(Has(text, "* Podcast: Podcast om emnet\n  https://podcast.example.dk/afsnit-1\n")) << text;
  // A draft package is not on the site: nothing to link to.
  published_.clear();
  inv = Make();
  EXPECT_EQ(inv.package_url, "");
  EXPECT_EQ(inv.materials[1].url, "") << "its assets are not published either";
  EXPECT_FALSE(Has(InvitationText(inv), "klyngepakker.example.dk/pakker"));
}

TEST_F(InvitationTest, TheKlyngepakkeAndThePraksisarkAreAttached) {
  Invitation inv = Make();
  ASSERT_EQ(inv.attachments.size(), 2u);
  EXPECT_EQ(inv.attachments[0].file, "klyngepakke.pdf");
  EXPECT_EQ(inv.attachments[1].file, "praksisark.pdf");
  package_.praksisark.reset();
  EXPECT_EQ(Make().attachments.size(), 1u);
}

TEST_F(InvitationTest, TheHtmlEscapesContent) {
  std::string html = InvitationHtml(Make());
  EXPECT_TRUE(Has(html, "Mødelokalet &lt;Fjordvej&gt;")) << html;
  EXPECT_FALSE(Has(html, "<Fjordvej>"));
  EXPECT_TRUE(Has(html, "<html lang=\"da\">"));
  EXPECT_TRUE(Has(html, "<title>Invitation til klyngemøde: Smertebehandling 12. marts 2026</title>"));
}

TEST_F(InvitationTest, NothingOfTheClinicsIsInTheInvitation) {
  Invitation inv = Make();
  std::string eml = RenderInvitationEml(inv, {{"klyngepakke.pdf", "%PDF-1.4 a"}, {"praksisark.pdf", "%PDF-1.4 b"}}, {});
  for (const std::string& text : {InvitationText(inv), InvitationHtml(inv)})
    for (const char* secret : {"731001", "731002", "Kvistgaard", "Bølgebakken", "2311", "2.311", "1237", "1.237", "97"})
      EXPECT_FALSE(Has(text, secret)) << secret << "\n" << text;
  // The raw message is encoded: only what survives encoding can be searched for
  // here (tests/invitation/check_eml.py reads the decoded parts of the sample's).
  for (const char* secret : {"731001", "731002", "Kvistgaard"}) EXPECT_FALSE(Has(eml, secret)) << secret;
}

TEST_F(InvitationTest, TheMailIsTheSameBytesEveryTimeAndNamesNoHost) {
  Invitation inv = Make();
  std::vector<MailAttachment> files = {{"klyngepakke.pdf", "%PDF-1.4 a"}, {"praksisark.pdf", "%PDF-1.4 b"}};
  std::string eml = RenderInvitationEml(inv, files, {});
  EXPECT_EQ(eml, RenderInvitationEml(inv, files, {}));
  EXPECT_EQ(eml.rfind("Date: Thu, 12 Mar 2026 00:00:00 +0000\r\n", 0), 0u) << eml.substr(0, 300);
  EXPECT_TRUE(Has(eml, "\r\nX-Unsent: 1\r\n"));
  EXPECT_TRUE(Has(eml, "\r\nMIME-Version: 1.0\r\n"));
  EXPECT_TRUE(Has(eml, "Content-Disposition: attachment; filename=\"praksisark.pdf\""));
  EXPECT_FALSE(Has(eml, "Message-ID"));
  char host[256] = {};
  ASSERT_EQ(gethostname(host, sizeof host - 1), 0);
  EXPECT_FALSE(Has(eml, host)) << host;
  // The boundary follows the content, so another invitation has another one.
  std::string other = RenderInvitationEml(inv, {{"klyngepakke.pdf", "%PDF-1.4 c"}}, {});
  size_t at = eml.find("boundary=\"");
  ASSERT_NE(at, std::string::npos);
  std::string boundary = eml.substr(at, eml.find('"', at + 10) - at);
  EXPECT_FALSE(Has(other, boundary)) << boundary;
  EXPECT_TRUE(Has(RenderInvitationEml(inv, files, ParseSourceDateEpoch("1700000000")),
                  "Date: Tue, 14 Nov 2023 22:13:20 +0000\r\n"));
}

TEST_F(InvitationTest, AnEnglishSiteWritesItInEnglish) {
  catalog_.site.language = "en";
  theme_ = testing::SourceTheme("en");
  Invitation inv = Make();
  EXPECT_EQ(inv.subject, "Invitation to cluster meeting: Smertebehandling 12 March 2026");
  EXPECT_EQ(inv.facts[0].second, "Thursday 12 March 2026 at 16:00–17:00");
  EXPECT_EQ(inv.tasks[0].by, "by Thursday 5 March 2026");
  EXPECT_TRUE(Has(InvitationHtml(inv), "<html lang=\"en\">"));
  EXPECT_TRUE(Has(InvitationText(inv), "Kind regards\n"));
}

}  // namespace
}  // namespace klynge
