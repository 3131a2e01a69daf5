#pragma once
// `klynge serve`'s web server: the built site on loopback, with live reload
// and an error overlay injected into HTML responses (never into the files).

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "base/status.h"

namespace klynge {

// Live-reload streams open at once; a new one beyond this ends the oldest.
inline constexpr int kMaxEventStreams = 128;

// Content type for a file name, by its extension.
std::string ContentTypeFor(const std::string& path);
// Maps a request path to a file under `root`; "" when it would leave `root`
// or names nothing there. Folders map to their index.html.
std::string ResolveRequestPath(const std::string& root, const std::string& request_path);

class DevServer {
 public:
  explicit DevServer(std::string site_dir);
  ~DevServer();

  // Binds host:port (port 0 picks a free one) and serves on a thread.
  Status Start(const std::string& host, int port);
  void Stop();
  int port() const { return port_; }

  // Open pages reload (ok), or show `problems` over the page until the next good build.
  void Publish(bool ok, const std::string& problems);

 private:
  class Listener;
  struct EventStream;
  struct State {
    long generation = 0;
    bool ok = true;
    std::string problems;
  };

  std::string site_dir_;
  std::unique_ptr<Listener> server_;
  std::thread thread_;
  int port_ = 0;
  std::mutex mu_;
  std::condition_variable changed_;
  State state_;
  std::map<long, EventStream*> streams_;  // open ones by age, oldest first
  long next_stream_ = 0;
  bool stopping_ = false;
};

}  // namespace klynge
