#include "scaffold/skeleton_text.h"

namespace klynge::skeleton_text {

// Each placeholder is written once, here, and spliced into the skeletons, so
// the check and the skeletons cannot drift apart.
#define KLYNGE_PH_PACKAGE_TITLE "Ny klyngepakke"
#define KLYNGE_PH_QUESTION "Hvad vil klyngen blive klogere på?"
#define KLYNGE_PH_PACKAGE_SUMMARY "Skriv et kort resumé af klyngepakken."
#define KLYNGE_PH_INDICATOR "Beskriv målepunktet"
#define KLYNGE_PH_INDICATOR_TEXT "Skriv, hvordan målepunktet er opgjort."
#define KLYNGE_PH_PURPOSE "Formålet med denne klyngepakke er …"
#define KLYNGE_PH_PRAKSISARK "Skriv her, hvad klinikken tager med hjem fra mødet."
#define KLYNGE_PH_STORY_TITLE "Ny historie"
#define KLYNGE_PH_STORY_SUMMARY "Skriv et kort resumé af historien."
#define KLYNGE_PH_STORY_BODY "Fortæl, hvordan klyngen brugte pakken."
#define KLYNGE_PH_PAGE_TITLE "Ny side"
#define KLYNGE_PH_PAGE_SUMMARY "Skriv et kort resumé af siden."
#define KLYNGE_PH_PAGE_BODY "Skriv sidens tekst her."

const std::vector<std::string>& Placeholders() {
  static const std::vector<std::string> phrases = {
      KLYNGE_PH_PACKAGE_TITLE, KLYNGE_PH_QUESTION,   KLYNGE_PH_PACKAGE_SUMMARY, KLYNGE_PH_INDICATOR,
      KLYNGE_PH_INDICATOR_TEXT, KLYNGE_PH_PURPOSE,   KLYNGE_PH_PRAKSISARK,      KLYNGE_PH_STORY_TITLE,
      KLYNGE_PH_STORY_SUMMARY,  KLYNGE_PH_STORY_BODY, KLYNGE_PH_PAGE_TITLE,     KLYNGE_PH_PAGE_SUMMARY,
      KLYNGE_PH_PAGE_BODY};
  return phrases;
}

const char* const kSiteYaml = R"(# The whole site's settings. Keys are English, text is Danish.
# Every key is described in docs/content-format.md.
title: Klyngepakker                    # required: the site's name, on every page
organisation: Kvalitetsenheden         # required: who publishes the packages
language: da                           # da (default) or en: the language of the theme's own words
base_url: https://klyngepakker.example.dk/   # required: where the site will live; for canonical links and the sitemap
contact: {email: klynger@example.dk, phone: "70 00 00 00"}   # for packages without a contact of their own
topics: [Medicin, Infektioner]         # the catalog's order; every package's topic must be one of these
source_note: "Kilde: Egne beregninger på data fra Lægemiddelstatistikregisteret"   # printed under data charts
# order: {url: "https://klyngepakker.example.dk/bestil", email: klynger@example.dk}   # a "Bestil klyngepakken" button on every package page: a form (url) or an e-mail
)";

const char* const kPackageMd = R"(---
# The package page. Keys are English, text is Danish. See docs/content-format.md.
title: )" KLYNGE_PH_PACKAGE_TITLE R"(                  # required
question: )" KLYNGE_PH_QUESTION R"(   # headline question on the card
summary: )" KLYNGE_PH_PACKAGE_SUMMARY R"(   # card text and description; default: the body's first paragraph
topic: TOPIC                           # required; must be one of site.yaml's topics, if it lists any
tags: [eksempel]                       # words the package can be found by
provider: KiAP                         # required: udbyder
price: Gratis
duration: 150                          # required: minutes; shown as "2 timer og 30 min."
order_weeks_before: 8                  # bestil senest 8 uger før mødet
# kind: follow-up                      # an opfølgningspakke …
# follows: other-package-slug          # … follows this package
# related: [other-package-slug]        # "Kan med fordel suppleres med"
# contact: {email: klynger@example.dk, phone: "70 00 00 00"}   # default: site.yaml's
# links:
#   - {title: Retningslinje, url: "https://www.sst.dk/"}
indicators:
  - id: maalepunkt-1                   # a slug, unique in the package
    title: )" KLYNGE_PH_INDICATOR R"(
    unit: pr. 1.000 tilmeldte
    per: 1000                          # rate = numerator / denominator × per
    better: lower                      # lower or higher
    description: )" KLYNGE_PH_INDICATOR_TEXT R"(
# surveys:                             # questionnaires whose answers come with each cluster
#   - {id: holdning, title: Klyngens holdning til emnet}
# materials:
#   - {title: Powerpoint til mødet, kind: slides}   # slides, video, podcast, handout, questionnaire, other
# revised: 2026-01-31                  # "Sidst revideret"
draft: true                            # validated, not published until you remove this
---
)" KLYNGE_PH_PURPOSE R"(

## Hvorfor er dette vigtigt?

## Hvad kan I forvente?
)";

