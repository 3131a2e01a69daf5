#pragma once
// What a long build tells the terminal while it runs, and its last line.

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>

namespace klynge {

// A progress line redrawn in place ("\r"), at most ten times a second. Silent
// when `out` is null (not a terminal, or --quiet). Thread-safe.
class Progress {
 public:
  explicit Progress(std::ostream* out);
  ~Progress();  // clears the line, before the summary prints

  // Starts counting `total` units (package PDFs, cluster packs).
  void Start(size_t total);
  // One unit done, holding `pdfs` PDF files.
  void UnitDone(size_t pdfs);

 private:
  // Removes the line, so the summary or diagnostics print on a clean one.
  void Clear();
  void Draw(bool force);

  std::ostream* out_;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point started_, drawn_;
  size_t total_ = 0, done_ = 0, pdfs_ = 0;
  bool visible_ = false;
};

// The closing line of a build: "klynge: 15 pages, 51 PDFs, 1 cluster, 1 warning in 0.77 s (51 files written)".
std::string BuildSummary(size_t pages, size_t pdfs, size_t clusters, int warnings, double seconds,
                         size_t files_written, bool up_to_date);

}  // namespace klynge
