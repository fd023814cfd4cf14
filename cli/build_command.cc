#include "build_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iterator>
#include <map>
#include <set>
#include <thread>

#include "atomic_write.h"
#include "brand_option.h"
#include "build_diagnostics.h"
#include "build_inputs.h"
#include "build_plan.h"
#include "build_progress.h"
#include "build_record.h"
#include "build_runner.h"
#include "exit_code.h"
#include "keep_until_exit.h"
#include "program_options.h"
#include "trainkit/writer_context.h"
#include "trainkit/base/date.h"
#include "trainkit/validate/validate.h"
#include "trainkit/writers/docx/reference_package.h"

namespace trainkit::cli {
namespace {

namespace fs = std::filesystem;

std::string Size(size_t bytes) {
  if (bytes >= 1000000) return fmt::format("{:.1f} MB", bytes / 1e6);
  if (bytes >= 1000) return fmt::format("{:.1f} kB", bytes / 1e3);
  return fmt::format("{} B", bytes);
}

// Opens each curriculum, to read its files on at most `jobs` threads, and reads what a build
// plans from (Scope::Outline). False when a file cannot be read into the model: CheckAll then
// says why, if that concerns the build.
bool OpenAll(const std::vector<fs::path>& paths, int jobs, std::vector<BuildCurriculum>& curricula) {
  bool planned = true;
  for (const fs::path& path : paths) {
    BuildCurriculum curriculum;
    curriculum.workspace = std::make_unique<Workspace>(DiskEnv(), path, CheckDate());
    curriculum.workspace->set_threads(static_cast<unsigned>(jobs));  // --jobs counts every thread
    curriculum.folder = curriculum.workspace->paths().folder;
    curriculum.files = curriculum.workspace->Check(Scope::Outline());
    planned = planned && !curriculum.diagnostics().has_errors();
    curricula.push_back(std::move(curriculum));
  }
  return planned;
}

// Checks every file of each curriculum, as `trainkit validate` does, and beside them the files
// of each program to be made (`outputs`: what they concern is found when they are resolved).
// If the files of what is built have errors, prints their diagnostics and returns the exit
// code to stop with; else prints nothing (the warnings come with the programs) and returns
// kExitOk.
int CheckAll(std::vector<BuildCurriculum>& curricula, const std::set<std::string>& countries,
             const std::vector<PlannedOutput>& outputs = {}) {
  Diagnostics concerning;
  for (size_t c = 0; c < curricula.size(); ++c) {
    std::vector<Scope> scopes = {Scope::Everything()};
    for (const PlannedOutput& output : outputs) {
      if (output.curriculum == c && !output.up_to_date) {
        scopes.push_back(Scope::Program(output.request.country, output.request.language));
      }
    }
    curricula[c].files = curricula[c].workspace->Check(scopes).front();
    concerning.Append(ConcerningBuild(curricula[c], countries));
  }
  if (!concerning.has_errors()) return kExitOk;
  ReportDiagnostics(concerning, {});
  std::fprintf(stderr, "trainkit: %d error%s in the curricula; nothing built\n", concerning.errors(),
               concerning.errors() == 1 ? "" : "s");
  return concerning.Has(Code::E001) ? kExitIo : kExitContentErrors;
}

// Error (and the known values) when a filter names something no curriculum has.
bool CheckFilter(const std::vector<std::string>& wanted, const std::set<std::string>& known, const char* what) {
  for (const std::string& value : wanted) {
    if (known.count(value)) continue;
    std::string list;
    for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
    std::fprintf(stderr, "trainkit: no curriculum has %s '%s' (known: %s)\n", what, value.c_str(), list.c_str());
    return false;
  }
  return true;
}

// The more serious of two exit codes: warnings, then content, then files, then trainkit itself.
int Worse(int a, int b) {
  static const int kOrder[] = {kExitOk, kExitWarnings, kExitContentErrors, kExitIo, kExitInternal};
  auto rank = [](int c) { return std::find(std::begin(kOrder), std::end(kOrder), c) - std::begin(kOrder); };
  return rank(b) > rank(a) ? b : a;
}

// What the outputs that were not written call for.
int ExitCodeOf(const std::vector<OutputResult>& results) {
  int code = kExitOk;
  for (const OutputResult& result : results) {
    if (result.internal_error) code = Worse(code, kExitInternal);
    else if (result.io_error) code = Worse(code, kExitIo);
    else if (!result.written && !result.up_to_date) code = Worse(code, result.diagnostics.has_errors() ? ExitCodeFor(result.diagnostics, {}) : kExitWarnings);
  }
  return code;
}

// A table by format, of the files made (those up to date are counted, not shown); a warning
// counts once in each output it concerns.
void PrintSummary(const std::vector<PlannedOutput>& outputs, const std::vector<OutputResult>& results,
                  double seconds, int jobs) {
  size_t up_to_date = std::count_if(results.begin(), results.end(), [](const auto& r) { return r.up_to_date; });
  if (up_to_date == outputs.size()) {
    std::fprintf(stderr, "trainkit: nothing to build: all %zu files are up to date (%.2f s); --force makes them again\n",
                 outputs.size(), seconds);
    return;
  }
  struct Row {
    size_t files = 0, failed = 0, bytes = 0;
    double milliseconds = 0;
    int warnings = 0;
  };
  std::map<std::string, Row> rows;
  Row total;
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (results[i].up_to_date) continue;
    for (Row* row : {&rows[std::string(outputs[i].writer->name)], &total}) {
      row->files += results[i].written;
      row->failed += !results[i].written;
      row->bytes += results[i].bytes;
      row->milliseconds += results[i].milliseconds;
      row->warnings += WarningsOf(outputs[i], results[i]);
    }
  }
  auto line = [](const std::string& name, const Row& row) {
    return fmt::format("{:<14} {:>6} {:>7} {:>11} {:>9.2f} {:>9}\n", name, row.files, row.failed, Size(row.bytes),
                       row.milliseconds / 1000, row.warnings);
  };
  std::string table = fmt::format("{:<14} {:>6} {:>7} {:>11} {:>9} {:>9}\n", "format", "files", "failed", "size",
                                  "time (s)", "warnings");
  for (const auto& [name, row] : rows) table += line(name, row);
  table += line("total", total);
  int distinct = DistinctDiagnostics(outputs, &results).warnings();
  table += fmt::format("trainkit: built {} of {} files{} in {:.2f} s with {} job{}{}\n", total.files,
                       outputs.size(), up_to_date ? fmt::format(" ({} up to date)", up_to_date) : "", seconds, jobs,
                       jobs == 1 ? "" : "s",
                       distinct == 0 ? "" : fmt::format("; {} distinct warning{}", distinct, distinct == 1 ? "" : "s"));
  std::fputs(table.c_str(), stderr);
}

// Reads and checks the reference DOCX once, so that a broken one stops the build before any
// output rather than failing every handout. Returns the exit code to stop with, or kExitOk.
int ReadBuildReference(const std::string& path, const std::vector<const writers::Writer*>& formats,
                       std::shared_ptr<const writers::ReferenceDocx>& reference) {
  if (std::none_of(formats.begin(), formats.end(), [](const auto* w) { return w->takes_reference_docx; })) {
    std::fprintf(stderr, "trainkit: --reference-docx is for %s, which this build does not make\n",
                 FormatsTakingReferenceDocx().c_str());
    return kExitUsage;
  }
  writers::docx::ReferencePackage package;
  Status status = ReadReferenceDocx(path, reference);
  if (status.ok()) status = writers::docx::ReadReferencePackage(*reference, {}, package);
  if (!status.ok()) {
    std::fprintf(stderr, "trainkit: %s\n", status.message().c_str());
    return kExitIo;
  }
  return kExitOk;
}

}  // namespace

