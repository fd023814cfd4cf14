#include "export_command.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "atomic_write.h"
#include "brand_option.h"
#include "exit_code.h"
#include "keep_until_exit.h"
#include "trainkit/env.h"
#include "trainkit/reader/participants.h"
#include "trainkit/resolve/select_modules.h"
#include "trainkit/writer_context.h"
#include "trainkit/writers/writer.h"

namespace trainkit::cli {

namespace fs = std::filesystem;

CLI::App* AddExportCommand(CLI::App& app, ExportArguments& arguments) {
  CLI::App* command = app.add_subcommand("export", "Export one program (country, audience, track) in one format");
  AddProgramOptions(*command, arguments.program);
  std::vector<std::string> formats;
  for (const auto& writer : writers::AllWriters()) formats.emplace_back(writer.name);
  command->add_option("--format", arguments.format, "The format: see 'trainkit formats'")
      ->required()
      ->check(CLI::IsMember(formats));
  command->add_option("-o,--output", arguments.output,
                      "Where to write (default: under exports/); '-' for standard output");
  command->add_option("--template", arguments.templates, "A template folder to use instead of the default one");
  command->add_option("--strings", arguments.strings,
                      "A folder of <language>.json interface words, over the template's and the curriculum's")
      ->check(CLI::ExistingDirectory);
  command->add_option("--reference-docx", arguments.reference_docx,
                      "For handout-docx: a DOCX whose styles, page set-up, headers, footers and theme the handout "
                      "takes (start from a handout trainkit made)");
  command->add_option("--paper", arguments.paper, "Paper size of printed formats: a4 or letter")
      ->check(CLI::IsMember({"a4", "letter"}));
  command->add_flag("--allow-unchecked-facts", arguments.allow_unchecked_facts,
                    "Print phone numbers nobody has checked in participant outputs, each marked as not yet checked "
                   "(without it such a number stops the output: E185)");
  AddScormOptions(*command, arguments.scorm);
  command->add_flag("--booklet", arguments.booklet,
                    "For guide-pdf and handout-pdf: a booklet, A5 pages two to a side of A4 (half-letter on "
                    "Letter) in the order that folds into a saddle-stitched booklet");
  command->add_flag("--grayscale", arguments.grayscale,
                    "For guide-pdf and handout-pdf: in gray, for a black-and-white printer");
  command->add_option("--modules", arguments.modules,
                      "For guide-pdf and handout-pdf: only these modules (ids, comma-separated)")
      ->delimiter(',');
  command->add_option("--participants", arguments.participants,
                      "For certificates-pdf (needed) and attendance-pdf: a CSV file in UTF-8 whose header row names a "
                      "'name' column (and, if you like, 'organisation')");
  AddBrandOption(*command, arguments.brand);
  return command;
}

namespace {

// Reads the participant list at `path`; prints what is wrong with it (E188) and returns the
// exit code to stop with, or kExitOk.
int ReadParticipantList(const std::string& path, std::shared_ptr<const std::vector<reader::Participant>>& out) {
  std::string contents;
  if (Env::ReadError error = DiskEnv().ReadFile(path, 16 << 20, contents)) {
    std::fprintf(stderr, "trainkit: cannot read the participant list %s: %s\n", path.c_str(), error.message.c_str());
    return kExitIo;
  }
  Diagnostics diagnostics;
  auto participants = reader::ReadParticipants(std::make_shared<SourceFile>(path, std::move(contents)), diagnostics);
  if (diagnostics.has_errors()) {
    ReportDiagnostics(diagnostics, {});
    std::fputs("trainkit: nothing written\n", stderr);
    return kExitContentErrors;
  }
  out = std::make_shared<const std::vector<reader::Participant>>(std::move(participants));
  return kExitOk;
}

// What the default file name says of how a PDF is printed: "-booklet", "-grayscale",
// "-modules-ID-ID".
std::string PrintSuffix(const ExportArguments& arguments) {
  std::string suffix = arguments.booklet ? "-booklet" : "";
  if (arguments.grayscale) suffix += "-grayscale";
  if (!arguments.modules.empty()) suffix += "-modules";
  for (const std::string& id : arguments.modules) suffix += "-" + id;
  return suffix;
}

}  // namespace

ProgramName NameOf(const resolve::ResolvedProgram& program) {
  return {program.curriculum_id, program.country, program.audience, program.track, program.language,
          program.source_language};
}

std::string ExportPath(const std::string& root, const ProgramName& program, bool name_track,
                       const writers::Writer& writer, const std::string& paper) {
  // The international version in a translation is a version of its own: "intl-uk".
  std::string country = !program.country.empty()                        ? program.country
                        : program.language == program.source_language ? "intl"
                                                                        : "intl-" + program.language;
  std::string track = name_track ? "-" + program.track : "";
  std::string paper_name = writer.uses_paper && !paper.empty() && paper != "a4" ? "-" + paper : "";
  return fmt::format("{0}/{1}/{2}/{3}/{1}-{2}-{3}{4}-{5}{6}.{7}", root, program.curriculum_id, country,
                     program.audience, track, writer.name, paper_name, writer.extension);
}

std::string DefaultExportPath(const resolve::ResolvedProgram& program, const std::string& requested_track,
                              const writers::Writer& writer, const std::string& paper) {
  return ExportPath("exports", NameOf(program), !requested_track.empty(), writer, paper);
}

int RunExport(const ExportArguments& arguments) {
  const writers::Writer* writer = writers::FindWriter(arguments.format);
  if (!arguments.reference_docx.empty() && !writer->takes_reference_docx) {
    std::fprintf(stderr, "trainkit: --reference-docx is for %s; %s takes no reference DOCX\n",
                 FormatsTakingReferenceDocx().c_str(), arguments.format.c_str());
    return kExitUsage;
  }
  if (arguments.scorm.given && !writer->scores_answers) {
    std::fprintf(stderr, "trainkit: --pass-mark, --reveal-answers and --max-attempts are for scorm12 and scorm2004; %s "
                 "has no final assessment to set\n", arguments.format.c_str());
    return kExitUsage;
  }
  bool prints = arguments.booklet || arguments.grayscale || !arguments.modules.empty();
  if (prints && !writer->print_layouts) {
    std::fprintf(stderr, "trainkit: --booklet, --grayscale and --modules are for guide-pdf and handout-pdf (and their "
                 "layouts); %s is not printed from trainkit's pages\n", arguments.format.c_str());
    return kExitUsage;
  }
  if (!arguments.participants.empty() && writer->takes_participants == 0) {
    std::fprintf(stderr, "trainkit: --participants is for certificates-pdf and attendance-pdf; %s lists no one\n",
                 arguments.format.c_str());
    return kExitUsage;
  }
  if (arguments.participants.empty() && writer->takes_participants == 2) {
    std::fprintf(stderr, "trainkit: %s needs the participants: --participants FILE.csv\n", arguments.format.c_str());
    return kExitUsage;
  }
  std::shared_ptr<const std::vector<reader::Participant>> participants;
  if (!arguments.participants.empty()) {
    int exit_code = ReadParticipantList(arguments.participants, participants);
    if (exit_code != kExitOk) return exit_code;
  }
  std::shared_ptr<const model::Brand> brand;
  if (int exit_code = LoadBrand(arguments.brand, arguments.templates, brand); exit_code != kExitOk) return exit_code;
  LoadedProgram loaded = LoadProgram(arguments.program, writer->delivery);
  KeptAtScopeEnd<LoadedProgram> kept(loaded);
  if (!loaded.program) return loaded.exit_code;
  if (!arguments.modules.empty()) {
    resolve::ResolvedProgram selected;
    Status selecting = resolve::SelectModules(*loaded.program, arguments.modules, selected);
    if (!selecting.ok()) {
      std::fprintf(stderr, "trainkit: --modules: %s\n", selecting.message().c_str());
      return kExitUsage;
    }
    loaded.program = std::move(selected);
  }
  RenderOptions options;
  options.templates = arguments.templates;
  options.strings = arguments.strings;
  options.paper = arguments.paper;
  options.allow_unchecked_facts = arguments.allow_unchecked_facts;
  options.scorm = ScormOptionsOf(arguments.scorm);
  options.print = {arguments.booklet, arguments.grayscale};
  options.participants = participants;
  options.brand = brand;
  if (!arguments.reference_docx.empty()) {
    if (Status read = ReadReferenceDocx(arguments.reference_docx, options.reference_docx); !read.ok()) {
      std::fprintf(stderr, "trainkit: %s\n", read.message().c_str());
      return kExitIo;
    }
  }
  writers::WriterContext context;
  Status status = loaded.workspace->MakeContext(*loaded.program, *writer, options, context);
  if (!status.ok()) {
    std::fprintf(stderr, "trainkit: %s\n", status.message().c_str());
    return kExitIo;
  }
  std::string bytes;
  int pages = 0;
  status = writers::WriteBytes(*writer, *loaded.program, context, bytes, loaded.diagnostics, &pages);
  int exit_code = ReportDiagnostics(loaded.diagnostics, arguments.program.werror);
  if (exit_code != kExitOk) {
    std::fputs(exit_code == kExitWarnings ? "trainkit: warnings are errors with --werror; nothing written\n"
                                          : "trainkit: nothing written\n",
               stderr);
    return exit_code;
  }
  if (!status.ok()) {
    std::fprintf(stderr, "trainkit: %s\n", status.message().c_str());
    return kExitIo;
  }
  if (arguments.output == "-") {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0) {
      std::fprintf(stderr, "trainkit: cannot write to standard output: %s\n", std::strerror(errno));
      return kExitIo;
    }
    return exit_code;
  }
  std::string path = arguments.output;
  if (path.empty()) {
    path = DefaultExportPath(*loaded.program, arguments.program.track, *writer, arguments.paper);
    path.insert(path.size() - writer->extension.size() - 1, PrintSuffix(arguments));
  }
  status = WriteFileAtomically(path, bytes);
  if (!status.ok()) {
    std::fprintf(stderr, "trainkit: %s\n", status.message().c_str());
    return kExitIo;
  }
  std::string page_count = pages == 1 ? ", 1 page" : pages > 1 ? fmt::format(", {} pages", pages) : "";
  std::fprintf(stderr, "trainkit: wrote %s (%zu bytes%s)\n", path.c_str(), bytes.size(), page_count.c_str());
  return exit_code;
}

}  // namespace trainkit::cli
