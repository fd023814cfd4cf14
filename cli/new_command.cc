#include "new_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>

#include "atomic_write.h"
#include "exit_code.h"
#include "terminal.h"
#include "trainkit/base/country_code.h"
#include "trainkit/base/date.h"
#include "trainkit/base/diagnostic_format.h"
#include "trainkit/base/locale_names.h"
#include "trainkit/base/language_subtags.h"
#include "trainkit/base/language_tag.h"
#include "trainkit/env.h"
#include "trainkit/scaffold/country_draft.h"
#include "trainkit/scaffold/fill.h"
#include "trainkit/translation/apply.h"
#include "trainkit/workspace.h"
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
  commands.country = commands.command->add_subcommand(
      "country", "A draft adaptation of the curriculum at PATH for country CC: every fact to fill, the sections "
                 "countries rewrite, and an empty translation for the language; it validates with warnings, each "
                 "saying what is left to do");
  commands.country->add_option("PATH", arguments.folder, "The curriculum's folder, or its curriculum.xml")->required();
  commands.country->add_option("CC", arguments.country, "The country's ISO 3166-1 alpha-2 code: RS, UA, MD…")
      ->required();
  commands.country->add_option("--language", arguments.language, "The language of the country's materials: sr, uk…")
      ->required();
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

// Why `code` cannot name a country, or empty when it can.
std::string CountryProblem(const std::string& code) {
  if (IsCountryCode(code)) return "";
  std::string upper = CountryCodeInCapitals(code);
  std::string hint = upper.empty() ? "" : fmt::format("; did you mean '{}'?", upper);
  return fmt::format("'{}' is not a country code: use an ISO 3166-1 alpha-2 code in capitals (RS, UA, MD){}", code,
                     hint);
}

// The translation a country in `language` needs, unless the curriculum is written in it or has one
// the language takes: translations/<language>.xml to write, or empty.
fs::path TranslationToStart(const Workspace& workspace, const model::Curriculum& curriculum,
                            const std::string& language, const std::string& country) {
  if (language == curriculum.language) return {};
  for (const std::string& tag : translation::PackLanguagesFor(language, country)) {
    std::error_code error;
    if (fs::exists(fs::symlink_status(workspace.paths().TranslationFile(tag), error))) return {};
  }
  return workspace.paths().TranslationFile(language);
}

int NewCountry(const NewArguments& arguments) {
  if (std::string problem = CountryProblem(arguments.country); !problem.empty()) {
    std::fprintf(stderr, "trainkit: CC: %s\n", problem.c_str());
    return kExitUsage;
  }
  if (std::string problem = LanguageProblem(arguments.language); !problem.empty()) {
    std::fprintf(stderr, "trainkit: --language: %s\n", problem.c_str());
    return kExitUsage;
  }
  Workspace workspace(DiskEnv(), arguments.folder, CheckDate());
  auto files = workspace.Check(Scope::Program("", ""));
  if (files->loaded.io_failed || !files->loaded.curriculum || files->diagnostics.has_errors()) {
    TextStyle style{UseColor(stderr)};
    for (const Diagnostic& diagnostic : files->diagnostics.items()) {
      if (diagnostic.severity() == Severity::kError) std::fputs(FormatText(diagnostic, style).c_str(), stderr);
    }
    std::fprintf(stderr, "trainkit: a country is drafted from a curriculum without errors: fix %s first\n",
                 workspace.paths().curriculum_file.string().c_str());
    return files->loaded.io_failed ? kExitIo : kExitContentErrors;
  }
  const model::Curriculum& curriculum = *files->loaded.curriculum;
  fs::path file = workspace.paths().CountryFile(arguments.country);
  std::error_code error;
  if (fs::exists(fs::symlink_status(file, error))) {
    std::fprintf(stderr, "trainkit: %s is already there: trainkit new never replaces a file\n", file.string().c_str());
    return kExitUsage;
  }
  scaffold::CountryDraftRequest request{arguments.country, CountryName(arguments.country, "en"), arguments.language,
                                        LanguageTagName(arguments.language)};
  fs::path translation = TranslationToStart(workspace, curriculum, arguments.language, arguments.country);
  std::vector<std::string> not_copied;  // none for a curriculum read from its file
  Status status = WriteNewFile(file, scaffold::CountryDraft(curriculum, request, not_copied));
  for (const std::string& id : not_copied) {
    std::fprintf(stderr, "trainkit: warning: section '%s' is country-specific but could not be copied: write its "
                 "<replace> by hand\n", id.c_str());
  }
  if (status.ok() && !translation.empty()) {
    status = WriteNewFile(translation, scaffold::EmptyTranslation(curriculum, arguments.language));
  }
  if (!status.ok()) {
    std::fprintf(stderr, "trainkit: %s\n", status.message().c_str());
    return kExitIo;
  }
  std::string also = translation.empty() ? "" : fmt::format(" and {}", translation.string());
  std::fprintf(stderr,
               "trainkit: made %s%s: a draft for %s in %s; `trainkit validate %s` lists what is left to fill in\n",
               file.string().c_str(), also.c_str(), request.country_name.c_str(), request.language_name.c_str(),
               workspace.paths().folder.string().c_str());
  return kExitOk;
}

}  // namespace

int RunNew(const NewCommands& commands, const NewArguments& arguments) {
  if (commands.curriculum->parsed()) return NewCurriculum(arguments);
  if (commands.country->parsed()) return NewCountry(arguments);
  return kExitUsage;
}

}  // namespace trainkit::cli
