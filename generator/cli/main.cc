// klynge: builds the klyngepakke site and documents from content/.

#include <cmark-gfm-core-extensions.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

#include "base/date.h"
#include "cli/new_command.h"
#include "cli/serve_command.h"
#include "cli/site_root.h"
#include "pipeline/build.h"

namespace {

// The day the build runs: SOURCE_DATE_EPOCH's when set, else today's. Only
// warnings use it (a meeting already past), so the files stay reproducible.
klynge::Date BuildDate(const klynge::BuildClock& clock) {
  int64_t seconds = clock.epoch_seconds
                        ? *clock.epoch_seconds
                        : std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::system_clock::now().time_since_epoch()).count();
  return klynge::Date::FromDays(static_cast<int>(seconds / 86400));
}

}  // namespace

int main(int argc, char** argv) {
  // cmark-gfm's registration flag is not thread-safe: do it before any thread.
  cmark_gfm_core_extensions_ensure_registered();

  CLI::App app{"klynge: klyngepakker as a static site and printable documents"};
  app.require_subcommand(1);
  app.set_version_flag("--version", KLYNGE_VERSION);
  klynge::BuildOptions options;
  // Before or after the subcommand: `klynge --root site check` and `klynge check --root site`.
  app.fallthrough();
  app.add_option("--root", options.root,
                 "site root holding content/, themes/ and output/ (default: this folder or the nearest one "
                 "above it with content/site.yaml)")
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
  serve->add_option("-o,--output", options.output_dir,
                    "output folder (default: <root>/output, or <root>/output-drafts with --drafts)");
  serve->add_flag("--drafts", options.show_drafts,
                  "show drafts too, each page with a banner; built into output-drafts/, never into output/");

  CLI::App* make = app.add_subcommand(
      "new", "write a commented skeleton: new site [DIR], or new package|story|page|cluster <slug>");
  std::string new_kind, new_slug, new_package;
  make->add_option("kind", new_kind, "site, package, story, page (a free page) or cluster")
      ->required()
      ->check(CLI::IsMember({"site", "package", "story", "page", "cluster"}));
  make->add_option("slug", new_slug,
                   "for a site: the folder to make it in (default: this one); otherwise the folder or file "
                   "name: lower-case a-z, digits, hyphens");
  make->add_option("--package", new_package, "for a cluster: the package its meeting uses");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (make->parsed() && new_kind == "site") return klynge::RunNewSite(new_slug, std::cout, std::cerr);
  // Without --root, the site root is here or the nearest folder above.
  if (app.count("--root") == 0) {
    std::optional<std::string> found = klynge::FindSiteRoot(".");
    if (!found) {
      std::cerr << klynge::NoSiteRootMessage(app.get_subcommands().front()->get_name());
      return 2;
    }
    options.root = *found;
  }
  if (make->parsed()) return klynge::RunNew(options.root, new_kind, new_slug, new_package, std::cout, std::cerr);
  // The one place the build reads the clock: renderers get it as an input.
  options.clock = klynge::BuildClockFromEnvironment();
  options.today = BuildDate(options.clock);
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
