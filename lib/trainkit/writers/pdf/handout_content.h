// What the participant handout says, as a Flow, for the handout PDF: the same content as the
// DOCX handout (title, the "where to get help" box, each module's summary, sections,
// worksheets with lines to write on, key messages and handouts, the glossary), from the
// participant view, so no facilitator material can reach it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "trainkit/model/brand.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/pdf/flow.h"
#include "trainkit/writers/ui_strings.h"

namespace trainkit::writers::pdf {

struct HandoutInput {
  const resolve::ParticipantProgram& program;
  const UiStrings& strings;
  const std::map<std::string, double>& image_aspects;  // media path -> height / width; missing: not shown
  const model::Brand* brand = nullptr;  // whose masthead opens the first page, or null
};

Flow BuildHandout(const HandoutInput& input);

// The running header's parts: title, country.
std::vector<std::string> HandoutHeader(const resolve::ParticipantProgram& program, const UiStrings& strings);

}  // namespace trainkit::writers::pdf
