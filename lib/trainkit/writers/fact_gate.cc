#include "trainkit/writers/fact_gate.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace trainkit::writers {

bool PassesFactGate(const resolve::ProgramDescription& program, const WriterContext& context,
                    Diagnostics& diagnostics) {
  if (context.allow_unchecked_facts) return true;
  std::vector<const resolve::Fact*> unchecked;  // in the country card's order
  for (const auto& [key, fact] : program.facts) {
    if (fact.NeedsCheckBeforePrinting()) unchecked.push_back(&fact);
  }
  std::sort(unchecked.begin(), unchecked.end(), [](const auto* a, const auto* b) { return a->order < b->order; });
  bool passes = true;
  for (const resolve::Fact* entry : unchecked) {
    const resolve::Fact& fact = *entry;
    const std::string& key = fact.key;
    passes = false;
    std::string state = fact.freshness.state == model::CheckState::kCheckOutdated
                            ? fmt::format("was last checked on {}, and that check was good until {}",
                                          fact.checked->date.ToString(), fact.freshness.due->ToString())
                            : "has not been checked by anyone";
    diagnostics.Report(Code::E185, fact.provenance.location,
                       fmt::format("phone number '{}' (fact '{}') {}: participant outputs print a number only "
                                   "after a person checks it with the operator. Record the check as "
                                   "checked=\"YYYY-MM-DD\" checked-how=\"...\", or pass --allow-unchecked-facts "
                                   "to print it marked as not checked",
                                   fact.number, key, state));
  }
  return passes;
}

}  // namespace trainkit::writers
