#pragma once
// The text of `klynge new`'s skeletons, and the phrases in them that stand
// where the author's own words belong (the check warns when they publish).

#include <string>
#include <vector>

namespace klynge::skeleton_text {

extern const char* const kSiteYaml;      // content/site.yaml
extern const char* const kPackageMd;     // packages/<slug>/package.md; TOPIC is replaced
extern const char* const kProgramYaml;   // packages/<slug>/program.yaml
extern const char* const kDrejebogYaml;  // packages/<slug>/drejebog.yaml
extern const char* const kPlanYaml;      // packages/<slug>/plan.yaml
extern const char* const kNotesYaml;     // packages/<slug>/notes.yaml
extern const char* const kPraksisarkMd;  // packages/<slug>/praksisark.md
extern const char* const kStoryMd;       // stories/<slug>.md; TODAY and PACKAGES are replaced
extern const char* const kPageMd;        // pages/<slug>.md; TITLE and MENU are replaced by their lines
extern const char* const kNewPageTitle;  // the title of `klynge new page`'s page, a placeholder
extern const char* const kClusterYaml;   // clusters/<slug>/cluster.yaml; PACKAGE, MEETING and SLUG are replaced
extern const char* const kClusterCsvHeader;  // clusters/<slug>/data.csv, the header line
// Fictional rows for `new site`'s cluster, for the skeleton package's indicator.
extern const char* const kExampleCsvRows;

// Every phrase above that the author is meant to replace; text that still
// holds one is not ready to publish.
const std::vector<std::string>& Placeholders();

}  // namespace klynge::skeleton_text
