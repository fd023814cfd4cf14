#include "outline_command.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <set>

#include "brand_option.h"
#include "exit_code.h"
#include "trainkit/base/diagnostic_format.h"
#include "trainkit/model/names.h"
#include "trainkit/writers/dump_writer.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/writers/help_contacts.h"

namespace trainkit::cli {
namespace {

using resolve::ResolvedProgram;
using writers::ClockTime;
using render::PlainText;

// Display width in code points, so that Cyrillic and Romanian text line up in columns.
size_t Width(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(),
                                           [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string Pad(const std::string& text, size_t width) {
  size_t have = Width(text);
  return have >= width ? text : text + std::string(width - have, ' ');
}

// Cuts text to `width` code points, marking the cut.
std::string Fit(const std::string& text, size_t width) {
  if (Width(text) <= width) return text;
  std::string out;
  size_t seen = 0;
  for (char c : text) {
    bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts && ++seen > width - 1) break;
    out += c;
  }
  return out + "…";
}

// Moves every clock time of the program by `delta` minutes.
void Shift(ResolvedProgram& program, int delta) {
  program.start_minute += delta;
  program.end_minute += delta;
  for (auto& entry : program.agenda) entry.start_minute += delta;
  for (auto& module : program.modules) {
    module.start_minute += delta;
    for (auto& activity : module.facilitator.activities) {
      activity.start_minute += delta;
      for (auto& step : activity.steps) step.start_minute += delta;
    }
  }
}

std::string Methods(const resolve::Module& module) {
  std::vector<std::string> methods;
  for (const auto& activity : module.facilitator.activities) {
    std::string name(model::Name(activity.method));
    if (std::find(methods.begin(), methods.end(), name) == methods.end()) methods.push_back(name);
  }
  std::string text;
  for (const auto& m : methods) text += (text.empty() ? "" : ", ") + m;
  return text.empty() ? "-" : text;
}

// Does `module` teach an objective of `goal`?
bool Serves(const ResolvedProgram& program, const resolve::Module& module, const std::string& goal) {
  for (const auto& objective : program.objectives) {
    if (objective.goal == goal &&
        std::find(module.objectives.begin(), module.objectives.end(), objective.id) != module.objectives.end()) {
      return true;
    }
  }
  return false;
}

// How many pages the program's PDFs print, as the template lays them out (0: it cannot be laid
// out, for a reason export would report). Counting prints nothing, so an unchecked number does
// not stop it.
struct PrintedPages {
  int guide = 0, handout = 0;
  std::string paper;  // as --paper named it; empty: the template's
};

PrintedPages CountPages(const Workspace& workspace, const ResolvedProgram& program, const std::string& paper,
                        std::shared_ptr<const model::Brand> brand) {
  RenderOptions options;
  options.allow_unchecked_facts = true;
  options.paper = paper;
  options.brand = std::move(brand);
  auto count = [&](const char* format) {
    std::string bytes;
    Diagnostics ignored;
    int pages = 0;
    Status status = workspace.RenderBytes(program, *writers::FindWriter(format), options, bytes, ignored, &pages);
    return status.ok() ? pages : 0;
  };
  return {count("guide-layout"), count("handout-layout"), paper};
}

std::string Text(const ResolvedProgram& p, const PrintedPages& pages, const Diagnostics& diagnostics) {
  std::string out;
  out += fmt::format("{}\n", PlainText(p.title));
  out += fmt::format("{} · {} · {} · {}\n", p.country.empty() ? "international" : p.country,
                     PlainText(p.audience_name), PlainText(p.track_title), p.language);
  out += fmt::format("version {} of {}\n\n", p.version, p.date.ToString());

  out += fmt::format("{}  {}  {}  {}\n", Pad("Time", 11), Pad("#  Module", 52), Pad("Method", 34), "Min");
  int number = 0;
  for (const auto& entry : p.agenda) {
    std::string time = fmt::format("{}-{}", ClockTime(entry.start_minute), ClockTime(entry.start_minute + entry.minutes));
    std::string what, method;
    if (const auto* m = std::get_if<resolve::AgendaModule>(&entry.what)) {
      const auto& module = p.modules[m->module];
      what = fmt::format("{:<2} {}", ++number, Fit(PlainText(module.participant.title), 49));
      method = Fit(Methods(module), 34);
    } else {
      const auto& pause = std::get<resolve::AgendaBreak>(entry.what);
      what = "   " + Fit(PlainText(pause.label), 49);
      method = std::string(model::Name(pause.kind));
    }
    out += fmt::format("{}  {}  {}  {:>3}\n", Pad(time, 11), Pad(what, 52), Pad(method, 34), entry.minutes);
  }
  int total = p.end_minute - p.start_minute;
  out += fmt::format("{}  {}  {}  {:>3}  {}\n\n", Pad("", 11), Pad("Total, budget " + std::to_string(p.budget_minutes), 52),
                     Pad("", 34), total,
                     total == p.budget_minutes ? "on budget"
                     : total > p.budget_minutes ? fmt::format("{} over", total - p.budget_minutes)
                                                : fmt::format("{} under", p.budget_minutes - total));

  out += "Goals × modules (x: the module teaches one of the goal's objectives)\n";
  size_t goal_width = 4;
  for (const auto& goal : p.goals) goal_width = std::max(goal_width, Width(goal.id));
  std::string header = Pad("", goal_width);
  for (size_t i = 0; i < p.modules.size(); ++i) header += fmt::format(" {:>2}", i + 1);
  out += header + "  assessed\n";
  for (const auto& goal : p.goals) {
    std::string row = Pad(goal.id, goal_width);
    for (const auto& module : p.modules) row += Serves(p, module, goal.id) ? "  x" : "  .";
    out += row + (goal.assessed ? "  yes" : "  no") + (goal.taught ? "" : "   NOT TAUGHT") + "\n";
  }
  out += "\n";

  out += "Facts printed, and whether each was checked\n";
  // What participants see: the facts their text uses and the lines of the help box.
  std::vector<const resolve::Fact*> shown;
  for (const auto& [key, fact] : p.facts) {
    if (writers::ShownToParticipants(p, fact)) shown.push_back(&fact);
  }
  std::sort(shown.begin(), shown.end(), [](const auto* a, const auto* b) { return a->order < b->order; });
  if (p.facts.empty()) {
    out += "  none: the international version prints no country facts\n";
  } else if (shown.empty()) {
    out += "  none\n";
  }
  for (const resolve::Fact* entry : shown) {
    const resolve::Fact& fact = *entry;
    const std::string& key = fact.key;
    out += fmt::format("  {}  {}  {}{}\n", Pad(key, 27), Fit(PlainText(fact.value), 60),
                       model::DescribeCheck(fact.source_date, fact.checked, fact.freshness),
                       fact.OnRecheckList() ? "  CHECK BEFORE PRINTING" : "");
  }
  if (p.translation.units > 0) {
    out += fmt::format("\nTranslation into {}: {} of {} participant texts ({}%)\n", p.language, p.translation.translated,
                       p.translation.units, p.translation.translated * 100 / p.translation.units);
  }
  auto count = [](int n) { return n > 0 ? std::to_string(n) : std::string("-"); };
  std::string paper = pages.paper.empty() ? "the template's paper" : pages.paper == "a4" ? "A4" : "Letter";
  out += fmt::format("\nPrinted pages, in {}: facilitator guide {}, participant handout {}\n", paper,
                     count(pages.guide), count(pages.handout));
  out += fmt::format("\n{} warning{}\n", diagnostics.warnings(), diagnostics.warnings() == 1 ? "" : "s");
  return out;
}

nlohmann::json Json(const ResolvedProgram& p, const PrintedPages& pages, const Diagnostics& diagnostics) {
  using nlohmann::json;
  json agenda = json::array();
  for (const auto& entry : p.agenda) {
    json item = {{"start", ClockTime(entry.start_minute)},
                 {"end", ClockTime(entry.start_minute + entry.minutes)},
                 {"minutes", entry.minutes}};
    if (const auto* m = std::get_if<resolve::AgendaModule>(&entry.what)) {
      const auto& module = p.modules[m->module];
      json methods = json::array();
      for (const auto& activity : module.facilitator.activities) methods.push_back(model::Name(activity.method));
      item.update({{"kind", "module"}, {"id", module.id}, {"title", PlainText(module.participant.title)},
                   {"methods", methods}, {"objectives", module.objectives}});
    } else {
      const auto& pause = std::get<resolve::AgendaBreak>(entry.what);
      item.update({{"kind", std::string(model::Name(pause.kind))}, {"id", pause.id}, {"title", PlainText(pause.label)}});
    }
    agenda.push_back(item);
  }
  json goals = json::array();
  for (const auto& goal : p.goals) {
    json modules = json::array();
    for (const auto& module : p.modules) {
      if (Serves(p, module, goal.id)) modules.push_back(module.id);
    }
    goals.push_back({{"id", goal.id}, {"text", PlainText(goal.text)}, {"taught", goal.taught},
                     {"assessed", goal.assessed}, {"modules", modules}});
  }
  json facts = json::array();
  for (const auto& [key, fact] : p.facts) {
    facts.push_back({{"key", key}, {"used", p.facts_used.count(key) > 0}, {"value", PlainText(fact.value)}, {"number", fact.number},
                     {"source_date", fact.source_date.text}, {"check", model::CheckStateName(fact.freshness.state)},
                     {"checked", fact.checked ? json(fact.checked->date.ToString()) : json(nullptr)},
                     {"to_check", fact.to_check}, {"source", fact.source},
                     {"source_url", fact.source_url}});
  }
  return {{"curriculum", p.curriculum_id},
          {"version", p.version},
          {"country", p.country.empty() ? json(nullptr) : json(p.country)},
          {"audience", p.audience},
          {"track", p.track},
          {"language", p.language},
          {"title", PlainText(p.title)},
          {"start", ClockTime(p.start_minute)},
          {"end", ClockTime(p.end_minute)},
          {"minutes", p.end_minute - p.start_minute},
          {"budget", p.budget_minutes},
          {"agenda", agenda},
          {"goals", goals},
          {"facts", facts},
          {"translation", {{"units", p.translation.units}, {"translated", p.translation.translated}}},
          {"pages", {{"guide-pdf", pages.guide}, {"handout-pdf", pages.handout}}},
          {"diagnostics", json::parse(FormatJson(diagnostics))}};
}

}  // namespace

CLI::App* AddOutlineCommand(CLI::App& app, OutlineArguments& arguments) {
  CLI::App* command = app.add_subcommand(
      "outline", "Show one program's agenda, goal coverage, facts and warnings");
  AddProgramOptions(*command, arguments.program);
  command->add_option("--start", arguments.start, "Start the day at this time (HH:MM) instead of the track's")
      ->check([](const std::string& value) -> std::string {
        bool ok = value.size() == 5 && value[2] == ':' && std::isdigit(static_cast<unsigned char>(value[0])) &&
                  std::isdigit(static_cast<unsigned char>(value[1])) && std::isdigit(static_cast<unsigned char>(value[3])) &&
                  std::isdigit(static_cast<unsigned char>(value[4])) && std::stoi(value.substr(0, 2)) < 24 &&
                  std::stoi(value.substr(3, 2)) < 60;
        return ok ? "" : "expected a time of day as HH:MM";
      });
  command->add_flag("--json", arguments.json, "Print JSON for programs instead of text");
  command->add_option("--paper", arguments.paper, "Count the printed pages on this paper: a4 or letter")
      ->check(CLI::IsMember({"a4", "letter"}));
  AddBrandOption(*command, arguments.brand);
  return command;
}

int RunOutline(const OutlineArguments& arguments) {
  std::shared_ptr<const model::Brand> brand;
  if (int code = LoadBrand(arguments.brand, "", brand); code != kExitOk) return code;
  LoadedProgram loaded = LoadProgram(arguments.program);
  if (!loaded.program) return loaded.exit_code;
  ResolvedProgram& program = *loaded.program;
  if (!arguments.start.empty()) {
    int start = std::stoi(arguments.start.substr(0, 2)) * 60 + std::stoi(arguments.start.substr(3, 2));
    Shift(program, start - program.start_minute);
  }
  PrintedPages pages = CountPages(*loaded.workspace, program, arguments.paper, brand);
  if (arguments.json) {
    std::fputs((Json(program, pages, loaded.diagnostics).dump(2) + "\n").c_str(), stdout);
    if (loaded.diagnostics.has_errors()) return kExitContentErrors;
    return arguments.program.werror.Stops(loaded.diagnostics) ? kExitWarnings : kExitOk;
  }
  std::fputs(Text(program, pages, loaded.diagnostics).c_str(), stdout);
  std::fflush(stdout);
  return ReportDiagnostics(loaded.diagnostics, arguments.program.werror);
}

}  // namespace trainkit::cli
