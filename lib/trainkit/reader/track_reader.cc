// Reading <track>: an agenda of modules and breaks, in the base and in a country adaptation.
#include <fmt/format.h>

#include <cctype>

#include "trainkit/reader/read_helpers.h"

namespace trainkit::reader {
namespace {

std::optional<int> ParseClock(const std::string& text) {
  if (text.size() != 5 || text[2] != ':' || !std::isdigit(static_cast<unsigned char>(text[0])) ||
      !std::isdigit(static_cast<unsigned char>(text[1])) ||
      !std::isdigit(static_cast<unsigned char>(text[3])) ||
      !std::isdigit(static_cast<unsigned char>(text[4]))) {
    return std::nullopt;
  }
  int hours = std::stoi(text.substr(0, 2)), minutes = std::stoi(text.substr(3, 2));
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

}  // namespace

model::Track Reader::Track(const xml::Node& node) {
  CheckAttributes(node, {"id", "budget", "start"});
  model::Track track;
  track.location = node.location;
  if (const auto* id = Required(node, "id")) track.id = Id(*id).value_or(id->value);
  if (const auto* budget = Required(node, "budget")) track.budget_minutes = Minutes(*budget).value_or(0);
  if (const auto* start = node.FindAttribute("start")) {
    if (auto minute = ParseClock(start->value)) {
      track.start_minute = *minute;
    } else {
      diagnostics().Report(Code::E015, start->value_location,
                           fmt::format("invalid value '{}' for 'start': expected a time of day "
                                       "as HH:MM, from 00:00 to 23:59",
                                       start->value));
    }
  }
  bool title = false, description = false;
  ForEachChild(node, {"title", "description", "goal", "module", "break"}, [&](const xml::Node& child) {
    if (child.name == "title") {
      CheckAttributes(child, {});
      if (FirstOf(child, title)) track.title = Inlines(child);
    } else if (child.name == "description") {
      CheckAttributes(child, {});
      if (FirstOf(child, description)) track.description = Blocks(child);
    } else if (child.name == "goal") {
      CheckAttributes(child, {"ref", "audience", "exclude-audience", "delivery"});
      ForEachChild(child, {}, [](const xml::Node&) {});
      if (const auto* ref = Required(child, "ref")) track.goals.push_back({RefOf(*ref), ConditionOf(child)});
    } else if (child.name == "module") {
      CheckAttributes(child, {"ref", "audience", "exclude-audience", "delivery"});
      ForEachChild(child, {}, [](const xml::Node&) {});
      if (const auto* ref = Required(child, "ref")) {
        track.entries.emplace_back(model::TrackModule{RefOf(*ref), ConditionOf(child)});
      }
    } else {
      CheckAttributes(child, {"id", "minutes", "kind"});
      model::Break pause;
      pause.location = child.location;
      pause.label = Inlines(child);
      if (const auto* id = child.FindAttribute("id")) pause.id = Id(*id).value_or(id->value);
      if (const auto* minutes = Required(child, "minutes")) pause.minutes = Minutes(*minutes).value_or(0);
      if (const auto* kind = child.FindAttribute("kind")) {
        pause.kind = OneOf(*kind, model::BreakKindNames())
                         .value_or(model::BreakKind::kBreak);
      }
      track.entries.emplace_back(std::move(pause));
    }
  });
  RequireChild(node, "title", title);
  if (track.entries.empty()) {
    diagnostics().Report(Code::E016, node.location, "<track> needs at least one <module> element");
  }
  return track;
}

model::Audience Reader::Audience(const xml::Node& node) {
  CheckAttributes(node, {"id"});
  model::Audience audience{"", Inlines(node), node.location};
  if (const auto* id = Required(node, "id")) audience.id = Id(*id).value_or(id->value);
  return audience;
}

}  // namespace trainkit::reader
