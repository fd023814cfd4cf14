// What the "where to get help" box of participant outputs lists: the country's verified
// hotlines first, then its services (the referral system, the bodies that help).
#pragma once

#include <vector>

#include "trainkit/resolve/program.h"

namespace trainkit::writers {

std::vector<const resolve::Fact*> HelpContacts(const resolve::ProgramDescription& program);

}  // namespace trainkit::writers
