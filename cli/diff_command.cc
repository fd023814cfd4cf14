#include "diff_command.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "exit_code.h"
#include "program_options.h"
#include "trainkit/base/join.h"
#include "trainkit/diff/adaptation_diff.h"
#include "trainkit/model/names.h"
#include "trainkit/validate/validate.h"
#include "trainkit/render/plain_text.h"

namespace trainkit::cli {
namespace {

using diff::AdaptationDiff;

std::string Describe(const diff::Change& c) {
  std::string text = fmt::format("{} {} {}", c.action, c.target_kind.empty() ? "id" : c.target_kind, c.target_id);
  if (!c.detail.empty()) text += c.action == "appends to" ? ": " + c.detail : " " + c.detail;
  return text;
}

std::string Text(const AdaptationDiff& d) {
  std::string out = fmt::format("{} adapts the curriculum for {}, in {} (the curriculum is in {})\n", d.file, d.country,
                                d.language, d.source_language);
  out += fmt::format("written for version {}; the curriculum is version {}{}\n\n", d.based_on, d.curriculum_version,
                     d.up_to_date() ? ": up to date" : ": review it");

  int set = 0, to_check = 0;
  bool required_missing = false;
  for (const auto& f : d.facts) {
    set += f.value ? 1 : 0;
    to_check += f.value && (f.freshness.state == model::CheckState::kNeverChecked ||
                            f.freshness.state == model::CheckState::kCheckOutdated);
    required_missing = required_missing || (f.required && !f.value);
  }
  out += fmt::format("Facts: {} of {} set{}{}\n", set, d.facts.size(), required_missing ? ", a REQUIRED fact is missing" : "",
                     to_check ? fmt::format(", {} not checked or due for a new check", to_check) : "");
  for (const auto& f : d.facts) {
    std::string state = f.value      ? model::DescribeCheck(f.value->source_date, f.value->checked, f.freshness)
                        : f.withheld ? std::string("stated absent: ") + f.withheld->note
                                     : std::string(f.required ? "NOT SET (required)" : "not set");
    std::string value = f.value ? render::PlainText(f.value->value) : "";
    out += fmt::format("  {:<28} {:<19} {}{}\n", f.key, model::Name(f.kind), state,
                       value.empty() ? "" : "  " + value);
  }
  out += "\n";
  if (d.audiences_only) {
    std::vector<std::string> dropped;
    for (const auto& a : d.audiences) {
      if (std::find(d.audiences_only->begin(), d.audiences_only->end(), a) == d.audiences_only->end()) dropped.push_back(a);
    }
    out += fmt::format("Audiences: {} of {} offered; not offered: {}\n\n", d.audiences_only->size(), d.audiences.size(),
                       dropped.empty() ? "none" : Join(dropped));
  } else {
    out += fmt::format("Audiences: all {} offered\n\n", d.audiences.size());
  }

  out += fmt::format("Changes: {}\n", d.changes.size());
  for (const auto& c : d.changes) {
    out += fmt::format("  {}{}  at {}\n", Describe(c), c.stale ? fmt::format("  STALE: revised in {}", c.revised) : "",
                       c.location.ToString());
  }
  size_t stale_translations = static_cast<size_t>(
      std::count_if(d.translations.begin(), d.translations.end(), [](const diff::Change& c) { return c.stale; }));
  out += fmt::format("\nTranslation: {} of {} participant texts of its programs translated into {}{}\n",
                     d.units.size() - d.untranslated.size(), d.units.size(), d.language,
                     d.translations.empty() ? " ('trainkit translate status' counts every text)"
                                            : fmt::format("; {} given by <translate> in the adaptation", d.translations.size()));
  if (!d.untranslated.empty()) {
    out += "  not translated: " + Join(d.untranslated) + "\n";
  }
  for (const auto& t : d.translations) {
    if (t.stale) out += fmt::format("  STALE: {} {} was revised in {}  at {}\n", t.target_kind, t.target_id, t.revised, t.location.ToString());
  }
  size_t stale_changes = static_cast<size_t>(
      std::count_if(d.changes.begin(), d.changes.end(), [](const diff::Change& c) { return c.stale; }));
  out += fmt::format("\nStale: {} change{} and {} translation{} override elements revised after version {}\n",
                     stale_changes, stale_changes == 1 ? "" : "s", stale_translations,
                     stale_translations == 1 ? "" : "s", d.based_on);
  return out;
}

nlohmann::json Json(const AdaptationDiff& d) {
  using nlohmann::json;
  json facts = json::array();
  for (const auto& f : d.facts) {
    json entry = {{"key", f.key}, {"kind", model::Name(f.kind)}, {"required", f.required}, {"set", f.value != nullptr}};
    if (f.value) {
      entry.update({{"value", render::PlainText(f.value->value)}, {"number", f.value->number},
                    {"source_date", f.value->source_date.text}, {"check", model::CheckStateName(f.freshness.state)},
                    {"source", f.value->source}});
      if (f.value->checked) {
        entry.update({{"checked", f.value->checked->date.ToString()}, {"checked_how", f.value->checked->how}});
      }
    } else if (f.withheld) {
      entry["withheld"] = f.withheld->note;
    }
    facts.push_back(entry);
  }
  auto changes = [](const std::vector<diff::Change>& list) {
    json array = json::array();
    for (const auto& c : list) {
      array.push_back({{"action", c.action}, {"kind", c.target_kind}, {"id", c.target_id}, {"detail", c.detail},
                       {"at", c.location.ToString()}, {"base", c.base_location.known() ? c.base_location.ToString() : ""},
                       {"revised", c.revised}, {"stale", c.stale}});
    }
    return array;
  };
  return {{"country", d.country},
          {"file", d.file},
          {"language", d.language},
          {"based_on", d.based_on},
          {"curriculum_version", d.curriculum_version},
          {"up_to_date", d.up_to_date()},
          {"facts", facts},
          {"audiences", d.audiences_only ? json(*d.audiences_only) : json(d.audiences)},
          {"changes", changes(d.changes)},
          {"translations", changes(d.translations)},
          {"participant_texts", d.units.size()},
          {"untranslated", d.untranslated}};
}

}  // namespace

CLI::App* AddDiffCommand(CLI::App& app, DiffArguments& arguments) {
  CLI::App* command = app.add_subcommand("diff", "Show what a country adaptation changes, and what is out of date");
  command->add_option("PATH", arguments.path, "The curriculum folder or its curriculum.xml")->required();
  command->add_option("--country", arguments.country, "ISO 3166-1 code of the adaptation")->required();
  command->add_flag("--json", arguments.json, "Print JSON for programs instead of text");
  return command;
}

int RunDiff(const DiffArguments& arguments) {
  Diagnostics warnings;  // diff shows the state of things; validate reports them
  int exit_code = kExitOk;
  reader::LoadedCurriculum loaded = LoadCheckedCurriculum(arguments.path, warnings, exit_code);
  if (exit_code != kExitOk) return exit_code;
  Date today = CheckDate();
  std::vector<std::string> countries;
  for (const auto& adaptation : loaded.adaptations) {
    countries.push_back(adaptation.country);
    if (adaptation.country != arguments.country) continue;
    diff::AdaptationDiff d = diff::DiffAdaptation(loaded, adaptation, today);
    std::fputs(arguments.json ? (Json(d).dump(2) + "\n").c_str() : Text(d).c_str(), stdout);
    return kExitOk;
  }
  auto suggestion = ClosestMatch(arguments.country, countries);
  std::fprintf(stderr, "trainkit: unknown country '%s'%s; countries with an adaptation: %s\n", arguments.country.c_str(),
               suggestion ? fmt::format(" (did you mean '{}'?)", *suggestion).c_str() : "",
               countries.empty() ? "none" : Join(countries).c_str());
  return kExitUsage;
}

}  // namespace trainkit::cli
