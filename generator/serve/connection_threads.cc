#include "serve/connection_threads.h"

#include <system_error>
#include <utility>

namespace klynge {

namespace {
constexpr size_t kKeptIdle = 4;
}  // namespace

ConnectionThreads::ConnectionThreads(size_t max_threads, std::chrono::milliseconds linger)
    : max_threads_(max_threads < 1 ? 1 : max_threads), linger_(linger) {}

ConnectionThreads::~ConnectionThreads() { shutdown(); }

size_t ConnectionThreads::threads() {
  std::lock_guard<std::mutex> lock(mu_);
  return threads_.size();
}

void ConnectionThreads::enqueue(std::function<void()> task) {
  JoinRetired();
  std::unique_lock<std::mutex> lock(mu_);
  tasks_.push_back(std::move(task));
  // Each idle thread takes one task; start one more for every task beyond.
  if (tasks_.size() > idle_ && threads_.size() < max_threads_) {
    try {
      threads_.emplace_back();
      auto self = std::prev(threads_.end());
      // The new thread waits for `mu_`, held here, before it looks at `self`.
      *self = std::thread([this, self] { Work(self); });
    } catch (const std::system_error&) {
      threads_.pop_back();  // out of threads: the task waits for a busy one
    }
  }
  if (threads_.empty()) {
    // Not one thread could be started: run the task here rather than never.
    std::function<void()> now = std::move(tasks_.back());
    tasks_.pop_back();
    lock.unlock();
    now();
    return;
  }
  ready_.notify_one();
}

void ConnectionThreads::Work(Threads::iterator self) {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    ++idle_;
    bool woken = ready_.wait_for(lock, linger_, [this] { return !tasks_.empty() || shutting_down_; });
    --idle_;
    if (tasks_.empty()) {
      if (shutting_down_) return;
      if (!woken && threads_.size() > kKeptIdle) {
        // Someone else joins this thread; it touches nothing after the unlock.
        retired_.push_back(std::move(*self));
        threads_.erase(self);
        return;
      }
      continue;
    }
    std::function<void()> task = std::move(tasks_.front());
    tasks_.pop_front();
    lock.unlock();
    task();
    task = nullptr;  // its captures go before the lock is taken again
    lock.lock();
  }
}

void ConnectionThreads::JoinRetired() {
  std::vector<std::thread> done;
  {
    std::lock_guard<std::mutex> lock(mu_);
    done.swap(retired_);
  }
  for (std::thread& t : done) t.join();
}

void ConnectionThreads::shutdown() {
  Threads running;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (shutting_down_ && threads_.empty() && retired_.empty()) return;
    shutting_down_ = true;
    // No thread retires once shutting down, so the list no longer changes.
    running.swap(threads_);
  }
  ready_.notify_all();
  for (std::thread& t : running) t.join();
  JoinRetired();
}

}  // namespace klynge
