#pragma once
// A printable document published in the site (a package's PDFs), as the
// package page lists it. The PDF renderer makes them; the HTML renderer links them.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace klynge {

struct PublishedDocument {
  std::string title;  // "Detaljeret program til mødeleder"
  std::string path;   // site path: "pakker/smertebehandling/pdf/program.pdf"
  size_t bytes = 0;
  std::string paper;  // "A3" for the implementation plan in that size, else ""
};

// By package slug, in the order the package page lists them.
using PackageDocuments = std::map<std::string, std::vector<PublishedDocument>>;

}  // namespace klynge
