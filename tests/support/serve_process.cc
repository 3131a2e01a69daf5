#include "support/serve_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <regex>

#include "support/source_tree.h"

namespace klynge::testing {

ServeProcess::ServeProcess(const std::string& root, const std::vector<std::string>& args) {
  int out[2];
  if (pipe(out) != 0) return;
  std::vector<std::string> argv = {KlyngeBinary(), "serve", "--port", "0"};
  argv.insert(argv.end(), args.begin(), args.end());
  pid_ = fork();
  if (pid_ == 0) {
    dup2(out[1], 1);
    close(out[0]);
    if (chdir(root.c_str()) != 0) _exit(127);
    std::vector<char*> raw;
    for (std::string& arg : argv) raw.push_back(arg.data());
    raw.push_back(nullptr);
    execv(raw[0], raw.data());
    _exit(127);
  }
  close(out[1]);
  FILE* f = fdopen(out[0], "r");
  char line[512];
  std::regex port_re(":([0-9]+)/");
  while (f && fgets(line, sizeof line, f)) {
    std::cmatch m;
    if (std::regex_search(line, m, port_re)) {
      port_ = std::stoi(m[1].str());
      banner_ = line;
      break;
    }
  }
  stdout_ = f;
}

ServeProcess::~ServeProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    int status;
    waitpid(pid_, &status, 0);
  }
  if (stdout_) fclose(stdout_);
}

}  // namespace klynge::testing
