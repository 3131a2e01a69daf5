// `klynge serve` with many tabs open (issue 12, case 7): live-reload streams
// and idle connections must not keep pages from being served. Loopback only;
// the loops are bounded in count, every wait has a deadline, and every socket
// is closed when its test ends, pass or fail.

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "serve/dev_server.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using testing::TempSite;

constexpr int kStreams = 50;
constexpr int kIdleConnections = 200;
constexpr int kPageRequests = 8;
constexpr milliseconds kPageBudget{100};
constexpr milliseconds kConnectTimeout{1000};

long Millis(Clock::duration d) { return std::chrono::duration_cast<milliseconds>(d).count(); }

// A TCP connection to 127.0.0.1, closed when it goes out of scope.
class Connection {
 public:
  // Connects within `timeout`; ok() tells whether it did.
  Connection(int port, milliseconds timeout) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return;
    // Linux bounds a blocking connect() by the send timeout.
    timeval tv{static_cast<time_t>(timeout.count() / 1000), static_cast<suseconds_t>(timeout.count() % 1000 * 1000)};
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      close(fd);
      return;
    }
    fd_ = fd;
  }
  ~Connection() {
    if (fd_ >= 0) close(fd_);
  }
  Connection(Connection&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Connection& operator=(Connection&&) = delete;

  bool ok() const { return fd_ >= 0; }

  bool Send(const std::string& text) {
    return ok() && send(fd_, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
  }

  // Appends what arrives to `received` until it holds `needle` (true), or the
  // peer closes, or `deadline` passes (false). An empty needle reads to the close.
  bool ReadUntil(const std::string& needle, Clock::time_point deadline, std::string* received) {
    while (ok()) {
      if (!needle.empty() && received->find(needle) != std::string::npos) return true;
      long left = Millis(deadline - Clock::now());
      if (left <= 0) return false;
      pollfd pfd{fd_, POLLIN, 0};
      int ready = poll(&pfd, 1, static_cast<int>(left));
      if (ready < 0) return false;
      if (ready == 0) continue;  // the deadline is checked at the top
      char buf[4096];
      ssize_t n = recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
      if (n == 0) return needle.empty();
      if (n < 0) {
        if (errno == EAGAIN || errno == EINTR) continue;
        return false;
      }
      received->append(buf, static_cast<size_t>(n));
    }
    return false;
  }

  // True when the server closes its end before `deadline`.
  bool ClosedByServer(Clock::time_point deadline) {
    std::string ignored;
    return ReadUntil("", deadline, &ignored);
  }

 private:
  int fd_ = -1;
};

// The server's listening socket, which lives in this process: how many
// connections wait to be accepted, and how many may (the listen backlog).
struct ListenQueue {
  bool found = false;
  unsigned waiting = 0;
  unsigned backlog = 0;
};

ListenQueue ReadListenQueue(int port) {
  ListenQueue queue;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    int fd = std::atoi(entry.path().filename().c_str());
    int listening = 0;
    socklen_t len = sizeof listening;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening) continue;
    sockaddr_in addr{};
    len = sizeof addr;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0 || addr.sin_family != AF_INET ||
        ntohs(addr.sin_port) != port)
      continue;
    // For a listening socket Linux reports the accept queue in these two.
    tcp_info info{};
    len = sizeof info;
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0) continue;
    queue.found = true;
    queue.waiting = info.tcpi_unacked;
    queue.backlog = info.tcpi_sacked;
  }
  return queue;
}

// Ends the whole test program when a test, teardown included, outlives
// `limit`: a server that does not stop must fail the run, not hang it.
class Watchdog {
 public:
  explicit Watchdog(std::chrono::seconds limit)
      : thread_([this, limit] {
          std::unique_lock<std::mutex> lock(mu_);
          if (!done_cv_.wait_for(lock, limit, [this] { return done_; })) {
            std::fprintf(stderr, "serve load test: still running after %lld s; aborting\n",
                         static_cast<long long>(limit.count()));
            std::abort();
          }
        }) {}
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
    }
    done_cv_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mu_;
  std::condition_variable done_cv_;
  bool done_ = false;
  std::thread thread_;
};

class ServeLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.Write("index.html", "<!DOCTYPE html><html><head><title>Forside</title></head><body><p>forside</p></body></html>");
    ASSERT_TRUE(server_.Start("127.0.0.1", 0).ok());
  }

  // Opens `count` live-reload streams the way EventSource does, and keeps the
  // ones whose response began (status and headers) within `within`.
  std::vector<Connection> OpenStreams(int count, milliseconds within) {
    std::vector<Connection> asked;
    for (int i = 0; i < count; ++i) {
      Connection c(server_.port(), kConnectTimeout);
      if (c.Send("GET /__klynge/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"))
        asked.push_back(std::move(c));
    }
    std::vector<Connection> open;
    auto deadline = Clock::now() + within;
    for (Connection& c : asked) {
      std::string head;
      if (c.ReadUntil("\r\n\r\n", deadline, &head) && head.starts_with("HTTP/1.1 200") &&
          head.find("text/event-stream") != std::string::npos)
        open.push_back(std::move(c));
    }
    return open;
  }

  // Connections that connect and then send nothing, like a browser's spares;
  // returns once the server has accepted them all, or after a few seconds.
  std::vector<Connection> OpenIdle(int count) {
    std::vector<Connection> idle;
    auto deadline = Clock::now() + std::chrono::seconds(10);
    for (int i = 0; i < count && Clock::now() < deadline; ++i) {
      Connection c(server_.port(), kConnectTimeout);
      if (c.ok()) idle.push_back(std::move(c));
    }
    auto accepted = Clock::now() + std::chrono::seconds(2);
    while (ReadListenQueue(server_.port()).waiting > 0 && Clock::now() < accepted)
      std::this_thread::sleep_for(milliseconds(5));
    return idle;
  }

  // One page load on a fresh connection: milliseconds until the whole
  // response has arrived, or -1 when it did not arrive within a second.
  double TimeFrontPage(std::string* response) {
    auto started = Clock::now();
    Connection c(server_.port(), kConnectTimeout);
    if (!c.Send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")) return -1;
    if (!c.ReadUntil("", started + std::chrono::seconds(1), response)) return -1;
    return std::chrono::duration<double, std::milli>(Clock::now() - started).count();
  }

  Watchdog watchdog_{std::chrono::seconds(60)};  // first made, last gone
  TempSite site_;
  DevServer server_{site_.content()};
};