CLI::App* AddBuildCommand(CLI::App& app, BuildArguments& arguments) {
  CLI::App* command = app.add_subcommand(
      "build", "Export every country, audience, track and format of the curricula, checked first, in parallel");
  command->add_option("PATH", arguments.paths,
                      "Curriculum folders or curriculum.xml files (default: every curriculum under ./curricula)");
  command->add_option("-o,--output", arguments.output, "The folder to write into (default: exports)");
  command->add_option("-j,--jobs", arguments.jobs, "How many outputs to make at once (default: one per core)")
      ->check(CLI::Range(1, 256));
  command->add_option("--country", arguments.countries,
                      "Only these countries (ISO 3166-1 codes; 'intl' for the international version)");
  command->add_option("--audience", arguments.audiences, "Only these audiences");
  std::vector<std::string> formats;  // not certificates: a build has no participant list
  for (const auto& writer : writers::AllWriters()) {
    if (writer.takes_participants < 2) formats.emplace_back(writer.name);
  }
  command->add_option("--format", arguments.formats,
                      "Only these formats (default: guide-pdf, handout-docx, handout-pdf, scorm12, scorm2004, markdown)")
      ->check(CLI::IsMember(formats));
  command->add_option("--template", arguments.templates, "A template folder to use instead of the default one");
  command->add_option("--strings", arguments.strings,
                      "A folder of <language>.json interface words, over the template's and the curriculum's")
      ->check(CLI::ExistingDirectory);
  command->add_option("--paper", arguments.paper, "Paper size of printed formats: a4 or letter")
      ->check(CLI::IsMember({"a4", "letter"}));
  command->add_option("--reference-docx", arguments.reference_docx,
                      "For the handouts: a DOCX whose styles, page set-up, headers, footers and theme they take");
  arguments.werror.AddOption(*command);
  command->add_flag("--allow-unchecked-facts", arguments.allow_unchecked_facts,
                    "Print phone numbers nobody has checked in participant outputs, each marked as not yet checked "
                   "(without it such a number stops the output: E185)");
  AddScormOptions(*command, arguments.scorm);
  AddBrandOption(*command, arguments.brand);
  command->add_flag("--force", arguments.force,
                    "Make every output, also those the last build made from the same inputs (see the record, "
                    "<output>/<curriculum>/manifest.json)");
  return command;
}

