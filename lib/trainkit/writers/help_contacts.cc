#include "trainkit/writers/help_contacts.h"

namespace trainkit::writers {

std::vector<const resolve::Fact*> HelpContacts(const resolve::ProgramDescription& program) {
  std::vector<const resolve::Fact*> contacts;
  for (model::FactKind kind : {model::FactKind::kPhone, model::FactKind::kReferralMechanism, model::FactKind::kOrganisation}) {
    for (const auto& [key, fact] : program.facts) {
      if (fact.kind == kind) contacts.push_back(&fact);
    }
  }
  return contacts;
}

}  // namespace trainkit::writers
