#include "new_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>

#include "atomic_write.h"
#include "exit_code.h"
#include "trainkit/base/date.h"
#include "trainkit/base/language_subtags.h"
#include "trainkit/base/language_tag.h"
#include "trainkit/env.h"
#include "trainkit/scaffold/fill.h"
#include "trainkit/writer_context.h"

namespace trainkit::cli {
namespace fs = std::filesystem;

NewCommands AddNewCommands(CLI::App& app, NewArguments& arguments) {
  NewCommands commands;
  commands.command = app.add_subcommand("new", "Start a curriculum from a scaffold that is valid as it is");
  commands.command->require_subcommand(1);
  commands.curriculum = commands.command->add_subcommand(
      "curriculum", "A new curriculum in DIR (its id is the folder's name): one audience, goal, objective, module "
                    "and track, with comments saying what goes where");
  commands.curriculum->add_option("DIR", arguments.folder, "The curriculum's folder (made if it is not there)")
      ->required();
  commands.curriculum->add_option("--language", arguments.language, "The language its text is written in: uk, ro, pl…")
      ->required();
  commands.curriculum->add_option("--template", arguments.templates,
                                  "A template folder to use instead of the default one");
  return commands;
}

namespace {

// Why `tag` cannot be a curriculum's language, or empty when it can.
std::string LanguageProblem(const std::string& tag) {
  auto subtags = ParseLanguageTag(tag);
  if (!subtags) return fmt::format("'{}' is not a language tag (BCP 47): write uk, ro-MD, sr-Latn…", tag);
  for (const Subtag& subtag : *subtags) {
    if (subtag.kind != Subtag::Kind::kLanguage && subtag.kind != Subtag::Kind::kScript &&
        subtag.kind != Subtag::Kind::kRegion) {
      continue;
    }
    if (StatusOf(subtag.kind, subtag.text) == SubtagStatus::kUnknown) {
      return fmt::format("'{}' in the language tag '{}' is not a registered subtag", subtag.text, tag);
    }
  }
  return "";
}

std::optional<std::string> ReadText(const fs::path& path) {
  std::string text;
  if (DiskEnv().ReadFile(path, 1 << 20, text)) return std::nullopt;
  return text;
}

// The scaffold's words in `language`: English under those of its language (or of the language
// without its region), so a word a language lacks is still there.
Status ScaffoldWords(const fs::path& templates, const std::string& language, std::map<std::string, std::string>& words) {
  fs::path folder = templates / "scaffold" / "words";
  auto english = ReadText(folder / "en.json");
  if (!english) return Status::Error(fmt::format("template: cannot read {}", (folder / "en.json").string()));
  Status status = scaffold::ParseWords(*english, words);
  if (!status.ok()) return Status::Error(fmt::format("{}: {}", (folder / "en.json").string(), status.message()));
  for (const std::string& name : {language, SplitRegion(language).language}) {
    if (auto own = ReadText(folder / (name + ".json"))) {
      status = scaffold::ParseWords(*own, words);
      if (!status.ok()) return Status::Error(fmt::format("{}: {}", (folder / (name + ".json")).string(), status.message()));
      break;
    }
  }
  return Status::Ok();
}

int NewCurriculum(const NewArguments& arguments) {
  fs::path folder = fs::path(arguments.folder).lexically_normal();
  if (folder.filename().empty()) folder = folder.parent_path();
  std::string id = folder.filename().string();
  if (!std::regex_match(id, std::regex("[A-Za-z0-9][A-Za-z0-9._-]*"))) {
    std::fprintf(stderr,
                 "trainkit: the folder's name '%s' is the curriculum's id, and an id is letters, digits, '.', '_' "
                 "and '-', starting with a letter or digit: name the folder like trafficking-in-women\n",
                 id.c_str());
    return kExitUsage;
  }
  if (std::string problem = LanguageProblem(arguments.language); !problem.empty()) {
    std::fprintf(stderr, "trainkit: --language: %s\n", problem.c_str());
    return kExitUsage;
  }
  const fs::path templates = arguments.templates.empty() ? DefaultTemplateFolder() : fs::path(arguments.templates);
  std::map<std::string, std::string> values;
  Status status = ScaffoldWords(templates, arguments.language, values);
  auto scaffold = ReadText(templates / "scaffold" / "curriculum.xml");
  if (status.ok() && !scaffold) {
    status = Status::Error(fmt::format("template: cannot read {}", (templates / "scaffold/curriculum.xml").string()));
  }
  values["id"] = id;
  values["language"] = arguments.language;
  values["language_name"] = LanguageTagName(arguments.language);
  values["date"] = CheckDate().ToString();
  std::string text;
  if (status.ok()) status = scaffold::Fill(*scaffold, values, text);
  fs::path file = folder / "curriculum.xml";
  std::error_code error;
  if (fs::exists(fs::symlink_status(file, error))) {
    std::fprintf(stderr, "trainkit: %s is already there: trainkit new never replaces a file; choose another folder\n",
                 file.string().c_str());
    return kExitUsage;
  }
  if (status.ok()) status = WriteNewFile(file, text);
  if (!status.ok()) {
    std::fprintf(stderr, "trainkit: %s\n", status.message().c_str());
    return kExitIo;
  }
  std::fprintf(stderr,
               "trainkit: made %s: a curriculum in %s with one audience, goal, objective, module and track, each "
               "to rewrite; check it after each change with: trainkit validate %s\n",
               file.string().c_str(), values["language_name"].c_str(), folder.string().c_str());
  return kExitOk;
}

}  // namespace

int RunNew(const NewCommands& commands, const NewArguments& arguments) {
  if (commands.curriculum->parsed()) return NewCurriculum(arguments);
  return kExitUsage;
}

}  // namespace trainkit::cli
