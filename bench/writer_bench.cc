// Times one export of one program, phase by phase, in one process:
//   writer_bench FORMAT CURRICULUM COUNTRY AUDIENCE [RUNS] [--html FILE]
// With --html it also writes the facilitator guide as an HTML page, from which LibreOffice
// makes the equivalent DOCX for the comparison in bench/compare_libreoffice.sh.
// Run by hand (see bench/README.md), never by the test suite.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include "flow_html.h"
#include "trainkit/workspace.h"
#include "trainkit/writers/writer.h"
#include "trainkit/writers/pdf/guide_content.h"

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

double Milliseconds(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5 || !trainkit::writers::FindWriter(argv[1])) {
    std::fputs("usage: writer_bench FORMAT CURRICULUM COUNTRY AUDIENCE [RUNS] [--html FILE]\n", stderr);
    return 2;
  }
  const trainkit::writers::Writer& writer = *trainkit::writers::FindWriter(argv[1]);
  ++argv, --argc;  // the rest as before the format
  fs::path folder = argv[1];
  int runs = argc > 4 ? std::atoi(argv[4]) : 20;
  std::string html_file = argc > 6 && std::string(argv[5]) == "--html" ? argv[6] : "";
  fs::path templates = fs::path(TRAINKIT_SOURCE_DIR) / "templates";
  std::vector<double> load, resolve, write;
  std::string pdf;
  const trainkit::Date today{2026, 11, 28};
  for (int run = 0; run < runs; ++run) {
    // A new workspace each run, as each command starts with one: nothing is cached.
    trainkit::Workspace workspace(trainkit::DiskEnv(), folder, today);
    auto start = Clock::now();
    (void)workspace.Check(trainkit::Scope::Program(argv[2], ""));
    load.push_back(Milliseconds(start));

    start = Clock::now();
    trainkit::ProgramResult result = workspace.Resolve({argv[2], argv[3], "", "", today});
    if (!result.program) {
      std::fputs("writer_bench: the program cannot be resolved\n", stderr);
      return 1;
    }
    resolve.push_back(Milliseconds(start));

    start = Clock::now();
    trainkit::RenderOptions options;
    options.templates = templates;
    options.allow_unchecked_facts = true;  // the shipped numbers are not checked yet: time the writer
    trainkit::Diagnostics diagnostics;
    pdf.clear();
    auto status = workspace.RenderBytes(*result.program, writer, options, pdf, diagnostics);
    write.push_back(Milliseconds(start));
    if (!status.ok()) {
      std::fprintf(stderr, "%s\n", status.message().c_str());
      return 1;
    }
  }
  if (!html_file.empty()) {
    trainkit::Workspace workspace(trainkit::DiskEnv(), folder, today);
    const trainkit::resolve::ResolvedProgram& program = *workspace.Resolve({argv[2], argv[3], "", "", today}).program;
    trainkit::writers::UiStrings strings;
    (void)trainkit::writers::UiStrings::Load(Read(templates / "strings" / (program.language.substr(0, 2) + ".json")),
                                             Read(templates / "strings/en.json"), strings);
    std::map<std::string, double> image_aspects;
    for (const auto& module : program.modules) {
      for (const auto& section : module.participant.sections) {
        for (const auto& block : section.blocks) {
          if (const auto* image = std::get_if<trainkit::model::Image>(&block.value)) image_aspects[image->source.id] = 0.75;
        }
      }
    }
    trainkit::writers::pdf::GuideInput input{program, strings, image_aspects};
    std::ofstream(html_file) << FlowToHtml(trainkit::writers::pdf::BuildGuide(input), fs::absolute(folder), program.language);
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  std::printf("%s", fmt::format("{:<34} {:>9}\n{:<34} {:>9.1f}\n{:<34} {:>9.1f}\n{:<34} {:>9.1f}\n{:<34} {:>9}\n",
                                "median of runs (ms)", runs, "read and check the program's files", median(load),
                                "resolve the program", median(resolve), fmt::format("write it ({})", writer.name),
                                median(write), "size (bytes)", pdf.size())
                        .c_str());
  return 0;
}
