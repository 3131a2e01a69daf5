#pragma once
// A hand-built Catalog that uses every feature the public site shows, and the
// default theme from the source tree: input for the HTML renderer's tests.

#include <string>

#include "model/catalog.h"
#include "model/theme.h"
#include "render/published_document.h"

namespace klynge::testing {

// Packages (slugs): smertebehandling (every field, program, drejebog),
// opfoelgning (a follow-up of smertebehandling), dosisdispensering (no
// contact of its own: falls back to the site's; drejebog-kommune only), antibiotika (a title with
// <script>, raw HTML and a javascript: link in its body) and hemmelig (a
// draft). Stories: aalborg (names two packages and the draft), roskilde and
// udkast (a draft). Free pages: om-klyngepakkerne (in the menu),
// tilgaengelighedserklaering and kladdeside (a draft, in the menu).
Catalog FullCatalog();

// A drejebog for the municipality: "Drejebog til kommunen" for "Kommunen",
// a formøde three weeks before and the municipality's talk in block 2.
AudienceDrejebog MunicipalityDrejebog();

// The PDFs the package page of smertebehandling lists.
PackageDocuments FullDocuments();

// The default theme of the source tree in `language`; fails the test on error.
Theme SourceTheme(const std::string& language = "da");

}  // namespace klynge::testing