const char* const kProgramYaml = R"(# "Detaljeret program til mødeleder": blocks with timed items.
title: Detaljeret program til mødeleder
blocks:
  - title: Introduktion
    minutes: 15                        # compared with the sum of the items
    slides: "1-5"
    seating: mixed                     # mixed: not with colleagues from the same clinic
    items:
      - minutes: 15
        text: Introducér emnet, programmet og formålet med mødet.
  - title: Blok 1
    items:
      - minutes: 45
        text: Gennemgå klyngens data.
        indicator: maalepunkt-1        # a cluster edition shows this indicator's data here
  - title: Pause
    break: true
    minutes: 15
  - title: Blok 2
    seating: practice                  # colleagues from the same clinic sit together
    items:
      - minutes: 75
        text: Udfyld implementeringsplanen.
)";

const char* const kDrejebogYaml = R"(# Drejebog: what to do before, during and after the meeting.
before:
  - title: Bestil klyngepakken
    when: -8w                          # 0, -14d, -8w, -2m, +6m
    who: Klyngekoordinator
    text: Bestil pakken senest 8 uger før mødet.
    checklist: [Lokale til alle, Projektor med lyd, Flipover]
during:
  - title: Uddel ark til mødenoter
    when: 0
after:
  - title: Bestil ny opgørelse af klyngens data
    when: +6m
)";

const char* const kPlanYaml = R"(# "Implementeringsplan": every key is optional; without this file the plan is as below.
title: Implementeringsplan
intro: Skriv de ændringer ned, som klinikken vil arbejde med efter mødet.   # Markdown, above the table
columns: [Hvad vil vi ændre?, Hvordan gør vi det?, Hvem har ansvaret?, Hvornår?, Hvordan følger vi op?]
rows: 5                                # empty rows to write in, 1 to 50
sizes: [A4, A3]                        # any of A4, A3, A2, A1, A0, all landscape: A2 and up for the wall
)";

const char* const kNotesYaml = R"(# "Ark til mødenoter". Without this file: one section per program block that is not a break.
title: Ark til mødenoter
sections:
  - title: "Blok 1"
    prompt: Hvad tager jeg med fra drøftelsen?
    lines: 8                           # lines to write on
  - title: "Blok 2"
    prompt: Hvad vil vi gøre anderledes i klinikken?
    lines: 8
)";

const char* const kPraksisarkMd = R"(---
# Praksisark: a sheet the clinic takes home. See docs/content-format.md.
title: Praksisark                      # required
---
)" KLYNGE_PH_PRAKSISARK R"(
)";

const char* const kStoryMd = R"(---
# A cluster's experience with a package. See docs/content-format.md.
title: )" KLYNGE_PH_STORY_TITLE R"(                     # required
date: TODAY                            # required, YYYY-MM-DD
cluster: Klynge Nord                   # the name of the cluster it happened in
PACKAGES
summary: )" KLYNGE_PH_STORY_SUMMARY R"(
# draft: true                          # validated, not published (`klynge serve --drafts` shows it)
---
)" KLYNGE_PH_STORY_BODY R"(
)";

const char* const kNewPageTitle = KLYNGE_PH_PAGE_TITLE;

const char* const kPageMd = R"(---
# A free page of the site, published at <slug>/: who you are, how to order,
# the accessibility statement. See docs/content-format.md.
TITLE# required
summary: )" KLYNGE_PH_PAGE_SUMMARY R"(   # under the title, and the page's description for search engines
MENU# its place in the main navigation (1 first); without menu: in the footer
draft: true                            # validated, not published until you remove this
---
)" KLYNGE_PH_PAGE_BODY R"(
)";

const char* const kClusterYaml = R"(# PRIVATE: one cluster's meeting. Nothing here reaches the public site;
# klynge writes the cluster's pack to output/clusters/SLUG/.
name: Eksempelklyngen
region: Region
coordinator: Klyngekoordinatorens navn
package: PACKAGE                       # the package the meeting uses
meeting:
  date: MEETING                        # required; a date already past is a warning
  start: "16:00"
  place: Mødested
  # rsvp_by: 2026-03-02                # "tilmelding senest", in the invitation
  # note: Vi spiser sammen før mødet.  # Markdown: a few lines to the participants
data_mode: closed                      # closed: clinics as letters; open: names (agreed by the cluster)
practices:
  - id: "000001"                       # ydernummer: 6 digits, unique in the cluster
    name: Første klinik
  - id: "000002"
    name: Anden klinik
  - id: "000003"
    name: Tredje klinik
data: [data.csv]                       # CSV files in this folder
# comparators:
#   - {indicator: maalepunkt-1, period: "2025", label: Region, value: 41.2}
)";

const char* const kClusterCsvHeader = "practice,indicator,period,numerator,denominator\n";

const char* const kExampleCsvRows =
    "000001,maalepunkt-1,2025,57,1480\n"
    "000002,maalepunkt-1,2025,31,1210\n"
    "000003,maalepunkt-1,2025,44,1630\n";

}  // namespace klynge::skeleton_text
