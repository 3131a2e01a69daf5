// The paginator's half-full rule: a loose keep (a chart and the table under
// it) gives way rather than leave a page under half full, a firm one (a
// heading and what follows) never does, and a section's heading comes again
// atop a page its section continues on.

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "render/pdf/layout/paginator.h"

namespace klynge::pdf {
namespace {

// 30 on the page, then a heading, a 30-high chart and a 60-high table kept
// with it loosely: 30 + 10 + 30 + 60 > 100 leaves the table for page 2.
std::vector<Box> ChartAndTable(bool loose) {
  std::vector<Box> boxes(3, Box{10});
  Box heading{10};
  heading.keep_with_next = true;
  boxes.push_back(heading);
  Box chart{30};
  chart.keep_with_next = true;
  chart.keep_loosely = loose;
  boxes.push_back(chart);
  for (int i = 0; i < 6; ++i) {
    Box row{10};
    row.keep_with_next = i < 5;
    row.keep_loosely = true;
    boxes.push_back(row);
  }
  return boxes;
}

TEST(PaginatorTest, ALooseKeepGivesWayRatherThanLeaveAPageUnderHalfFull) {
  std::vector<Box> boxes = ChartAndTable(true);
  std::vector<PageBoxes> pages = Paginate(boxes, 100);
  ASSERT_EQ(pages.size(), 2u);
  // Heading and chart stay on page 1 (70 of 100), the table parts from them.
  EXPECT_EQ(pages[0].boxes.size(), 5u);
  EXPECT_EQ(pages[1].boxes.front().box, &boxes[5]);
  // Kept firmly, the whole chain would have moved and left page 1 at 30 of 100.
  std::vector<Box> firm = ChartAndTable(false);
  for (Box& b : firm) b.keep_loosely = false;
  EXPECT_EQ(Paginate(firm, 100)[0].boxes.size(), 3u);
}

TEST(PaginatorTest, AHeadingAndAChartTooTallForThePageRestMoveTogether) {
  std::vector<Box> boxes(3, Box{10});
  Box heading{10};
  heading.keep_with_next = true;
  boxes.push_back(heading);
  boxes.push_back(Box{80});  // 30 + 10 + 80 > 100: page 1 stays at 30, as nothing fits
  std::vector<PageBoxes> pages = Paginate(boxes, 100);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].boxes.size(), 3u);
  EXPECT_EQ(pages[1].boxes.front().box, &boxes[3]);
}

TEST(PaginatorTest, AContinuedSectionRepeatsItsHeadingAtopTheNextPage) {
  auto continued = std::make_shared<std::vector<Box>>(1, Box{12});
  std::vector<Box> boxes(15, Box{10});
  for (Box& b : boxes) b.continued = continued;
  std::vector<PageBoxes> pages = Paginate(boxes, 100);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[1].boxes.front().box, &continued->front());
  EXPECT_FLOAT_EQ(pages[1].boxes[1].y, 12);
}

}  // namespace
}  // namespace klynge::pdf