int RunBuild(const BuildArguments& arguments) {
  auto start = std::chrono::steady_clock::now();
  std::vector<fs::path> paths(arguments.paths.begin(), arguments.paths.end());
  if (paths.empty()) {
    paths = reader::FindCurricula("curricula");
    if (paths.empty()) {
      std::fputs("trainkit: no curricula found under ./curricula; name a curriculum folder\n", stderr);
      return kExitUsage;
    }
  }
  const int jobs = arguments.jobs > 0 ? arguments.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<BuildCurriculum> curricula;
  const std::set<std::string> wanted(arguments.countries.begin(), arguments.countries.end());
  if (!OpenAll(paths, jobs, curricula)) {
    // A file that cannot be read into the model: the check says whether it concerns this build.
    if (int code = CheckAll(curricula, wanted); code != kExitOk) return code;
  }

  std::set<std::string> countries = {"intl"}, audiences;
  for (const auto& curriculum : curricula) {
    for (const auto& adaptation : curriculum.loaded().adaptations) countries.insert(adaptation.country);
    for (const auto& audience : curriculum.loaded().curriculum->audiences) audiences.insert(audience.id);
  }
  if (!CheckFilter(arguments.countries, countries, "country") ||
      !CheckFilter(arguments.audiences, audiences, "audience")) {
    return kExitUsage;
  }
  BuildFilters filters{{arguments.countries.begin(), arguments.countries.end()},
                       {arguments.audiences.begin(), arguments.audiences.end()},
                       {}};
  for (const std::string& name : arguments.formats) filters.formats.push_back(writers::FindWriter(name));
  if (filters.formats.empty()) filters.formats = DefaultBuildFormats();

  std::shared_ptr<const writers::ReferenceDocx> reference;
  if (!arguments.reference_docx.empty()) {
    if (int code = ReadBuildReference(arguments.reference_docx, filters.formats, reference); code != kExitOk) return code;
  }

  std::shared_ptr<const model::Brand> brand;
  if (int code = LoadBrand(arguments.brand, arguments.templates, brand); code != kExitOk) return code;

  RunOptions options;
  options.jobs = jobs;
  options.render.templates = arguments.templates.empty() ? DefaultTemplateFolder() : fs::path(arguments.templates);
  options.render.strings = arguments.strings;
  options.render.paper = arguments.paper;
  options.render.reference_docx = reference;
  options.render.brand = brand;
  options.render.allow_unchecked_facts = arguments.allow_unchecked_facts;
  options.render.scorm = ScormOptionsOf(arguments.scorm);
  options.werror = arguments.werror;

  std::vector<PlannedOutput> outputs = PlanBuild(curricula, filters, arguments.output, arguments.paper);
  if (outputs.empty()) {
    std::fputs("trainkit: nothing to build: no curriculum offers that country and audience\n", stderr);
    return kExitUsage;
  }
  // What the last build made from the same inputs, and left in place, is not made again.
  BuildInputs inputs(curricula, options.render, arguments.werror.Describe());
  for (PlannedOutput& output : outputs) output.inputs = inputs.DigestOf(output);
  std::vector<OutputResult> results(outputs.size());
  std::vector<std::string> checked;  // per curriculum, the digest of what this build checks
  bool checked_before = true;        // and the last build checked the same
  for (size_t c = 0; c < curricula.size(); ++c) {
    checked.push_back(inputs.CheckedDigest(c, wanted));
    if (arguments.force) continue;
    RecordedBuild record =
        ReadBuildRecord(fs::path(arguments.output) / curricula[c].loaded().curriculum->id / "manifest.json");
    MarkUpToDate(outputs, record, c, results);
    checked_before = checked_before && !checked.back().empty() && record.checked == checked.back();
  }
  size_t up_to_date = std::count_if(outputs.begin(), outputs.end(), [](const auto& o) { return o.up_to_date; });
  if (up_to_date == outputs.size() && checked_before) {
    // Nothing changed since a build that checked these very files and made every output.
    PrintSummary(outputs, results, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                 options.jobs);
    return kExitOk;
  }
  if (int code = CheckAll(curricula, wanted, outputs); code != kExitOk) return code;
  if (int code = ResolvePlanned(curricula, outputs); code != kExitOk) return code;
  if (ReportDiagnostics(DistinctDiagnostics(outputs), arguments.werror) == kExitWarnings) {
    std::fputs("trainkit: warnings are errors with --werror; nothing built\n", stderr);
    return kExitWarnings;
  }

  // What an interrupted build left behind goes first: its half-written temporary files.
  std::set<fs::path> folders;
  for (const PlannedOutput& output : outputs) {
    if (output.up_to_date) continue;
    folders.insert(fs::path(output.path).parent_path());
    folders.insert(fs::path(arguments.output) / output.name.curriculum_id);
  }
  for (const fs::path& folder : folders) RemoveStaleTemporaryFiles(folder);

  BuildProgress progress(outputs.size() - up_to_date, stderr);
  RunOutputs(outputs, curricula, options, results,
             [&](size_t i, const OutputResult& result) { progress.Finished(outputs[i], result); });
  progress.Close();

  int exit_code = ExitCodeOf(results);
  for (size_t c = 0; c < curricula.size(); ++c) {
    if (std::none_of(outputs.begin(), outputs.end(), [&](const auto& o) { return o.curriculum == c; })) continue;
    fs::path record = fs::path(arguments.output) / curricula[c].loaded().curriculum->id / "manifest.json";
    Status status = WriteFileAtomically(record, BuildRecord(curricula, c, outputs, results, inputs, checked[c],
                                                            arguments.reference_docx, options.render.strings,
                                                            brand.get()));
    if (!status.ok()) {
      std::fprintf(stderr, "trainkit: %s\n", status.message().c_str());
      exit_code = Worse(exit_code, kExitIo);
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  PrintSummary(outputs, results, seconds, options.jobs);
  KeepUntilExit(std::move(curricula));
  KeepUntilExit(std::move(outputs));
  return exit_code;
}

}  // namespace trainkit::cli
