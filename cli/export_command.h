// `trainkit export`: one program in one format, written to a file.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "program_options.h"

namespace trainkit::cli {

struct ExportArguments {
  ProgramArguments program;
  std::string format;
  std::string output;  // empty: the default path under exports/; "-": standard output
  std::string templates;  // empty: the default template folder
  std::string paper;      // empty: the style's
  std::string reference_docx;  // a DOCX whose styles the handout uses
};

CLI::App* AddExportCommand(CLI::App& app, ExportArguments& arguments);
int RunExport(const ExportArguments& arguments);

// <root>/<curriculum>/<CC or intl>/<audience>/<curriculum>-<CC or intl>-<audience>[-<track>]-<format>.<ext>
std::string ExportPath(const std::string& root, const resolve::ResolvedProgram& program, bool name_track,
                       std::string_view format, std::string_view extension);

// ExportPath under exports/; the track is named only when it was asked for.
std::string DefaultExportPath(const resolve::ResolvedProgram& program, const std::string& requested_track,
                              const std::string& format, const std::string& extension);

}  // namespace trainkit::cli
