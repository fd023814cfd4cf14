// Internal to the resolver: applying a country adaptation's operations to a curriculum.
#pragma once

#include <map>
#include <string>

#include "trainkit/base/diagnostic.h"
#include "trainkit/model/adaptation.h"
#include "trainkit/model/curriculum.h"

namespace trainkit::resolve {

// Replaces, appends, removes and adds modules, sections, activities and items in
// `curriculum` as `adaptation` says, in document order. Returns, for each replaced id, where
// the base element was written. An operation that finds nothing is reported (W172).
std::map<std::string, SourceLocation> ApplyOperations(const model::Adaptation& adaptation,
                                                      model::Curriculum& curriculum,
                                                      Diagnostics& diagnostics);

// Puts the adaptation's translations into `curriculum`'s text. Returns the ids translated.
std::map<std::string, SourceLocation> ApplyTranslations(const model::Adaptation& adaptation,
                                                        model::Curriculum& curriculum);

}  // namespace trainkit::resolve
