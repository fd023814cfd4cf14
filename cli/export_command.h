// `trainkit export`: one program in one format, written to a file.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "program_options.h"
#include "scorm_options.h"
#include "trainkit/writers/writer.h"

namespace trainkit::cli {

struct ExportArguments {
  ProgramArguments program;
  std::string format;
  std::string output;  // empty: the default path under exports/; "-": standard output
  std::string templates;  // empty: the default template folder
  std::string strings;    // a folder of <language>.json interface words, over the others
  std::string paper;      // empty: the style's
  std::string reference_docx;  // a DOCX whose styles the handout uses
  bool allow_unchecked_facts = false;  // print unchecked phone numbers, marked as such
  ScormArguments scorm;
  // For the PDFs: a booklet, in gray, of some modules only.
  bool booklet = false;
  bool grayscale = false;
  std::vector<std::string> modules;
  std::string participants;  // a CSV file: for certificates-pdf and attendance-pdf
  std::string brand;         // a brand.json; empty: the template's, if it has one
};

CLI::App* AddExportCommand(CLI::App& app, ExportArguments& arguments);
int RunExport(const ExportArguments& arguments);

// What names a program's files: known before it is resolved.
struct ProgramName {
  std::string curriculum_id;
  std::string country;  // empty for the international version
  std::string audience;
  std::string track;
  std::string language;         // the program's
  std::string source_language;  // the curriculum's
};
ProgramName NameOf(const resolve::ResolvedProgram& program);

// <root>/<curriculum>/<CC or intl>/<audience>/<curriculum>-<CC or intl>-<audience>[-<track>]-<format>[-<paper>].<ext>
// The paper ("a4", "letter" or empty for the style's) is named when the format has pages and it
// is not A4, so that a Letter export does not replace the A4 file.
std::string ExportPath(const std::string& root, const ProgramName& program, bool name_track,
                       const writers::Writer& writer, const std::string& paper);

// ExportPath under exports/; the track is named only when it was asked for.
std::string DefaultExportPath(const resolve::ResolvedProgram& program, const std::string& requested_track,
                              const writers::Writer& writer, const std::string& paper);

}  // namespace trainkit::cli
