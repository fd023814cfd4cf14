// A country's first draft (`trainkit new country`): an adaptation that validates with warnings
// only, each saying what is left to write. Every fact the curriculum declares is a <to-fill>
// with what a source must give for its kind (W194); every section the curriculum marks
// country-specific is a <replace to-fill="…"> holding a copy of the curriculum's text, as it is
// written there, to rewrite (W195).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "trainkit/model/curriculum.h"

namespace trainkit::scaffold {

struct CountryDraftRequest {
  std::string country;        // ISO 3166-1 alpha-2, checked by the caller
  std::string country_name;   // in English, for the comments
  std::string language;       // BCP 47, checked by the caller
  std::string language_name;  // in English, for the comments
};

// The text of countries/<country>.xml for `curriculum`. Each country-specific section is copied
// from the text it was parsed from, where the parser found it, comments and line breaks kept;
// the ids of any that could not be (a curriculum not read from a file) go to `not_copied`.
std::string CountryDraft(const model::Curriculum& curriculum, const CountryDraftRequest& request,
                         std::vector<std::string>& not_copied);

// translations/<language>.xml for `curriculum` with no unit yet: the language's translation,
// to fill with `trainkit translate` or by hand.
std::string EmptyTranslation(const model::Curriculum& curriculum, const std::string& language);

// What a source must give for a fact of `kind`: the to-fill text of the draft.
std::string_view WhatASourceMustGive(model::FactKind kind);

// The element <name …> that starts at `begin` in `xml`, to the end of its end tag, or "" when
// none starts there. Comments, CDATA, processing instructions and quoted attribute values (which
// may hold '>') are stepped over whole.
std::string_view ElementAt(std::string_view xml, size_t begin, std::string_view name);
// The '>' that ends the tag whose '<' is at `at` (or before it), quotes stepped over; npos if none.
size_t TagEnd(std::string_view xml, size_t at);

}  // namespace trainkit::scaffold
