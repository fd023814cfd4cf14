// Minutes add up: activities within modules, steps within activities, tracks within budgets.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "trainkit/base/join.h"
#include "trainkit/validate/rules.h"

namespace trainkit::validate {
namespace {

void CheckModuleTiming(const model::Module& module, const model::Curriculum& curriculum,
                       Diagnostics& diagnostics) {
  for (const auto& part : module.parts) {
    const auto* activity = std::get_if<model::Activity>(&part);
    if (!activity) continue;
    int step_minutes = 0;
    for (const auto& step : activity->steps) step_minutes += step.minutes.value_or(0);
    if (step_minutes > activity->minutes) {
      diagnostics.Report(Code::W114, activity->location,
                         fmt::format("the steps of activity '{}' take {} minutes, more than the "
                                     "activity's {}",
                                     activity->id, step_minutes, activity->minutes));
    }
  }
  // Activities limited to different audiences share the module's time: add up what each
  // audience does in the room (timing is the classroom's; a person alone takes her own time).
  std::vector<std::string> over;
  int longest = 0;
  for (const auto& audience : curriculum.audiences) {
    int minutes = 0;
    for (const auto& part : module.parts) {
      const auto* activity = std::get_if<model::Activity>(&part);
      if (activity && activity->condition.Allows(audience.id) && activity->condition.Allows(model::Delivery::kClassroom)) {
        minutes += activity->minutes;
      }
    }
    if (minutes > module.minutes) {
      over.push_back(audience.id);
      longest = std::max(longest, minutes);
    }
  }
  if (!over.empty() && module.minutes > 0) {
    diagnostics.Report(Code::W113, module.location,
                       fmt::format("the activities of module '{}' take up to {} minutes for {}, "
                                   "more than the module's {}",
                                   module.id, longest, Join(over), module.minutes));
  }
}

void CheckTrack(const model::Track& track, const model::Curriculum& curriculum,
                Diagnostics& diagnostics) {
  std::map<std::string, const model::Module*> modules;
  for (const auto& module : curriculum.modules) modules[module.id] = &module;

  std::set<std::string> seen;
  for (const auto& entry : track.entries) {
    const auto* item = std::get_if<model::TrackModule>(&entry);
    if (item && item->condition.empty() && !seen.insert(item->module.id).second) {
      diagnostics.Report(Code::W122, item->module.location,
                         fmt::format("module '{}' is listed twice in track '{}'", item->module.id, track.id));
    }
  }

  // The time a track takes depends on who attends; group audiences by that time.
  std::map<int, std::vector<std::string>> audiences_by_total;
  for (const auto& audience : curriculum.audiences) {
    int total = 0;
    for (const auto& entry : track.entries) {
      if (const auto* pause = std::get_if<model::Break>(&entry)) {
        total += pause->minutes;
        continue;
      }
      const auto& item = std::get<model::TrackModule>(entry);
      auto module = modules.find(item.module.id);
      if (module == modules.end() || !item.condition.Allows(audience.id) ||
          !module->second->condition.Allows(audience.id) || !item.condition.Allows(model::Delivery::kClassroom) ||
          !module->second->condition.Allows(model::Delivery::kClassroom)) {
        continue;
      }
      total += module->second->minutes;
    }
    audiences_by_total[total].push_back(audience.id);
  }
  for (const auto& [total, audiences] : audiences_by_total) {
    if (total == track.budget_minutes) continue;
    bool over = total > track.budget_minutes;
    int difference = over ? total - track.budget_minutes : track.budget_minutes - total;
    diagnostics.Report(over ? Code::W120 : Code::W121, track.location,
                       fmt::format("track '{}' takes {} minutes with its breaks for {}, {} its "
                                   "budget of {} by {}",
                                   track.id, total, Join(audiences),
                                   over ? "over" : "under", track.budget_minutes, difference));
  }
}

}  // namespace

void CheckTiming(const model::Curriculum& curriculum, Diagnostics& diagnostics) {
  for (const auto& module : curriculum.modules) CheckModuleTiming(module, curriculum, diagnostics);
  for (const auto& track : curriculum.tracks) CheckTrack(track, curriculum, diagnostics);
}

}  // namespace trainkit::validate
