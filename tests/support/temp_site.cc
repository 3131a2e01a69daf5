#include "support/temp_site.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/content_loader.h"
#include "validate/validator.h"
#include "support/source_tree.h"

namespace klynge::testing {

namespace fs = std::filesystem;

const char* const kSiteYaml =
    "title: Klyngepakker\n"
    "organisation: KiAP\n"
    "base_url: https://klyngepakker.example.dk/\n";

const char* const kPackageMd =
    "---\n"
    "title: Smertebehandling\n"
    "topic: Medicin\n"
    "provider: KAP-H's medicinteam\n"
    "duration: 150\n"
    "---\n"
    "Formålet med denne klyngepakke er at kigge på ordinationsmønstret.\n";

TempSite::TempSite() {
  std::string pattern = (fs::temp_directory_path() / "klynge-test-XXXXXX").string();
  char* made = mkdtemp(pattern.data());
  root_ = made ? made : pattern;
}

TempSite::~TempSite() {
  std::error_code ec;
  fs::remove_all(root_, ec);
}

void TempSite::Write(const std::string& rel, const std::string& text) const {
  fs::path path = fs::path(content()) / rel;
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
}

void TempSite::Remove(const std::string& rel) const {
  std::error_code ec;
  fs::remove_all(fs::path(content()) / rel, ec);
}

Catalog TempSite::Check(Diagnostics* diags) const {
  ContentTree tree = LoadContent(content(), diags);
  return Validate(tree, diags);
}

int TempSite::Run(const std::string& args, std::string* stderr_text, std::string* stdout_text) const {
  std::string err_file = root_ + "/.stderr", out_file = root_ + "/.stdout";
  std::string command = "cd '" + root_ + "' && '" + KlyngeBinary() + "' " + args + " >'" + out_file +
                        "' 2>'" + err_file + "' </dev/null";
  int status = std::system(command.c_str());
  if (stderr_text) *stderr_text = ReadFile(err_file);
  if (stdout_text) *stdout_text = ReadFile(out_file);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const Diagnostic* FindDiagnostic(const Diagnostics& diags, const std::string& needle) {
  for (const Diagnostic& d : diags.list())
    if (d.message.find(needle) != std::string::npos) return &d;
  return nullptr;
}

std::string Describe(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.list()) {
    out += d.where.path + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) +
           (d.severity == Severity::kError ? ": error: " : ": warning: ") + d.message + "\n";
  }
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace klynge::testing
