// klynge: builds the klyngepakke site and documents from content/.

#include <cmark-gfm-core-extensions.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

#include "cli/new_command.h"
#include "cli/serve_command.h"
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
  build->add_option("-j,--jobs", options.jobs, "threads for parsing and rendering (default: one per core)")
      ->check(CLI::Range(1u, 256u));
  std::vector<std::string> only;
  build->add_option("--only", only, "build only this part, leaving the others as they are: site, pdf or clusters")
      ->check(CLI::IsMember({"site", "pdf", "clusters"}))
      ->delimiter(',');
  bool quiet = false, clean = false;
  build->add_flag("-q,--quiet", quiet, "no progress line and no summary (diagnostics still print)");
  build->add_flag("--clean", clean, "ignore the build cache: render everything into a fresh folder");
  build->add_flag("--print-marks", options.print_marks, "for a print shop: every PDF with 3 mm bleed and crop marks");
  CLI::App* check = app.add_subcommand("check", "validate content/ and the theme; write nothing");

  CLI::App* serve = app.add_subcommand("serve", "build, serve on 127.0.0.1 and rebuild and reload on every change");
  klynge::ServeOptions serve_options;
  serve->add_option("-p,--port", serve_options.port, "port (0 picks a free one)")->check(CLI::Range(0, 65535));
  serve->add_option("--bind", serve_options.host, "address to listen on; other than loopback only if you mean it");
  serve->add_option("-o,--output", options.output_dir, "output folder (default: <root>/output)");

  CLI::App* make = app.add_subcommand("new", "write a commented skeleton: new package|story|cluster <slug>");
  std::string new_kind, new_slug, new_package;
  make->add_option("kind", new_kind, "package, story or cluster")
      ->required()
      ->check(CLI::IsMember({"package", "story", "cluster"}));
  make->add_option("slug", new_slug, "folder or file name: lower-case a-z, digits, hyphens")->required();
  make->add_option("--package", new_package, "for a cluster: the package its meeting uses");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (make->parsed()) return klynge::RunNew(options.root, new_kind, new_slug, new_package, std::cout, std::cerr);
  // The one place the build reads the clock: renderers get it as an input.
  options.clock = klynge::BuildClockFromEnvironment();
  if (serve->parsed()) {
    serve_options.build = options;
    return klynge::RunServe(serve_options, std::cout, std::cerr);
  }
  if (check->parsed()) options.write = false;
  if (build->parsed()) {
    for (const std::string& part : only)
      options.only.insert(part == "site" ? klynge::BuildPart::kSite
                          : part == "pdf" ? klynge::BuildPart::kPdf
                                          : klynge::BuildPart::kClusters);
    options.use_cache = !clean;
    // Progress and the summary are for a person watching, not for logs.
    options.feedback = !quiet && isatty(STDERR_FILENO);
  }
  klynge::BuildResult result = klynge::RunBuild(options, std::cerr);
  return result.exit_code;
}
