#include "trainkit/writers/scorm/scorm_writer.h"

#include <fmt/format.h>

#include "trainkit/package/zip_writer.h"
#include "trainkit/writers/scorm/brand_style.h"
#include "trainkit/writers/scorm/manifest.h"
#include "trainkit/writers/scorm/package_description.h"
#include "trainkit/writers/scorm/player_page.h"
#include "trainkit/writers/ui_strings.h"

namespace trainkit::writers {
namespace {

Status WriteScorm(const resolve::ParticipantProgram& program, const resolve::Assessment& assessment,
                  const WriterContext& context, scorm::ScormVersion version, OutputSink& out, Diagnostics& diagnostics) {
  UiStrings strings;
  Status status = UiStrings::Load(context, strings, diagnostics);
  if (!status.ok()) return status;
  std::vector<scorm::PackageFile> player_files;
  for (const char* name : kScormPlayerFiles) {
    auto file = context.templates.find(name);
    if (file == context.templates.end()) return Status::Error(fmt::format("the template has no {}", name));
    player_files.push_back({std::string(name).substr(std::string_view("scorm/").size()), file->second});
  }
  for (auto& file : scorm::BrandFiles(context.brand.get())) player_files.push_back(std::move(file));
  scorm::PlayerPage page =
      scorm::BuildPlayerPage(program, assessment, context, strings, version, player_files, diagnostics);

  std::vector<package::ZipEntry> files;
  files.push_back({"index.html", std::move(page.html)});
  for (auto& file : player_files) files.push_back({std::move(file.name), std::move(file.bytes)});
  // PNG and JPEG are compressed already: stored as they are, they cost no time to deflate again.
  for (auto& image : page.media) files.push_back({std::move(image.name), std::move(image.bytes), true});

  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(file.name);
  scorm::PackageDescription description = scorm::DescribePackage(program, page.content_version, names);
  if (description.mastery_percent) description.mastery_percent = PassMark(program, context.scorm);
  // The manifest first: some LMSs look for it at the start of the archive.
  files.insert(files.begin(), {"imsmanifest.xml", scorm::WriteManifest(description, version)});
  for (auto& file : files) out.Add(std::move(file.name), std::move(file.data), file.stored);
  return Status::Ok();
}

}  // namespace

Status WriteScorm12(const resolve::ParticipantProgram& program, const resolve::Assessment& assessment,
                    const WriterContext& context, OutputSink& out, Diagnostics& diagnostics) {
  return WriteScorm(program, assessment, context, scorm::ScormVersion::k12, out, diagnostics);
}

Status WriteScorm2004(const resolve::ParticipantProgram& program, const resolve::Assessment& assessment,
                      const WriterContext& context, OutputSink& out, Diagnostics& diagnostics) {
  return WriteScorm(program, assessment, context, scorm::ScormVersion::k2004, out, diagnostics);
}

}  // namespace trainkit::writers
