#include "support/run_klynge.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge::testing {

namespace fs = std::filesystem;

std::string ShellQuote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

namespace {

// `setup` runs in the shell before klynge starts (limits, traps); may be empty.
RunResult RunInShell(const std::string& cwd, const std::string& args, const std::string& env,
                     const std::string& setup) {
  // The captured streams go beside the temp folder's contents, not into cwd,
  // which may be the repository or an output folder under test.
  std::string pattern = (fs::temp_directory_path() / "klynge-run-XXXXXX").string();
  RunResult result;
  if (!mkdtemp(pattern.data())) return result;
  std::string out_file = pattern + "/stdout", err_file = pattern + "/stderr";
  std::string command = setup + "cd " + ShellQuote(cwd) + " && env " + env + " " +
                        ShellQuote(KlyngeBinary()) + " " + args + " >" + ShellQuote(out_file) +
                        " 2>" + ShellQuote(err_file) + " </dev/null";
  int status = std::system(command.c_str());
  result.out = ReadFile(out_file);
  result.err = ReadFile(err_file);
  std::error_code ec;
  fs::remove_all(pattern, ec);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace

RunResult RunKlynge(const std::string& cwd, const std::string& args, const std::string& env) {
  return RunInShell(cwd, args, env, "");
}

RunResult RunKlyngeWithFileSizeLimit(const std::string& cwd, const std::string& args,
                                     unsigned blocks) {
  // With SIGXFSZ ignored (inherited through exec) a write past the limit
  // fails with EFBIG instead of killing the process: a real write error.
  return RunInShell(cwd, args, "", "trap '' XFSZ; ulimit -f " + std::to_string(blocks) + " && ");
}

std::string SampleRoot() { return SourceDir(); }

RunResult BuildSample(const std::string& output_dir, const std::string& env) {
  return RunKlynge(SampleRoot(), "build --output " + ShellQuote(output_dir), env);
}

}  // namespace klynge::testing
