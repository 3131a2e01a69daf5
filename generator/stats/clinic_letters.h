#pragma once
// The letters that stand for a closed cluster's clinics in its documents.

#include <string>
#include <vector>

#include "model/cluster.h"

namespace klynge {

// A clinic as the cluster's documents show it.
struct Clinic {
  std::string practice;  // ydernummer
  std::string name;      // from cluster.yaml: print it only on the clinic's own sheet
                         // unless the cluster is open
  std::string letter;    // "A", "B", …, "Z", "AA", …: the same in every document and period
  std::string label;     // what documents print: the letter (closed) or the name (open)
};

// The n-th letter label, 0-based: 0 → "A", 25 → "Z", 26 → "AA".
std::string LetterLabel(size_t n);

// Every practice of `cluster`, lettered in the order of a 64-bit xxHash of
// slug + "/" + id: deterministic, the same across builds and periods, and
// unrelated to the ids, the names and the order in cluster.yaml. Returned in
// label order: by letter when closed, in cluster.yaml order when open.
std::vector<Clinic> ClinicsOf(const ClusterEdition& cluster);

}  // namespace klynge
