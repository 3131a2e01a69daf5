#include "pipeline/progress.h"

#include <cstdio>
#include <ostream>

namespace klynge {

namespace {

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

Progress::Progress(std::ostream* out) : out_(out), started_(std::chrono::steady_clock::now()) {}

Progress::~Progress() { Clear(); }

void Progress::Start(size_t total) {
  std::lock_guard<std::mutex> lock(mutex_);
  total_ = total;
  done_ = 0;
  started_ = drawn_ = std::chrono::steady_clock::now();
}

void Progress::UnitDone(size_t pdfs) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++done_;
  pdfs_ += pdfs;
  Draw(done_ == total_);
}

void Progress::Draw(bool force) {
  if (!out_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - drawn_ < std::chrono::milliseconds(100)) return;
  drawn_ = now;
  double seconds = std::chrono::duration<double>(now - started_).count();
  char rate[32];
  std::snprintf(rate, sizeof rate, "%.0f", seconds > 0 ? pdfs_ / seconds : 0.0);
  // Padding clears what a longer earlier line left.
  *out_ << "\rklynge: " << done_ << "/" << total_ << " documents and cluster packs, " << pdfs_ << " PDFs, "
        << rate << " PDFs/s   " << std::flush;
  visible_ = true;
}

void Progress::Clear() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!out_ || !visible_) return;
  *out_ << "\r\033[K" << std::flush;
  visible_ = false;
}

std::string BuildSummary(size_t pages, size_t pdfs, size_t clusters, int warnings, double seconds,
                         size_t files_written, bool up_to_date) {
  char time[32];
  std::snprintf(time, sizeof time, "%.2f s", seconds);
  std::string counts = Plural(pages, "page", "pages") + ", " + Plural(pdfs, "PDF", "PDFs") + ", " +
                       Plural(clusters, "cluster", "clusters") + ", " +
                       Plural(static_cast<size_t>(warnings), "warning", "warnings");
  if (up_to_date) return "klynge: up to date (" + counts + ") in " + time + "\n";
  return "klynge: " + counts + " in " + time + " (" + Plural(files_written, "file", "files") + " written)\n";
}

}  // namespace klynge
