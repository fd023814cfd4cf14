// Fields in a header or footer (TITLE, DOCPROPERTY …) whose shown results trainkit writes: Word
// shows a field's stored result until the field is updated, so a header taken from a reference
// DOCX made from another handout would show that handout's title.
#pragma once

#include <map>
#include <string>

#include "trainkit/xml/document.h"

namespace trainkit::writers::docx {

// A field instruction reduced to what says which value it shows: switches and quotes dropped,
// words upper-cased and joined by one space (` DOCPROPERTY "Country" \* MERGEFORMAT ` gives
// "DOCPROPERTY COUNTRY").
std::string FieldKey(const std::string& instruction);

// Sets the result of every field in `part` whose FieldKey is in `values` (simple fields, and
// complex ones from w:fldChar begin through separate to end, nested or not) to its value: the
// first w:t of the result gets it, any other w:t of the result is emptied.
void SetFieldResults(xml::Node& part, const std::map<std::string, std::string>& values);

}  // namespace trainkit::writers::docx
