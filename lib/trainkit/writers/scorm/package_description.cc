#include "trainkit/writers/scorm/package_description.h"

#include <utility>

#include "trainkit/render/plain_text.h"

namespace trainkit::writers::scorm {
namespace {

// The text of the summary's first paragraph: what an LMS shows under the course title.
std::string FirstParagraph(const model::Blocks& blocks) {
  for (const model::Block& block : blocks) {
    if (const auto* paragraph = std::get_if<model::Paragraph>(&block.value)) return render::PlainText(paragraph->content);
  }
  return {};
}

// Whether the program has a final assessment to score: any post-test question.
bool HasPostTest(const resolve::ParticipantProgram& program) {
  for (const auto& module : program.modules) {
    for (const auto& question : module.participant.questions) {
      for (model::ItemUse use : question.uses) {
        if (use == model::ItemUse::kPostTest) return true;
      }
    }
  }
  return false;
}

}  // namespace

std::string PackageIdentifier(const resolve::ProgramDescription& program) {
  // The manifest schemas want an xs:ID, which must not start with a digit as a curriculum id may;
  // the ids' other characters (letters, digits, '.', '-', '_') are all allowed.
  std::string identifier = "trainkit." + program.curriculum_id + "." + (program.country.empty() ? "intl" : program.country) +
                           "." + program.audience;
  if (!program.track.empty()) identifier += "." + program.track;
  return identifier;
}

std::string PackageTitle(const resolve::ProgramDescription& program) {
  std::string title = render::PlainText(program.title) + " — " + render::PlainText(program.audience_name);
  if (!program.track_title.empty()) title += " (" + render::PlainText(program.track_title) + ")";
  return title;
}

PackageDescription DescribePackage(const resolve::ParticipantProgram& program, std::string version,
                                   std::vector<std::string> files) {
  PackageDescription package;
  package.identifier = PackageIdentifier(program);
  package.title = PackageTitle(program);
  package.description = FirstParagraph(program.summary);
  package.language = program.language;
  package.version = std::move(version);
  package.keywords = {render::PlainText(program.audience_name), program.curriculum_id};
  if (!program.country.empty()) package.keywords.push_back(program.country);
  if (HasPostTest(program)) {
    package.mastery_percent = program.pass_mark;
  } else {
    package.mastery_percent.reset();  // nothing to score: the LMS records completion only
  }
  for (const auto& module : program.modules) package.module_objectives.push_back(module.id);
  package.files = std::move(files);
  return package;
}

}  // namespace trainkit::writers::scorm
