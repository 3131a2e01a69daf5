#include "cli/serve_command.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <ostream>
#include <sstream>

#include "base/file_path.h"
#include "base/file_system.h"
#include "load/content_loader.h"
#include "serve/dev_server.h"
#include "serve/file_watcher.h"
#include "validate/validator.h"

namespace klynge {

namespace {

volatile std::sig_atomic_t g_stop = 0;
void OnSignal(int) { g_stop = 1; }

// One build; its diagnostics go to the terminal and, on failure, to the pages.
void Rebuild(const BuildOptions& options, DevServer* server, std::ostream& err) {
  std::ostringstream problems;
  auto started = std::chrono::steady_clock::now();
  BuildResult result = RunBuild(options, problems);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  err << problems.str();
  if (result.exit_code == 0) {
    char took[32];
    std::snprintf(took, sizeof took, "%.2f s", seconds);
    err << "klynge serve: " << (result.up_to_date ? "up to date" : "rebuilt") << " in " << took << " ("
        << result.warnings << " warning(s))\n";
    server->Publish(true, "");
  } else {
    err << "klynge serve: build failed; serving the last good build\n";
    server->Publish(false, problems.str());
  }
  err.flush();
}

}  // namespace

std::string ServeOutputDir(const BuildOptions& build) {
  if (!build.output_dir.empty()) return build.output_dir;
  return JoinPath(build.root, build.show_drafts ? "output-drafts" : "output");
}

int RunServe(const ServeOptions& options, std::ostream& out, std::ostream& err) {
  BuildOptions build = options.build;
  // Unchanged YAML and Markdown are not parsed again on a rebuild.
  YamlCache yaml_cache;
  MarkdownCache markdown_cache;
  build.caches = {&yaml_cache, &markdown_cache};
  build.output_dir = ServeOutputDir(build);
  std::string site_dir = build.output_dir + "/site";

  DevServer server(site_dir);
  Rebuild(build, &server, err);
  // A first build that found nothing changed parsed nothing: parse now, so
  // the first edit is as quick as the next ones.
  if (yaml_cache.size() == 0) {
    Diagnostics ignored;
    ContentTree tree = LoadContent(JoinPath(build.root, "content"), &ignored, build.jobs, build.caches, nullptr,
                                   build.file_system);
    Validate(tree, &ignored, {build.jobs, &markdown_cache, build.today, build.show_drafts});  // its Markdown values in YAML
  }
  Status started = server.Start(options.host, options.port);
  if (!started.ok()) {
    err << "klynge serve: " << started.message() << "\n";
    return 1;
  }
  FileWatcher watcher;
  for (const char* dir : {"content", "themes"}) {
    std::string path = JoinPath(build.root, dir);
    if (!IsKind(OrReal(build.file_system), path, FileKind::kFolder)) continue;
    Status watching = watcher.Watch(path);
    if (!watching.ok()) err << "klynge serve: " << watching.message() << "\n";
  }
  std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  out << "Serving " << site_dir << " at http://" << host << ":" << server.port()
      << "/" << (build.show_drafts ? ", drafts shown with a banner" : "") << " (Ctrl+C to stop)" << std::endl;

  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  while (!g_stop) {
    if (watcher.WaitForChange(300)) Rebuild(build, &server, err);
  }
  server.Stop();
  return 0;
}

}  // namespace klynge
