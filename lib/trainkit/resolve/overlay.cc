#include "trainkit/resolve/overlay.h"

#include <fmt/format.h>

#include <algorithm>
#include <type_traits>

#include "trainkit/base/overloaded.h"

namespace trainkit::resolve {
namespace {

std::string IdOf(const model::ModulePart& part) {
  return std::visit(Overloaded{[](const model::Section& s) { return s.id; },
                               [](const model::Activity& a) { return a.id; },
                               [](const model::FacilitatorNote&) { return std::string(); }},
                    part);
}

model::Module* FindModule(model::Curriculum& curriculum, const std::string& id) {
  for (auto& module : curriculum.modules) {
    if (module.id == id) return &module;
  }
  return nullptr;
}

// Calls `act` on the container and position of the module part, item, message or handout
// with `id`; false if there is none.
template <typename Act>
bool WithPart(model::Curriculum& curriculum, const std::string& id, Act act) {
  for (auto& module : curriculum.modules) {
    for (auto it = module.parts.begin(); it != module.parts.end(); ++it) {
      if (IdOf(*it) == id) return act(module.parts, it), true;
    }
    for (auto it = module.assessment.begin(); it != module.assessment.end(); ++it) {
      if (it->id == id) return act(module.assessment, it), true;
    }
    for (auto it = module.key_messages.begin(); it != module.key_messages.end(); ++it) {
      if (it->id == id) return act(module.key_messages, it), true;
    }
    for (auto it = module.handouts.begin(); it != module.handouts.end(); ++it) {
      if (it->id == id) return act(module.handouts, it), true;
    }
  }
  return false;
}

class Overlay {
 public:
  Overlay(model::Curriculum& curriculum, Diagnostics& diagnostics)
      : curriculum_(curriculum), diagnostics_(diagnostics) {}

  void operator()(const model::Replace& replace) {
    std::visit(Overloaded{
                   [&](const model::Module& module) {
                     if (model::Module* old = FindModule(curriculum_, module.id)) {
                       replaced_[module.id] = old->location;
                       *old = module;
                     } else {
                       MatchedNothing(replace.location, "<replace>", module.id);
                     }
                   },
                   [&](const auto& part) { ReplacePart(part, replace.location); },
               },
               replace.replacement);
  }

  void operator()(const model::Append& append) {
    model::Module* module = FindModule(curriculum_, append.module.id);
    if (!module) return MatchedNothing(append.location, "<append>", append.module.id);
    for (const auto& part : append.parts) {
      std::visit(Overloaded{
                     [&](const model::AssessmentItem& item) { module->assessment.push_back(item); },
                     [&](const auto& section_or_activity) { module->parts.emplace_back(section_or_activity); },
                 },
                 part);
    }
  }

