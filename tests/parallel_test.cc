#include "base/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace klynge {
namespace {

TEST(ParallelTest, EveryItemRunsExactlyOnce) {
  for (unsigned threads : {1u, 2u, 7u}) {
    std::vector<std::atomic<int>> runs(1000);
    ParallelFor(runs.size(), threads, [&](size_t i) { ++runs[i]; });
    for (size_t i = 0; i < runs.size(); ++i) ASSERT_EQ(runs[i], 1) << "item " << i << ", " << threads << " threads";
  }
}

TEST(ParallelTest, NoItemsRunsNothing) {
  int runs = 0;
  ParallelFor(0, 4, [&](size_t) { ++runs; });
  EXPECT_EQ(runs, 0);
}

TEST(ParallelTest, TryReturnsTheLowestFailureWhateverTheTiming) {
  for (int round = 0; round < 20; ++round) {
    Status status = ParallelTry(200, 4, [](size_t i) {
      if (i == 150 || i == 37 || i == 38) return Status::Error("item " + std::to_string(i));
      return Status::Ok();
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.message(), "item 37");
  }
  EXPECT_TRUE(ParallelTry(50, 3, [](size_t) { return Status::Ok(); }).ok());
}

}  // namespace
}  // namespace klynge
