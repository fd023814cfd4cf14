// Turns parsed XML into the model: the only code that knows the format's element and
// attribute names.
#pragma once

#include <optional>

#include "trainkit/base/diagnostic.h"
#include "trainkit/model/adaptation.h"
#include "trainkit/model/curriculum.h"
#include "trainkit/model/translation.h"
#include "trainkit/xml/document.h"

namespace trainkit::reader {

// Reads a base curriculum. Every problem is reported; the result is nullopt only when the
// root is not a curriculum at all (wrong root element or namespace).
std::optional<model::Curriculum> ReadCurriculum(const xml::Document& document,
                                                Diagnostics& diagnostics);

// Reads a country adaptation, with the same contract.
std::optional<model::Adaptation> ReadAdaptation(const xml::Document& document,
                                                Diagnostics& diagnostics);

// Reads a translation (translations/<language>.xml), with the same contract.
std::optional<model::LanguagePack> ReadLanguagePack(const xml::Document& document,
                                                    Diagnostics& diagnostics);

}  // namespace trainkit::reader
