// What the facilitator guide says, as a Flow: cover, contents, agenda, each module with its
// notes, activities and answer key, the country's facts and what to check before printing,
// glossary, sources and licence.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "trainkit/model/brand.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/pdf/flow.h"
#include "trainkit/writers/ui_strings.h"

namespace trainkit::writers::pdf {

struct GuideInput {
  const resolve::ResolvedProgram& program;
  const UiStrings& strings;
  const std::map<std::string, double>& image_aspects;  // media path -> height / width; missing: not shown
  const model::Brand* brand = nullptr;  // whose masthead opens the cover, or null
};

Flow BuildGuide(const GuideInput& input);

// The running header's parts: curriculum, country, audience.
std::vector<std::string> GuideHeader(const resolve::ResolvedProgram& program, const UiStrings& strings);

}  // namespace trainkit::writers::pdf
