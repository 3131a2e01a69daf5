#include "support/site_catalog.h"

#include <gtest/gtest.h>

#include "load/theme_loader.h"
#include "support/source_tree.h"

namespace klynge::testing {

namespace {

MarkdownText Md(const std::string& text, const std::string& path, int line = 1) {
  return MarkdownText{text, path, line, 1};
}

Package Smertebehandling() {
  Package p;
  p.slug = "smertebehandling";
  p.title = "Smertebehandling";
  p.question = "Kan forbruget af opioider i din klinik blive mindre?";
  p.summary = "Ordinationsmønstret for patienter i behandling med opioider, med egne data.";
  p.topic = "Medicin";
  p.tags = {"opioider", "smerter"};
  p.related = {"dosisdispensering", "opfoelgning"};
  p.provider = "KAP-H’s medicinteam";
  p.price = "Gratis";
  p.duration_minutes = 150;
  p.order_weeks_before = 8;
  p.contact = Contact{"kap-h@regionh.dk", "38 66 52 99"};
  p.links = {{"Ny retningslinje for langvarige smerter", "https://www.sst.dk/da/nyheder/2018"},
             {"Skadelig", "javascript:alert(1)"}};
  Indicator opioid;
  opioid.id = "opioid-3m";
  opioid.title = "Patienter 25+ år med opioid i 3 mdr. eller mere";
  opioid.unit = "pr. 1.000 tilmeldte";
  opioid.description = Md("Antal patienter pr. **1.000** tilmeldte.", "content/packages/smertebehandling/package.md", 20);
  Indicator tramadol;
  tramadol.id = "tramadol-andel";
  tramadol.title = "Andel, der får tramadol";
  tramadol.unit = "%";
  tramadol.per = 100;
  tramadol.lower_is_better = false;
  p.indicators = {opioid, tramadol};
  p.materials = {{"Powerpoint til klyngemødet", "slides", ""},
                 {"Spørgeskema", "questionnaire", "https://www.kiap.dk/spoergeskema"}};
  p.revised = Date{2023, 6, 21};
  p.body = Md(
      "Formålet er at kigge på ordinationsmønstret.\n\n"
      "## Hvorfor er dette vigtigt?\n\nFordi.\n\n"
      "## Hvorfor er dette vigtigt?\n\nIgen.\n\n"
      "#### Før mødet\n\nSe ![forløbet](assets/forloeb.png) og "
      "[dosispakken](../dosisdispensering/) og [kladden](../hemmelig/).\n",
      "content/packages/smertebehandling/package.md", 30);
  p.assets = {{"assets/forloeb.png", "PNG-bytes"}};

  Program program;
  ProgramBlock follow_up;
  follow_up.title = "Opfølgning fra sidste møde";
  follow_up.text = Md("Følg op på *sidste* møde.", "content/packages/smertebehandling/program.yaml");
  ProgramBlock intro;
  intro.title = "Introduktion";
  intro.minutes = 15;
  intro.slides = "1-5";
  intro.items = {{15, Md("Introducér mødets emne.", "p.yaml"), "2", "", 1}};
  ProgramBlock block1;
  block1.title = "Blok 1: Simple kroniske smerter";
  block1.seating = Seating::kMixed;
  block1.items = {{5, Md("Vis videoen.", "p.yaml"), "", "", 1},
                  {10, Md("Gennemgå klyngens data.", "p.yaml"), "6-9", "opioid-3m", 2},
                  {std::nullopt, Md("Sæt gang i samtalerne.", "p.yaml"), "", "", 3},
                  {45, Md("Plenum.", "p.yaml"), "", "", 4}};
  ProgramBlock pause;
  pause.title = "Pause";
  pause.is_break = true;
  pause.minutes = 15;
  ProgramBlock block3;
  block3.title = "Blok 3: Implementering";
  block3.seating = Seating::kPractice;
  block3.items = {{60, Md("Udfyld implementeringsplanen.", "p.yaml"), "", "tramadol-andel", 1}};
  program.blocks = {follow_up, intro, block1, pause, block3};
  p.program = program;

  Drejebog drejebog;
  Task order;
  order.title = "Bestil klyngepakken";
  order.when = Offset{-8, 'w'};
  order.who = "Klyngekoordinator";
  order.text = Md("Skriv til [KAP-H](mailto:kap-h@regionh.dk) og læs [programmet](program.yaml).",
                  "content/packages/smertebehandling/drejebog.yaml");
  Task room;
  room.title = "Forbered mødelokalet";
  room.when = Offset{0, 'd'};
  room.checklist = {"Lokale til alle", "Projektor med lyd", "Flipover"};
  Task hand_out;
  hand_out.title = "Uddel ark til mødenoter";
  hand_out.who = "Mødeleder";
  Task again;
  again.title = "Bestil ny opgørelse af klyngens data";
  again.when = Offset{6, 'm'};
  again.text = Md("Brug [opfølgningspakken](../opfoelgning/).", "d.yaml");
  drejebog.before = {order, room};
  drejebog.during = {hand_out};
  drejebog.after = {again};
  p.drejebog = drejebog;
  return p;
}

Package Package(const std::string& slug, const std::string& title, const std::string& topic) {
  klynge::Package p;
  p.slug = slug;
  p.title = title;
  p.topic = topic;
  p.provider = "KiAP";
  p.duration_minutes = 60;
  p.body = Md("Første afsnit om " + title + ".\n", "content/packages/" + slug + "/package.md", 8);
  return p;
}

}  // namespace

AudienceDrejebog MunicipalityDrejebog() {
  AudienceDrejebog kommune;
  kommune.name = "kommune";
  kommune.title = "Drejebog til kommunen";
  kommune.audience = "Kommunen";
  Task formoede;
  formoede.title = "Formøde med klyngen";
  formoede.when = Offset{-3, 'w'};
  formoede.who = "Kommunens kontaktperson";
  kommune.drejebog.before = {formoede};
  Task oplaeg;
  oplaeg.title = "Oplæg fra kommunen i blok 2";
  kommune.drejebog.during = {oplaeg};
  return kommune;
}

Catalog FullCatalog() {
  Catalog c;
  c.site.title = "Klyngepakker";
  c.site.organisation = "KiAP – Kvalitet i Almen Praksis";
  c.site.base_url = "https://klyngepakker.example.dk/";
  c.site.contact = Contact{"klynger@example.dk", "70 00 00 00"};
  c.site.topics = {"Medicin", "Infektioner", "Samarbejde"};
  c.site.order = Order{"https://www.example.dk/bestil", "klynger@example.dk"};

  klynge::Package follow_up = Package("opfoelgning", "Opfølgning på smertestillende medicin", "Medicin");
  follow_up.follow_up = true;
  follow_up.follows = "smertebehandling";
  follow_up.question = "Er der sket forandringer siden sidst?";
  klynge::Package dosis = Package("dosisdispensering", "Dosisdispensering", "Samarbejde");
  dosis.question = "Hvordan samarbejder I med kommunen?";
  // Only a drejebog for the municipality, no drejebog.yaml: the chair still gets a link to it.
  dosis.audience_drejebog = {MunicipalityDrejebog()};
  klynge::Package antibiotika =
      Package("antibiotika", "Antibiotika <script>alert(\"x\")</script>", "Infektioner");
  antibiotika.provider = "Udbyder & co <b>fed</b>";
  antibiotika.body = Md(
      "Tekst <script>alert(1)</script> med <img src=x onerror=alert(2)>.\n\n"
      "<iframe src=\"https://x.example\"></iframe>\n\n"
      "[Klik](javascript:alert(3)) og ![billede](javascript:alert(4)).\n",
      "content/packages/antibiotika/package.md", 7);
  klynge::Package draft = Package("hemmelig", "Hemmelig kladde", "Medicin");
  draft.draft = true;
  // Sorted by slug, as the validator leaves them.
  c.packages = {antibiotika, dosis, draft, Smertebehandling(), follow_up};

  Story aalborg;
  aalborg.slug = "aalborg";
  aalborg.title = "Aalborg Klynge Vest fulgte op";
  aalborg.date = Date{2023, 6, 21};
  aalborg.cluster = "Aalborg Klynge Vest";
  aalborg.packages = {"smertebehandling", "opfoelgning", "hemmelig"};
  aalborg.summary = "Klyngen gav hinanden håndslag.";
  aalborg.body = Md("Vi brugte [pakken](../packages/smertebehandling/) og så [Roskilde](roskilde.md).\n\n"
                    "## Hvordan fulgte I op?\n\nMed data.\n",
                    "content/stories/aalborg.md", 8);
  Story roskilde;
  roskilde.slug = "roskilde";
  roskilde.title = "Roskilde om dosisdispensering";
  roskilde.date = Date{2022, 1, 5};
  roskilde.packages = {"dosisdispensering"};
  roskilde.body = Md("Første afsnit af historien.\n", "content/stories/roskilde.md", 5);
  Story draft_story;
  draft_story.slug = "udkast";
  draft_story.title = "Historie i kladde";
  draft_story.date = Date{2021, 3, 1};
  draft_story.packages = {"smertebehandling"};
  draft_story.body = Md("Endnu ikke færdig.\n", "content/stories/udkast.md", 5);
  draft_story.draft = true;
  c.stories = {aalborg, roskilde, draft_story};

  FreePage about;
  about.slug = "om-klyngepakkerne";
  about.title = "Om klyngepakkerne";
  about.summary = "Hvad en klyngepakke er.";
  about.menu = 1;
  about.body = Md("Se [erklæringen](tilgaengelighedserklaering.md) og [pakken](../packages/smertebehandling/).\n",
                  "content/pages/om-klyngepakkerne.md", 6);
  FreePage statement;
  statement.slug = "tilgaengelighedserklaering";
  statement.title = "Tilgængelighedserklæring";
  statement.body = Md("Webstedet er delvist i overensstemmelse med WCAG 2.1 AA.\n",
                      "content/pages/tilgaengelighedserklaering.md", 4);
  FreePage draft_page;
  draft_page.slug = "kladdeside";
  draft_page.title = "Side i kladde";
  draft_page.menu = 2;
  draft_page.body = Md("Endnu ikke færdig.\n", "content/pages/kladdeside.md", 4);
  draft_page.draft = true;
  c.pages = {about, draft_page, statement};
  return c;
}

PackageDocuments FullDocuments() {
  return {{"smertebehandling",
           {{"Detaljeret program til mødeleder", "pakker/smertebehandling/pdf/program.pdf", 123456},
            {"Implementeringsplan (A3)", "pakker/smertebehandling/pdf/implementeringsplan-a3.pdf",
             1234567, "A3"}}}};
}

Theme SourceTheme(const std::string& language) {
  Theme theme;
  Status s = LoadTheme(SourceThemeDir(), language, &theme);
  EXPECT_TRUE(s.ok()) << s.message();
  return theme;
}

}  // namespace klynge::testing
