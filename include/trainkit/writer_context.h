// Gathers what a writer needs from the template folder, the fonts and the curriculum's media.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "trainkit/base/status.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/writer.h"

namespace trainkit {

// The template folder trainkit uses when --template names none: the installed one beside the
// program (<prefix>/share/trainkit/templates for <prefix>/bin/trainkit), else the source tree's.
std::filesystem::path DefaultTemplateFolder();

// Reads the writer's style and the UI strings for the program's language from `templates`,
// and sets up fonts (the template's fonts/, then Debian's fonts-dejavu) and media (from
// `curriculum_folder`). Error when the template folder lacks what the writer needs.
Status MakeWriterContext(const writers::Writer& writer, const resolve::ResolvedProgram& program,
                         const std::filesystem::path& templates, const std::filesystem::path& curriculum_folder,
                         const std::string& paper, writers::WriterContext& context,
                         const std::filesystem::path& strings_folder = {});

// Reads the DOCX at `path` as a reference for the handout, whose parts the writer checks and
// takes. Error when the file cannot be read or is not a zip within package::ReadZip's limits.
Status ReadReferenceDocx(const std::filesystem::path& path, std::shared_ptr<const writers::ReferenceDocx>& reference);

// The formats that take a reference DOCX, joined by ", " ("handout-docx").
std::string FormatsTakingReferenceDocx();

}  // namespace trainkit
