#pragma once
// The task queue behind `klynge serve`: a thread for each open connection, so
// that a live-reload stream or an idle keep-alive connection, which each hold
// their thread for as long as they last, never makes a page request wait.
// cpp-httplib's own pool has a fixed size chosen when Debian built the .so.

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

namespace klynge {

class ConnectionThreads : public httplib::TaskQueue {
 public:
  // Runs at most `max_threads` tasks at once; further tasks wait their turn.
  // Threads idle for `linger` end, but for a few kept for the next page load.
  explicit ConnectionThreads(size_t max_threads,
                             std::chrono::milliseconds linger = std::chrono::seconds(30));
  ~ConnectionThreads() override;  // shuts down if that has not been done
  ConnectionThreads(const ConnectionThreads&) = delete;
  ConnectionThreads& operator=(const ConnectionThreads&) = delete;

  // Starts `task` on an idle thread, or on a new one while under the limit.
  void enqueue(std::function<void()> task) override;
  // Runs every task already queued, then joins all threads.
  void shutdown() override;

  size_t threads();  // threads alive now, busy or idle

 private:
  using Threads = std::list<std::thread>;
  void Work(Threads::iterator self);
  void JoinRetired();

  const size_t max_threads_;
  const std::chrono::milliseconds linger_;
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> tasks_;
  Threads threads_;
  std::vector<std::thread> retired_;  // idle threads that ended, to join
  size_t idle_ = 0;
  bool shutting_down_ = false;
};

}  // namespace klynge