TEST_F(ServeLoadTest, ListensWithABacklogForManyTabs) {
  ListenQueue queue = ReadListenQueue(server_.port());
  ASSERT_TRUE(queue.found);
  // SOMAXCONN, or less where net.core.somaxconn says so; 5 before.
  EXPECT_GE(queue.backlog, 128u);
}

// httplib's stop() does nothing before its accept loop has begun.
TEST_F(ServeLoadTest, StopsEvenRightAfterStart) {
  for (int i = 0; i < 20; ++i) {
    DevServer server(site_.content());
    ASSERT_TRUE(server.Start("127.0.0.1", 0).ok());
    auto started = Clock::now();
    server.Stop();
    EXPECT_LT(Millis(Clock::now() - started), 1000);
  }
}

TEST_F(ServeLoadTest, PagesAnswerQuicklyWith50StreamsAnd200IdleConnectionsOpen) {
  std::vector<Connection> streams = OpenStreams(kStreams, milliseconds(5000));
  EXPECT_EQ(streams.size(), static_cast<size_t>(kStreams)) << "event streams that got a response";
  std::vector<Connection> idle = OpenIdle(kIdleConnections);
  EXPECT_EQ(idle.size(), static_cast<size_t>(kIdleConnections)) << "idle connections accepted";

  std::string latencies;
  for (int i = 0; i < kPageRequests; ++i) {
    std::string response;
    double ms = TimeFrontPage(&response);
    char shown[16];
    std::snprintf(shown, sizeof shown, "%s%.1f", i ? " " : "", ms);
    latencies += shown;
    EXPECT_GE(ms, 0) << "GET / #" << i << " got no whole response within 1 s";
    EXPECT_LT(ms, kPageBudget.count()) << "GET / #" << i;
    EXPECT_TRUE(response.starts_with("HTTP/1.1 200")) << response.substr(0, 200);
    EXPECT_NE(response.find("forside"), std::string::npos);
  }
  RecordProperty("get_ms", latencies);
  std::printf("GET / with %zu streams and %zu idle connections open (ms): %s\n", streams.size(), idle.size(),
              latencies.c_str());

  // The streams are alive, not just accepted: a good build reloads every tab.
  server_.Publish(true, "");
  auto deadline = Clock::now() + std::chrono::seconds(3);
  int reloaded = 0;
  for (Connection& c : streams) {
    std::string events;
    if (c.ReadUntil("event: reload", deadline, &events)) ++reloaded;
  }
  EXPECT_EQ(reloaded, kStreams);
}

TEST_F(ServeLoadTest, StopsPromptlyWithStreamsAndIdleConnectionsOpen) {
  // Idle connections first, so that they are the ones being waited on.
  std::vector<Connection> idle = OpenIdle(kIdleConnections);
  std::vector<Connection> streams = OpenStreams(kStreams, milliseconds(2000));
  EXPECT_EQ(streams.size(), static_cast<size_t>(kStreams));

  auto started = Clock::now();
  server_.Stop();
  long ms = Millis(Clock::now() - started);
  std::printf("Stop() with %zu streams and %zu idle connections open: %ld ms\n", streams.size(), idle.size(), ms);
  EXPECT_LT(ms, 2000) << "Stop() took " << ms << " ms";
  auto deadline = Clock::now() + std::chrono::seconds(1);
  int closed = 0;
  for (Connection& c : streams) closed += c.ClosedByServer(deadline);
  EXPECT_EQ(closed, static_cast<int>(streams.size())) << "streams ended by Stop()";
}

TEST_F(ServeLoadTest, ANewTabGetsAStreamWhenAllAreTakenAndTheOldestGoes) {
  // The first on its own, so that it is the oldest on the server too.
  std::vector<Connection> oldest = OpenStreams(1, milliseconds(2000));
  ASSERT_EQ(oldest.size(), 1u);
  std::vector<Connection> others = OpenStreams(kMaxEventStreams - 1, milliseconds(5000));
  ASSERT_EQ(others.size(), static_cast<size_t>(kMaxEventStreams - 1));
  std::vector<Connection> newest = OpenStreams(1, milliseconds(2000));
  ASSERT_EQ(newest.size(), 1u);
  EXPECT_TRUE(oldest.front().ClosedByServer(Clock::now() + std::chrono::seconds(2)));
  server_.Publish(true, "");
  auto deadline = Clock::now() + std::chrono::seconds(3);
  std::string events;
  EXPECT_TRUE(newest.front().ReadUntil("event: reload", deadline, &events));
  int reloaded = 0;
  for (Connection& c : others) {
    std::string other_events;
    reloaded += c.ReadUntil("event: reload", deadline, &other_events);
  }
  EXPECT_EQ(reloaded, kMaxEventStreams - 1) << "only the oldest stream was ended";
}

}  // namespace
}  // namespace klynge
