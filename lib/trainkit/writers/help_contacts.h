// What the "where to get help" box of participant outputs lists: the country's phone lines in
// the order the curriculum declares them (the trafficking hotline first), then its services
// (the referral system, the bodies that help). A line the program's text would have printed but
// the country states it has no number for tells the reader to ask the facilitator.
#pragma once

#include <string>
#include <vector>

#include "trainkit/resolve/program.h"
#include "trainkit/writers/ui_strings.h"

namespace trainkit::writers {

struct HelpContact {
  const model::Inlines* label = nullptr;  // what the line is
  bool label_translated = false;
  const resolve::Fact* fact = nullptr;  // null: no value printed; ask the facilitator
};

std::vector<HelpContact> HelpContacts(const resolve::ProgramDescription& program);

// Whom a participant asks for a number the program withholds, or for every number when it
// prints none: the facilitator in a room; alone, the organisation that offers the course. The
// interface word's key.
std::string_view AskForNumberKey(const resolve::ProgramDescription& program);
std::string_view NoContactsKey(const resolve::ProgramDescription& program);

// Whether participant outputs show this fact: where their text uses it, or as a line of the
// help box. The guide's facts table, its "check before you print" list and the outline use it.
bool ShownToParticipants(const resolve::ProgramDescription& program, const resolve::Fact& fact);

// What a facilitator checks before anything is printed, in the order the curriculum declares
// the facts: those participants are shown whose check is missing, outdated or has something left
// to check, then those the country withholds (or has still to fill). The guide's "check before
// you print" list and the preview's.
struct FactsToRecheck {
  std::vector<const resolve::Fact*> facts;
  std::vector<const resolve::WithheldFact*> withheld;
};
FactsToRecheck RecheckList(const resolve::ProgramDescription& program);

// What a participant output says beside a fact's value: "checked on 2026-11-30", that a number
// is not yet checked (printed only when the user allowed unchecked facts), or nothing (112).
std::string CheckNote(const resolve::Fact& fact, const UiStrings& strings);

// Beside a phone number in running text: that nobody has checked it, or nothing. Participant
// outputs print such a number only when the user allowed unchecked facts.
std::string UncheckedNumberNote(const resolve::ProgramDescription& program, const std::string& key,
                                const UiStrings& strings);

}  // namespace trainkit::writers
