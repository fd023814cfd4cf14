// A country's first draft (`trainkit new country`): an adaptation that validates with warnings
// only, each saying what is left to write. Every fact the curriculum declares is a <to-fill>
// with what a source must give for its kind (W194); every section the curriculum marks
// country-specific is a <replace to-fill="…"> holding a copy of the curriculum's text, as it is
// written there, to rewrite (W195).
#pragma once

#include <string>
#include <string_view>

#include "trainkit/model/curriculum.h"

namespace trainkit::scaffold {

struct CountryDraftRequest {
  std::string country;        // ISO 3166-1 alpha-2, checked by the caller
  std::string country_name;   // in English, for the comments
  std::string language;       // BCP 47, checked by the caller
  std::string language_name;  // in English, for the comments
};

// The text of countries/<country>.xml for `curriculum`, whose file's text is `curriculum_xml`
// (the country-specific sections are copied from it, comments and line breaks kept).
std::string CountryDraft(const model::Curriculum& curriculum, std::string_view curriculum_xml,
                         const CountryDraftRequest& request);

// translations/<language>.xml for `curriculum` with no unit yet: the language's translation,
// to fill with `trainkit translate` or by hand.
std::string EmptyTranslation(const model::Curriculum& curriculum, const std::string& language);

// What a source must give for a fact of `kind`: the to-fill text of the draft.
std::string_view WhatASourceMustGive(model::FactKind kind);

// The element <name id="id"> in `xml`, from its '<' to the end of its end tag, or "" when it is
// not there. Comments and CDATA are skipped while looking for the end.
std::string_view ElementWithId(std::string_view xml, std::string_view name, std::string_view id);

}  // namespace trainkit::scaffold
