#include "trainkit/writers/help_contacts.h"

#include <algorithm>

namespace trainkit::writers {
namespace {

bool ListedInBox(model::FactKind kind) {
  return model::IsPhoneKind(kind) || kind == model::FactKind::kReferralMechanism ||
         kind == model::FactKind::kOrganisation;
}

}  // namespace

bool ShownToParticipants(const resolve::ProgramDescription& program, const resolve::Fact& fact) {
  return program.facts_used.count(fact.key) > 0 || ListedInBox(fact.kind);
}

FactsToRecheck RecheckList(const resolve::ProgramDescription& program) {
  FactsToRecheck list;
  for (const auto& [key, fact] : program.facts) {
    if (fact.OnRecheckList() && ShownToParticipants(program, fact)) list.facts.push_back(&fact);
  }
  for (const auto& [key, withheld] : program.withheld_facts) list.withheld.push_back(&withheld);
  auto by_order = [](const auto* a, const auto* b) { return a->order < b->order; };
  std::sort(list.facts.begin(), list.facts.end(), by_order);
  std::sort(list.withheld.begin(), list.withheld.end(), by_order);
  return list;
}

std::vector<HelpContact> HelpContacts(const resolve::ProgramDescription& program) {
  struct Entry {
    bool phone;
    int order;
    HelpContact contact;
  };
  std::vector<Entry> entries;
  for (const auto& [key, fact] : program.facts) {
    if (!ListedInBox(fact.kind)) continue;
    entries.push_back({model::IsPhoneKind(fact.kind), fact.order, {&fact.label, fact.label_translated, &fact}});
  }
  for (const auto& [key, withheld] : program.withheld_facts) {
    // "Ask your facilitator for the current number": for a phone line, not for a body, and only
    // where the program's text would have printed it (a passage was left out for want of it).
    if (!model::IsPhoneKind(withheld.kind) || !program.left_out.count(key)) continue;
    entries.push_back({true, withheld.order, {&withheld.label, withheld.label_translated, nullptr}});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.phone != b.phone ? a.phone : a.order < b.order;
  });
  std::vector<HelpContact> contacts;
  for (auto& entry : entries) contacts.push_back(entry.contact);
  return contacts;
}

std::string CheckNote(const resolve::Fact& fact, const UiStrings& strings) {
  switch (fact.freshness.state) {
    case model::CheckState::kChecked:
      return strings.Format("checked_on", {{"date", fact.checked->date.ToString()}});
    case model::CheckState::kNoCheckNeeded:
      return "";
    case model::CheckState::kCheckOutdated:
      return strings.Format("check_outdated", {{"date", fact.checked->date.ToString()}});
    case model::CheckState::kNeverChecked:
      return strings.Get(model::IsPhoneKind(fact.kind) ? "phone_not_yet_checked" : "not_yet_checked");
  }
  return "";
}

std::string UncheckedNumberNote(const resolve::ProgramDescription& program, const std::string& key,
                                const UiStrings& strings) {
  auto fact = program.facts.find(key);
  if (fact == program.facts.end() || !fact->second.NeedsCheckBeforePrinting()) return "";
  return CheckNote(fact->second, strings);
}

std::string_view AskForNumberKey(const resolve::ProgramDescription& program) {
  return program.delivery == model::Delivery::kSelfPaced ? "help_ask_organiser" : "help_ask_facilitator";
}

std::string_view NoContactsKey(const resolve::ProgramDescription& program) {
  return program.delivery == model::Delivery::kSelfPaced ? "help_none_self_paced" : "help_none";
}

}  // namespace trainkit::writers