  void operator()(const model::Remove& remove) {
    const std::string& id = remove.target.id;
    auto module = std::find_if(curriculum_.modules.begin(), curriculum_.modules.end(),
                               [&](const model::Module& m) { return m.id == id; });
    if (module != curriculum_.modules.end()) {
      curriculum_.modules.erase(module);
      for (auto& track : curriculum_.tracks) {
        auto& entries = track.entries;
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&](const auto& entry) {
                                       const auto* m = std::get_if<model::TrackModule>(&entry);
                                       return m && m->module.id == id;
                                     }),
                      entries.end());
      }
      return;
    }
    bool found = WithPart(curriculum_, id, [](auto& container, auto position) { container.erase(position); });
    if (!found) MatchedNothing(remove.location, "<remove>", id);
  }

  void operator()(const model::Restrict& restrict) {
    const std::string& id = restrict.target.id;
    if (model::Module* module = FindModule(curriculum_, id)) return Narrow(module->condition, restrict.condition);
    for (auto& term : curriculum_.glossary) {
      if (term.id == id) return Narrow(term.condition, restrict.condition);
    }
    bool found = WithPart(curriculum_, id, [&](auto&, auto position) {
      using Element = std::decay_t<decltype(*position)>;
      if constexpr (std::is_same_v<Element, model::ModulePart>) {
        std::visit([&](auto& part) { Narrow(part.condition, restrict.condition); }, *position);
      } else {
        Narrow(position->condition, restrict.condition);
      }
    });
    if (!found) MatchedNothing(restrict.location, "<restrict>", id);
  }

  void operator()(const model::AddModule& add) {
    auto after = std::find_if(curriculum_.modules.begin(), curriculum_.modules.end(),
                              [&](const model::Module& m) { return m.id == add.after.id; });
    if (after == curriculum_.modules.end()) return MatchedNothing(add.location, "<add-module>", add.after.id);
    curriculum_.modules.insert(after + 1, add.module);
    for (auto& track : curriculum_.tracks) {
      for (size_t i = 0; i < track.entries.size(); ++i) {
        const auto* entry = std::get_if<model::TrackModule>(&track.entries[i]);
        if (entry && entry->module.id == add.after.id) {
          model::TrackModule added{{add.module.id, add.location}, entry->condition};
          track.entries.insert(track.entries.begin() + static_cast<std::ptrdiff_t>(i) + 1, added);
          ++i;
        }
      }
    }
  }

  std::map<std::string, SourceLocation> replaced() const { return replaced_; }

 private:
  // Shown where both conditions allow: the audiences both include (or either, when the other
  // includes every audience), and none that either excludes.
  static void Narrow(model::Condition& condition, const model::Condition& by) {
    if (condition.include.empty()) {
      condition.include = by.include;
    } else if (!by.include.empty()) {
      model::Refs both;
      for (const auto& ref : condition.include) {
        bool kept = std::any_of(by.include.begin(), by.include.end(), [&](const model::Ref& r) { return r.id == ref.id; });
        if (kept) both.push_back(ref);
      }
      // Nobody at all: an include list no audience is in.
      if (both.empty()) both.push_back({"", {}});
      condition.include = std::move(both);
    }
    condition.exclude.insert(condition.exclude.end(), by.exclude.begin(), by.exclude.end());
  }

  template <typename Part>
  void ReplacePart(const Part& replacement, const SourceLocation& at) {
    bool found = WithPart(curriculum_, replacement.id, [&](auto& container, auto position) {
      using Element = typename std::decay_t<decltype(container)>::value_type;
      if constexpr (std::is_same_v<Element, model::ModulePart> && !std::is_same_v<Part, model::AssessmentItem>) {
        std::visit([&](const auto& old) { replaced_[replacement.id] = old.location; }, *position);
        *position = replacement;
      } else if constexpr (std::is_same_v<Element, Part>) {
        replaced_[replacement.id] = position->location;
        *position = replacement;
      }
    });
    if (!found) MatchedNothing(at, "<replace>", replacement.id);
  }

  void MatchedNothing(const SourceLocation& at, std::string_view operation, const std::string& id) {
    diagnostics_.Report(Code::W172, at,
                        fmt::format("{} found no '{}' to act on: an earlier operation of this "
                                    "adaptation removed or replaced it",
                                    operation, id));
  }

  model::Curriculum& curriculum_;
  Diagnostics& diagnostics_;
  std::map<std::string, SourceLocation> replaced_;
};

}  // namespace

std::map<std::string, SourceLocation> ApplyOperations(const model::Adaptation& adaptation,
                                                      model::Curriculum& curriculum,
                                                      Diagnostics& diagnostics) {
  Overlay overlay(curriculum, diagnostics);
  // Restrictions last: a replacement brings its own audiences, which the country's restriction
  // then narrows, wherever the two are in the file.
  for (const auto& operation : adaptation.operations) {
    if (!std::holds_alternative<model::Restrict>(operation)) std::visit(overlay, operation);
  }
  for (const auto& operation : adaptation.operations) {
    if (std::holds_alternative<model::Restrict>(operation)) std::visit(overlay, operation);
  }
  return overlay.replaced();
}

}  // namespace trainkit::resolve
