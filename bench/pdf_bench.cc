// How fast the package PDFs are made, and where one document's time goes:
// loading and embedding the fonts versus laying out the text.
//
//   cmake -B build -DKLYNGE_BENCH=ON && ninja -C build pdf_bench && build/pdf_bench
//
// Uses the sample content in content/ (four packages from the seeds).

#include <benchmark/benchmark.h>
#include <cmark-gfm-core-extensions.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>

#include "load/content_loader.h"
#include "load/theme_loader.h"
#include "pipeline/build_units.h"
#include "markdown/parsed_markdown.h"
#include "render/pdf/layout/block_layout.h"
#include "model/font_metrics.h"
#include "render/pdf/layout/markdown_blocks.h"
#include "render/pdf/layout/paginator.h"
#include "render/pdf/package_pdfs.h"
#include "render/pdf/print_parts.h"
#include "validate/validator.h"

namespace klynge {
namespace {

struct Sample {
  Catalog catalog;
  Theme theme;
};

const Sample& LoadSample() {
  static Sample* sample = [] {
    auto* s = new Sample;
    Diagnostics diags;
    ContentTree tree = LoadContent(KLYNGE_SOURCE_DIR "/content", &diags);
    s->catalog = Validate(tree, &diags);
    if (diags.HasErrors()) {
      std::cerr << "pdf_bench: the sample content has errors\n";
      std::exit(1);
    }
    Status theme = LoadTheme(KLYNGE_SOURCE_DIR "/themes/default", s->catalog.site.language, &s->theme);
    if (!theme.ok()) {
      std::cerr << "pdf_bench: " << theme.message() << "\n";
      std::exit(1);
    }
    return s;
  }();
  return *sample;
}

// libharu writes one uncompressed "/Type /Page" dictionary per page.
int CountPages(const std::string& pdf) {
  int pages = 0;
  for (size_t at = 0; (at = pdf.find("/Type /Page", at)) != std::string::npos; at += 11)
    if (pdf.compare(at + 11, 1, "s") != 0) ++pages;
  return pages;
}

// Every published package's documents, on `threads` threads.
void BM_AllPackagePdfs(benchmark::State& state) {
  const Sample& s = LoadSample();
  unsigned threads = static_cast<unsigned>(state.range(0));
  int documents = 0, pages = 0;
  size_t bytes = 0;
  for (auto _ : state) {
    Output out;
    Status status = RenderParts(s.catalog, s.theme, {}, {BuildPart::kPdf}, threads, &out);
    if (!status.ok()) state.SkipWithError(status.message().c_str());
    documents = static_cast<int>(out.size());
    pages = 0;
    bytes = 0;
    for (const auto& [path, pdf] : out.files()) {
      pages += CountPages(pdf);
      bytes += pdf.size();
    }
  }
  state.counters["pdfs/s"] = benchmark::Counter(documents, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["pages/s"] = benchmark::Counter(pages, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["pdfs"] = documents;
  state.counters["pages"] = pages;
  state.counters["kB"] = static_cast<double>(bytes) / 1024;
}
BENCHMARK(BM_AllPackagePdfs)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// One document of the richest sample package, by kind.
void BM_OneDocument(benchmark::State& state) {
  const Sample& s = LoadSample();
  const Package* package = s.catalog.FindPackage("smertebehandling");
  PrintContext ctx(s.catalog.site, *package, s.theme, PublishedSlugs(s.catalog));
  std::vector<PrintDocument> docs = PrintDocuments(*package, s.theme);
  const PrintDocument& doc = docs[static_cast<size_t>(state.range(0))];
  state.SetLabel(doc.name);
  std::string bytes;
  for (auto _ : state) {
    Status status = RenderPrintDocument(ctx, doc, &bytes);
    if (!status.ok()) state.SkipWithError(status.message().c_str());
  }
  state.counters["pages"] = CountPages(bytes);
  state.counters["kB"] = static_cast<double>(bytes.size()) / 1024;
}
BENCHMARK(BM_OneDocument)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

pdf::FontFiles Fonts(const Sample& s) { return PrintStyle(s.theme.print).fonts; }

// Measuring with the three faces a document uses: a new document and its
// first width per face, the files' metrics already read by the process.
void BM_FontLoad(benchmark::State& state) {
  const Sample& s = LoadSample();
  for (auto _ : state) {
    pdf::PdfDocument doc(Fonts(s));
    for (pdf::Face face : {pdf::Face::kRegular, pdf::Face::kBold, pdf::Face::kItalic})
      benchmark::DoNotOptimize(doc.CharUnits(face, U'æ'));
  }
}
BENCHMARK(BM_FontLoad)->Unit(benchmark::kMillisecond);

// Reading one TrueType file's widths: paid once per font file and build (the theme loader).
void BM_FontMetricsParse(benchmark::State& state) {
  std::ifstream in(Fonts(LoadSample()).regular.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (auto _ : state) {
    std::string problem;
    benchmark::DoNotOptimize(FontMetrics::Parse(bytes, &problem));
  }
}
BENCHMARK(BM_FontMetricsParse)->Unit(benchmark::kMillisecond);

// Loading, then embedding the used glyphs of three faces: a one-line page saved.
void BM_FontLoadAndEmbed(benchmark::State& state) {
  const Sample& s = LoadSample();
  for (auto _ : state) {
    pdf::PdfDocument doc(Fonts(s));
    std::vector<pdf::DrawOp> ops;
    for (pdf::Face face : {pdf::Face::kRegular, pdf::Face::kBold, pdf::Face::kItalic})
      ops.push_back(pdf::TextOp{50, 100, face, 10, pdf::Color{}, "Smertebehandling – æøå"});
    doc.AddPage(595.28f, 841.89f, ops);
    std::string bytes;
    benchmark::DoNotOptimize(doc.Save(&bytes));
  }
}
BENCHMARK(BM_FontLoadAndEmbed)->Unit(benchmark::kMillisecond);

// Layout alone: the handout's Markdown body to blocks, boxes and pages, with
// fonts already loaded and measured.
void BM_LayoutHandoutBody(benchmark::State& state) {
  const Sample& s = LoadSample();
  const Package* package = s.catalog.FindPackage("smertebehandling");
  PrintContext ctx(s.catalog.site, *package, s.theme, PublishedSlugs(s.catalog));
  pdf::PdfDocument doc(ctx.style.fonts);
  PackageMarkdown markdown(ctx, doc);
  pdf::PageSetup page = A4Page();
  size_t pages = 0;
  for (auto _ : state) {
    std::vector<pdf::Block> blocks = markdown.Blocks(package->body);
    pdf::BlockLayout layout(doc, page.body_height());
    std::vector<pdf::Box> boxes = layout.LayOut(blocks, page.body_width());
    pages = pdf::Paginate(boxes, page.body_height()).size();
    benchmark::DoNotOptimize(boxes.data());
  }
  state.counters["pages"] = static_cast<double>(pages);
}
BENCHMARK(BM_LayoutHandoutBody)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace klynge

int main(int argc, char** argv) {
  cmark_gfm_core_extensions_ensure_registered();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
