#include "stats/clinic_letters.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdint>

namespace klynge {

std::string LetterLabel(size_t n) {
  std::string out;
  for (size_t k = n + 1; k > 0; k = (k - 1) / 26)
    out.insert(out.begin(), static_cast<char>('A' + (k - 1) % 26));
  return out;
}

std::vector<Clinic> ClinicsOf(const ClusterEdition& cluster) {
  struct Keyed {
    uint64_t hash;
    size_t index;
  };
  std::vector<Keyed> order;
  for (size_t i = 0; i < cluster.practices.size(); ++i) {
    std::string key = cluster.slug + "/" + cluster.practices[i].id;
    order.push_back({XXH64(key.data(), key.size(), 0), i});
  }
  // Ids are unique, so equal hashes are all but impossible; the id breaks a tie anyway.
  std::sort(order.begin(), order.end(), [&](const Keyed& a, const Keyed& b) {
    if (a.hash != b.hash) return a.hash < b.hash;
    return cluster.practices[a.index].id < cluster.practices[b.index].id;
  });
  std::vector<Clinic> clinics(cluster.practices.size());
  for (size_t rank = 0; rank < order.size(); ++rank) {
    const Practice& p = cluster.practices[order[rank].index];
    Clinic& c = clinics[order[rank].index];
    c.practice = p.id;
    c.name = p.name;
    c.letter = LetterLabel(rank);
    c.label = cluster.open_data ? p.name : c.letter;
  }
  if (!cluster.open_data) {
    std::sort(clinics.begin(), clinics.end(), [](const Clinic& a, const Clinic& b) {
      if (a.letter.size() != b.letter.size()) return a.letter.size() < b.letter.size();
      return a.letter < b.letter;
    });
  }
  return clinics;
}

}  // namespace klynge
