#include "translate_command.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "atomic_write.h"
#include "exit_code.h"
#include "program_options.h"
#include "trainkit/base/join.h"
#include "trainkit/base/language_tag.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/translation/apply.h"
#include "trainkit/translation/pack_file.h"
#include "trainkit/translation/xliff.h"

#ifndef TRAINKIT_VERSION
#error "TRAINKIT_VERSION must be defined by the build"
#endif

namespace trainkit::cli {
namespace fs = std::filesystem;
namespace {

using translation::LanguageStatus;
using translation::UnitState;

const model::Adaptation* AdaptationFor(const reader::LoadedCurriculum& loaded, const std::string& country) {
  for (const auto& adaptation : loaded.adaptations) {
    if (adaptation.country == country) return &adaptation;
  }
  return nullptr;
}

// What the command works on: a language (and a country's programs), from --language and
// --country. Prints why and returns nullopt when they do not name one.
struct Target {
  std::string tag;       // the pack it concerns: "ro" or "ro-MD"
  std::string language;  // "ro"
  std::string country;   // whose programs' units; "" for the whole curriculum
};

std::optional<Target> TargetOf(const reader::LoadedCurriculum& loaded, const TranslateArguments& arguments) {
  Target target;
  target.tag = arguments.language;
  LanguageAndRegion split = SplitRegion(arguments.language);
  target.language = split.language;
  target.country = !split.region.empty() ? split.region : arguments.country;
  if (!split.region.empty() && !arguments.country.empty() && split.region != arguments.country) {
    std::fprintf(stderr, "trainkit: --language %s is %s's overrides, but --country says %s\n",
                 arguments.language.c_str(), split.region.c_str(), arguments.country.c_str());
    return std::nullopt;
  }
  if (!target.country.empty()) {
    const model::Adaptation* adaptation = AdaptationFor(loaded, target.country);
    if (!adaptation) {
      std::vector<std::string> countries;
      for (const auto& a : loaded.adaptations) countries.push_back(a.country);
      std::fprintf(stderr, "trainkit: unknown country '%s'%s; countries with an adaptation: %s\n",
                   target.country.c_str(), DidYouMean(target.country, countries).c_str(),
                   countries.empty() ? "none" : Join(countries).c_str());
      return std::nullopt;
    }
    if (target.language.empty()) {
      target.language = adaptation->language;
      target.tag = adaptation->language;
    }
  }
  if (target.language.empty()) {
    std::fprintf(stderr, "trainkit: name the language with --language (or a country with --country)\n");
    return std::nullopt;
  }
  if (!ParseLanguageTag(target.tag)) {
    std::fprintf(stderr, "trainkit: '%s' is not a language tag; use a BCP 47 tag such as 'uk', 'ro' or 'ro-MD'\n",
                 target.tag.c_str());
    return std::nullopt;
  }
  if (target.language == loaded.curriculum->language) {
    std::fprintf(stderr, "trainkit: the curriculum is written in %s; name the language to translate it into\n",
                 target.language.c_str());
    return std::nullopt;
  }
  return target;
}

// The languages a curriculum is translated into or adapted to, each with the countries that
// have their own overrides.
std::vector<Target> KnownLanguages(const reader::LoadedCurriculum& loaded) {
  std::vector<Target> targets;
  auto add = [&](const std::string& tag) {
    LanguageAndRegion split = SplitRegion(tag);
    if (split.language == loaded.curriculum->language) return;
    if (std::any_of(targets.begin(), targets.end(), [&](const Target& t) { return t.tag == tag; })) return;
    targets.push_back({tag, split.language, split.region});
  };
  for (const auto& pack : loaded.translations) add(pack.language);
  for (const auto& adaptation : loaded.adaptations) add(adaptation.language);
  std::sort(targets.begin(), targets.end(), [](const Target& a, const Target& b) { return a.tag < b.tag; });
  return targets;
}

std::string PackPath(const reader::LoadedCurriculum& loaded, const std::string& tag) {
  return (loaded.curriculum->folder / "translations" / (tag + ".xml")).generic_string();
}

std::string OneLine(const std::string& text) {
  constexpr size_t kLongest = 100;
  return text.size() <= kLongest ? text : text.substr(0, kLongest) + "…";
}

std::string StatusText(const reader::LoadedCurriculum& loaded, const std::vector<LanguageStatus>& statuses) {
  std::string out;
  for (const auto& status : statuses) {
    int total = static_cast<int>(status.units.size());
    out += fmt::format("{}{}: {} units, {} translated ({}%), {} missing, {} outdated{}\n", status.language,
                       status.country.empty() ? "" : " for " + status.country, total, status.translated,
                       total ? status.translated * 100 / total : 100, status.missing, status.outdated,
                       status.orphans.empty() ? "" : fmt::format(", {} matching no text", status.orphans.size()));
    for (const auto& entry : status.units) {
      if (entry.state == UnitState::kTranslated) continue;
      out += fmt::format("  {:<8} {}  {}  {}\n", translation::StateName(entry.state), entry.unit->key,
                         entry.unit->location.ToString(), OneLine(render::PlainText(entry.unit->source)));
    }
    for (const auto& orphan : status.orphans) {
      out += fmt::format("  {:<8} {}  {}{}\n", "unused", orphan.translation->key, orphan.translation->location.ToString(),
                         orphan.moved_to.empty() ? "" : "  moved to " + orphan.moved_to);
    }
  }
  if (statuses.empty()) {
    out += fmt::format("{} is not translated into any language yet: 'trainkit translate export {} --language L' "
                       "writes an XLIFF file to start from\n",
                       loaded.curriculum->id, loaded.curriculum->folder.generic_string());
  }
  return out;
}

nlohmann::json StatusJson(const std::vector<LanguageStatus>& statuses) {
  using nlohmann::json;
  json out = json::array();
  for (const auto& status : statuses) {
    json open = json::array();
    for (const auto& entry : status.units) {
      if (entry.state == UnitState::kTranslated) continue;
      open.push_back({{"key", entry.unit->key},
                      {"state", translation::StateName(entry.state)},
                      {"readers", translation::ReadersName(entry.unit->readers)},
                      {"at", entry.unit->location.ToString()},
                      {"source", render::PlainText(entry.unit->source)},
                      {"translation", entry.translation ? render::PlainText(entry.translation->text) : ""}});
    }
    json unused = json::array();
    for (const auto& orphan : status.orphans) {
      unused.push_back({{"key", orphan.translation->key}, {"at", orphan.translation->location.ToString()},
                        {"moved_to", orphan.moved_to}});
    }
    out.push_back({{"language", status.language},
                   {"country", status.country},
                   {"units", status.units.size()},
                   {"translated", status.translated},
                   {"missing", status.missing},
                   {"outdated", status.outdated},
                   {"open", open},
                   {"unused", unused}});
  }
  return out;
}

int RunStatus(const reader::LoadedCurriculum& loaded, const TranslateArguments& arguments) {
  std::vector<Target> targets;
  if (arguments.language.empty() && arguments.country.empty()) {
    targets = KnownLanguages(loaded);
  } else if (auto target = TargetOf(loaded, arguments)) {
    targets.push_back(*target);
  } else {
    return kExitUsage;
  }
  std::vector<LanguageStatus> statuses;
  for (const auto& target : targets) statuses.push_back(translation::StatusOf(loaded, target.language, target.country));
  std::string text = arguments.json ? StatusJson(statuses).dump(2) + "\n" : StatusText(loaded, statuses);
  std::fputs(text.c_str(), stdout);
  return kExitOk;
}

int RunExport(const reader::LoadedCurriculum& loaded, const TranslateArguments& arguments) {
  auto target = TargetOf(loaded, arguments);
  if (!target) return kExitUsage;
  // A file for the language's own translation shows no country's overrides: importing it
  // would copy them into every country's text.
  bool overrides = !SplitRegion(target->tag).region.empty();
  LanguageStatus status = translation::StatusOf(loaded, target->language, target->country, overrides);
  translation::XliffExportOptions options{target->tag, arguments.missing, TRAINKIT_VERSION};
  std::string xliff = translation::ExportXliff(*loaded.curriculum, status, options);
  if (arguments.output.empty() || arguments.output == "-") {
    std::fwrite(xliff.data(), 1, xliff.size(), stdout);
    return std::fflush(stdout) == 0 ? kExitOk : kExitIo;
  }
  if (Status written = WriteFileAtomically(arguments.output, xliff); !written.ok()) {
    std::fprintf(stderr, "trainkit: %s\n", written.message().c_str());
    return kExitIo;
  }
  int exported = 0;
  for (const auto& entry : status.units) exported += !arguments.missing || entry.state != UnitState::kTranslated;
  std::fprintf(stderr, "trainkit: wrote %s: %d units into %s (%d missing, %d outdated)\n", arguments.output.c_str(),
               exported, target->tag.c_str(), status.missing, status.outdated);
  return kExitOk;
}

int RunImport(const reader::LoadedCurriculum& loaded, const TranslateArguments& arguments) {
  Diagnostics diagnostics;
  translation::XliffImport imported =
      translation::ImportXliff(arguments.xliff, arguments.xliff, *loaded.curriculum, loaded.translations, diagnostics);
  diagnostics.Sort();
  int exit_code = ReportDiagnostics(diagnostics, {});
  // Only a file that named its curriculum and language may become translations/<language>.xml.
  if (diagnostics.has_errors() || imported.target_language.empty() || imported.pack.curriculum.empty()) {
    std::fprintf(stderr, "trainkit: %s was not imported; nothing changed\n", arguments.xliff.c_str());
    return exit_code == kExitOk ? kExitContentErrors : exit_code;
  }
  std::string path = PackPath(loaded, imported.target_language);
  if (Status written = WriteFileAtomically(path, translation::WritePackFile(imported.pack)); !written.ok()) {
    std::fprintf(stderr, "trainkit: %s\n", written.message().c_str());
    return kExitIo;
  }
  std::string notes;
  if (imported.outdated) notes += fmt::format(", {} still to review", imported.outdated);
  if (imported.stale) notes += fmt::format(", {} not imported (their source changed)", imported.stale);
  if (!imported.gone.empty()) notes += fmt::format(", {} no longer in the curriculum", imported.gone.size());
  std::fprintf(stderr, "trainkit: imported %s into %s: %d added, %d changed, %d unchanged, %d without a target%s\n",
               arguments.xliff.c_str(), path.c_str(), imported.added, imported.changed, imported.unchanged,
               imported.skipped, notes.c_str());
  return kExitOk;
}

}  // namespace

TranslateCommands AddTranslateCommands(CLI::App& app, TranslateArguments& arguments) {
  TranslateCommands commands;
  commands.translate = app.add_subcommand("translate", "Translation units for translators: status, XLIFF export and import");
  commands.translate->require_subcommand(1);

  commands.status = commands.translate->add_subcommand("status", "How much of each language is translated, and what is missing or outdated");
  commands.status->add_option("PATH", arguments.path, "The curriculum folder or its curriculum.xml")->required();
  commands.status->add_option("--language", arguments.language, "Only this language (BCP 47; 'ro-MD': Moldova's overrides)");
  commands.status->add_option("--country", arguments.country, "Only the text this country's programs use");
  commands.status->add_flag("--json", arguments.json, "Print JSON instead of text");

  commands.export_units = commands.translate->add_subcommand("export", "Write a language's translation units as XLIFF 1.2");
  commands.export_units->add_option("PATH", arguments.path, "The curriculum folder or its curriculum.xml")->required();
  commands.export_units->add_option("--language", arguments.language, "The language to translate into (BCP 47; 'ro-MD': Moldova's overrides)");
  commands.export_units->add_option("--country", arguments.country, "Only the text this country's programs use");
  commands.export_units->add_flag("--missing", arguments.missing, "Only units not translated yet or outdated");
  commands.export_units->add_option("-o,--output", arguments.output, "The XLIFF file to write (default: standard output)");

  commands.import_units = commands.translate->add_subcommand("import", "Merge an XLIFF file's targets into the language's translation");
  commands.import_units->add_option("PATH", arguments.path, "The curriculum folder or its curriculum.xml")->required();
  commands.import_units->add_option("FILE", arguments.xliff, "The XLIFF file (from 'translate export', translated)")->required();
  return commands;
}

int RunTranslate(const TranslateCommands& commands, const TranslateArguments& arguments) {
  Diagnostics warnings;  // validate reports them; translate works on a curriculum without errors
  int exit_code = kExitOk;
  reader::LoadedCurriculum loaded = LoadCheckedCurriculum(arguments.path, warnings, exit_code);
  if (exit_code != kExitOk) return exit_code;
  if (commands.status->parsed()) return RunStatus(loaded, arguments);
  if (commands.export_units->parsed()) return RunExport(loaded, arguments);
  if (commands.import_units->parsed()) return RunImport(loaded, arguments);
  return kExitUsage;
}

}  // namespace trainkit::cli
