// `klynge serve` as a user meets it: a real process on loopback.

#include <httplib.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "serve/dev_server.h"
#include "support/serve_process.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

namespace fs = std::filesystem;
using testing::ServeProcess;
using testing::TempSite;

TEST(DevServerTest, RefusesPathsThatLeaveTheSite) {
  TempSite site;
  site.Write("x/index.html", "<p>x</p>");
  std::string root = site.content();
  EXPECT_NE(ResolveRequestPath(root, "/x/"), "");
  EXPECT_NE(ResolveRequestPath(root, "/x/index.html"), "");
  EXPECT_EQ(ResolveRequestPath(root, "/../site.yaml"), "");
  EXPECT_EQ(ResolveRequestPath(root, "/x/../../etc/passwd"), "");
  EXPECT_EQ(ResolveRequestPath(root, "/../../../../../../etc/passwd"), "");
  EXPECT_EQ(ResolveRequestPath(root, "/missing.html"), "");
  fs::create_symlink("/etc", fs::path(root) / "escape");
  EXPECT_EQ(ResolveRequestPath(root, "/escape/passwd"), "");
}

TEST(DevServerTest, ContentTypes) {
  EXPECT_EQ(ContentTypeFor("a/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("static/style.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("static/search.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(ContentTypeFor("pdf/program.pdf"), "application/pdf");
  EXPECT_EQ(ContentTypeFor("drejebog.ics"), "text/calendar; charset=utf-8");
}

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.Write("site.yaml", testing::kSiteYaml);
    site_.Write("packages/smertebehandling/package.md", testing::kPackageMd);
    site_.Write("packages/smertebehandling/assets/noter.pdf", "%PDF-1.4 test\n");
  }
  TempSite site_;
};

TEST_F(ServeTest, ServesPagesAndFilesOnLoopbackAndNothingOutside) {
  ServeProcess serve(site_.root());
  ASSERT_GT(serve.port(), 0);
  httplib::Client client("127.0.0.1", serve.port());
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("/__klynge/live.js"), std::string::npos) << "live reload is injected";
  auto pdf = client.Get("/pakker/smertebehandling/assets/noter.pdf");
  ASSERT_TRUE(pdf);
  EXPECT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  auto escape = client.Get("/../etc/passwd");
  ASSERT_TRUE(escape);
  EXPECT_EQ(escape->status, 404);
  EXPECT_EQ(escape->body.find("root:"), std::string::npos);
  // The built files themselves never carry the reload script.
  EXPECT_EQ(testing::ReadFile(site_.root() + "/output/site/index.html").find("live.js"), std::string::npos);
}

TEST_F(ServeTest, SendsReloadAfterAContentChangeAndProblemsAfterABadOne) {
  ServeProcess serve(site_.root());
  ASSERT_GT(serve.port(), 0);
  std::string events;
  std::mutex mu;
  std::atomic<bool> done{false};
  std::thread listener([&] {
    httplib::Client client("127.0.0.1", serve.port());
    client.set_read_timeout(std::chrono::seconds(20));
    client.Get("/__klynge/events", [&](const char* data, size_t len) {
      std::lock_guard<std::mutex> lock(mu);
      events.append(data, len);
      return !done.load();
    });
  });
  auto wait_for = [&](const std::string& needle) {
    for (int i = 0; i < 100; ++i) {
      {
        std::lock_guard<std::mutex> lock(mu);
        if (events.find(needle) != std::string::npos) return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  };
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  site_.Write("packages/smertebehandling/package.md",
              std::string(testing::kPackageMd) + "\nEt nyt afsnit.\n");
  EXPECT_TRUE(wait_for("event: reload"));
  site_.Write("packages/smertebehandling/package.md", "---\ntitle: [\n---\n");
  EXPECT_TRUE(wait_for("event: problems"));
  {
    std::lock_guard<std::mutex> lock(mu);
    EXPECT_NE(events.find("package.md"), std::string::npos) << events;
  }
  done = true;
  // Touch once more so the stream writes and notices the listener is done.
  site_.Write("packages/smertebehandling/package.md", testing::kPackageMd);
  listener.join();
}

}  // namespace
}  // namespace klynge
