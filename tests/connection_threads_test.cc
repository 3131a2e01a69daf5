#include "serve/connection_threads.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace klynge {
namespace {

// Tasks that each wait until all have started: only threads of their own let them finish.
TEST(ConnectionThreadsTest, RunsTasksThatBlockSideBySide) {
  constexpr int kTasks = 40;
  std::mutex mu;
  std::condition_variable cv;
  int started = 0;
  int met = 0;
  {
    ConnectionThreads threads(64);
    for (int i = 0; i < kTasks; ++i) {
      threads.enqueue([&] {
        std::unique_lock<std::mutex> lock(mu);
        ++started;
        cv.notify_all();
        if (cv.wait_for(lock, std::chrono::seconds(5), [&] { return started == kTasks; })) ++met;
      });
    }
    threads.shutdown();
    EXPECT_EQ(threads.threads(), 0u);
  }
  EXPECT_EQ(met, kTasks);
}

TEST(ConnectionThreadsTest, KeepsToItsLimitAndRunsWhatIsQueuedBeforeShuttingDown) {
  std::mutex mu;
  int running = 0, most = 0, done = 0;
  ConnectionThreads threads(3);
  for (int i = 0; i < 12; ++i) {
    threads.enqueue([&] {
      {
        std::lock_guard<std::mutex> lock(mu);
        most = std::max(most, ++running);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      std::lock_guard<std::mutex> lock(mu);
      --running;
      ++done;
    });
  }
  EXPECT_LE(threads.threads(), 3u);
  threads.shutdown();
  EXPECT_EQ(done, 12);
  EXPECT_LE(most, 3);
  EXPECT_GE(most, 1);
}

TEST(ConnectionThreadsTest, EndsIdleThreadsButAFewAndStillRunsNewTasks) {
  std::mutex mu;
  std::condition_variable cv;
  int started = 0;
  bool release = false;
  ConnectionThreads threads(64, std::chrono::milliseconds(20));
  for (int i = 0; i < 20; ++i) {
    threads.enqueue([&] {
      std::unique_lock<std::mutex> lock(mu);
      ++started;
      cv.notify_all();
      cv.wait_for(lock, std::chrono::seconds(5), [&] { return release; });
    });
  }
  {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait_for(lock, std::chrono::seconds(5), [&] { return started == 20; });
    EXPECT_EQ(threads.threads(), 20u);  // all busy: none can have ended
    release = true;
    cv.notify_all();
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (threads.threads() > 4 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(threads.threads(), 4u);
  bool ran = false;
  threads.enqueue([&] {
    std::lock_guard<std::mutex> lock(mu);
    ran = true;
  });
  threads.shutdown();
  EXPECT_TRUE(ran);
}

}  // namespace
}  // namespace klynge
