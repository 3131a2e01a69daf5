#pragma once
// Runs the real klynge binary the way a user does, for end-to-end tests.

#include <string>

namespace klynge::testing {

struct RunResult {
  int exit_code = -1;  // 128 + N when klynge was killed by signal N (a crash)
  std::string out;
  std::string err;
};

// `cd cwd && env <env> klynge <args>`; `env` is a space-separated list of
// NAME=value (may be empty), `args` is shell-quoted by the caller.
RunResult RunKlynge(const std::string& cwd, const std::string& args, const std::string& env = "");

// RunKlynge with the size of any file klynge writes limited to `blocks`
// (ulimit -f, 512-byte blocks in /bin/sh), so that writing a larger file fails.
RunResult RunKlyngeWithFileSizeLimit(const std::string& cwd, const std::string& args, unsigned blocks);

// Single-quotes `text` for the shell.
std::string ShellQuote(const std::string& text);

// The sample content shipped in the repository (SourceDir(), with content/ under it).
std::string SampleRoot();

// Builds the sample content into `output_dir`, from the repository root.
RunResult BuildSample(const std::string& output_dir, const std::string& env = "");

}  // namespace klynge::testing
