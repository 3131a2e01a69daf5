#include "serve/connection_threads.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

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

}  // namespace
}  // namespace klynge
