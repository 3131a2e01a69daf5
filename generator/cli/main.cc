// klynge: builds the klyngepakke site and documents from content/.

#include <cmark-gfm-core-extensions.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "pipeline/build.h"

int main(int argc, char** argv) {
  // cmark-gfm's registration flag is not thread-safe: do it before any thread.
  cmark_gfm_core_extensions_ensure_registered();

  CLI::App app{"klynge: klyngepakker as a static site and printable documents"};
  app.require_subcommand(1);
  app.set_version_flag("--version", KLYNGE_VERSION);
  klynge::BuildOptions options;
  app.add_option("--root", options.root, "site root holding content/, themes/ and output/")
      ->check(CLI::ExistingDirectory);

  CLI::App* build = app.add_subcommand("build", "validate content/, then write the site and documents");
  build->add_option("-o,--output", options.output_dir, "output folder (default: <root>/output)");
  CLI::App* check = app.add_subcommand("check", "validate content/ only; write nothing");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (check->parsed()) options.write = false;
  (void)build;
  klynge::BuildResult result = klynge::RunBuild(options, std::cerr);
  return result.exit_code;
}
