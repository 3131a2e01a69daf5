#include "scaffold/skeleton.h"

#include <utility>
#include <vector>

#include "base/file_path.h"
#include "base/file_system.h"
#include "base/text.h"
#include "write/file_io.h"

namespace klynge {

namespace {

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

const char* const kPackageMd = R"(---
# The package page. Keys are English, text is Danish. See docs/content-format.md.
title: Ny klyngepakke                  # required
question: Hvad vil klyngen blive klogere på?   # headline question on the card
topic: Medicin                         # required; must be one of site.yaml's topics, if it lists any
provider: KiAP                         # required: udbyder
price: Gratis
duration: 150                          # required: minutes; shown as "2 timer og 30 min."
order_weeks_before: 8                  # bestil senest 8 uger før mødet
# kind: follow-up                      # an opfølgningspakke …
# follows: other-package-slug          # … follows this package
# related: [other-package-slug]        # "Kan med fordel suppleres med"
# contact: {email: klynger@example.dk, phone: "70 00 00 00"}
# links:
#   - {title: Retningslinje, url: "https://www.sst.dk/"}
indicators:
  - id: maalepunkt-1                   # a slug, unique in the package
    title: Beskriv målepunktet
    unit: pr. 1.000 tilmeldte
    per: 1000
    better: lower                      # lower or higher
    description: Hvordan målepunktet er opgjort.
# materials:
#   - {title: Powerpoint til mødet, kind: slides}
# revised: 2026-01-31
draft: true                            # validated, not published until you remove this
---
Formålet med denne klyngepakke er …

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

const char* const kStoryMd = R"(---
# A cluster's experience with a package. See docs/content-format.md.
title: Ny historie                     # required
date: TODAY                            # required, YYYY-MM-DD
cluster: Klyngens navn
# packages: [package-slug]             # the packages it is about; each must exist
summary: Kort resumé til oversigten.
---
Fortæl, hvordan klyngen brugte pakken.
)";

const char* const kClusterYaml = R"(# PRIVATE: one cluster's meeting. Nothing here reaches the public site;
# klynge writes the cluster's pack to output/clusters/SLUG/.
name: Klyngens navn
region: Region
coordinator: Klyngekoordinatorens navn
package: PACKAGE                       # the package the meeting uses
meeting:
  date: 2026-03-12                     # required
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
data: [data.csv]                       # CSV files in this folder
# comparators:
#   - {indicator: indicator-id, period: "2025", label: Region, value: 41.2}
)";

const char* const kClusterCsv = "practice,indicator,period,numerator,denominator\n";

}  // namespace

Status CreateSkeleton(const SkeletonRequest& request, std::string* created) {
  if (!IsSlug(request.slug))
    return Status::Error("\"" + request.slug + "\" is not a valid name: use lower-case a-z, digits and single hyphens");
  const std::string& content = request.content_dir;
  std::vector<std::pair<std::string, std::string>> files;
  std::string folder;
  switch (request.kind) {
    case SkeletonKind::kPackage:
      folder = JoinPath(content, "packages/" + request.slug);
      files = {{folder + "/package.md", Replace(kPackageMd, "topic: Medicin  ", "topic: " + request.topic + "  ")},
               {folder + "/program.yaml", kProgramYaml},
               {folder + "/drejebog.yaml", kDrejebogYaml}};
      break;
    case SkeletonKind::kStory:
      files = {{JoinPath(content, "stories/" + request.slug + ".md"), Replace(kStoryMd, "TODAY", request.today)}};
      break;
    case SkeletonKind::kCluster:
      if (request.package.empty())
        return Status::Error("a cluster needs the package its meeting uses: --package <slug>");
      folder = JoinPath(content, "clusters/" + request.slug);
      files = {{folder + "/cluster.yaml",
                Replace(Replace(kClusterYaml, "PACKAGE", request.package), "SLUG", request.slug)},
               {folder + "/data.csv", kClusterCsv}};
      break;
  }
  FileSystem& fs = OrReal(request.file_system);
  if (!folder.empty() && Exists(fs, folder))
    return Status::Error(folder + " already exists; klynge new never overwrites");
  for (const auto& [path, text] : files) {
    if (Exists(fs, path)) return Status::Error(path + " already exists; klynge new never overwrites");
  }
  for (const auto& [path, text] : files) {
    std::string parent = path.substr(0, path.rfind('/'));
    if (Status made = MakeFolders(fs, parent, parent); !made.ok()) return made;
    Status written = WriteFileBytes(fs, path, text, path);
    if (!written.ok()) return written;
    *created += path + "\n";
  }
  return Status::Ok();
}

}  // namespace klynge
