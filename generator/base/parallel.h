#pragma once
// Runs independent work items on a few threads; results must not depend on
// which thread ran which item, so callers index their own result slots.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

#include "base/status.h"

namespace klynge {

// Threads to use for `threads` as the user gave it: 0 means one per core.
inline unsigned ResolveThreads(unsigned threads) {
  return threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
}

// Calls fn(i) for every i in [0, count) on up to `threads` threads (0: one per
// core), the calling thread among them; returns when all are done.
template <typename Fn>
void ParallelFor(size_t count, unsigned threads, Fn&& fn) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < count;) fn(i);
  };
  size_t n = std::min<size_t>(ResolveThreads(threads), count);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

// Like ParallelFor with fn(i) returning a Status: after a failure no new item
// starts, and the failure of the lowest index is returned, so the message
// does not depend on timing (every lower item had started, and finishes).
template <typename Fn>
Status ParallelTry(size_t count, unsigned threads, Fn&& fn) {
  std::mutex mutex;
  size_t failed_at = count;
  Status failure = Status::Ok();
  std::atomic<bool> failed{false};
  ParallelFor(count, threads, [&](size_t i) {
    if (failed) return;
    Status status = fn(i);
    if (status.ok()) return;
    std::lock_guard<std::mutex> lock(mutex);
    if (i < failed_at) failed_at = i, failure = std::move(status);
    failed = true;
  });
  return failure;
}

}  // namespace klynge
