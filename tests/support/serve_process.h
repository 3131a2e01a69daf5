#pragma once
// A real `klynge serve --port 0` process in a site root, for end-to-end tests.

#include <sys/types.h>

#include <cstdio>
#include <string>
#include <vector>

namespace klynge::testing {

class ServeProcess {
 public:
  // Starts `klynge serve --port 0 <args>` in `root` and waits until it
  // prints the port it serves on (after the first build).
  explicit ServeProcess(const std::string& root, const std::vector<std::string>& args = {});
  ~ServeProcess();  // stops it with SIGTERM and waits for it
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  int port() const { return port_; }  // 0 when it did not start
  const std::string& banner() const { return banner_; }  // the line that named the port

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string banner_;
  FILE* stdout_ = nullptr;
};

}  // namespace klynge::testing
