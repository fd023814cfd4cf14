// The texts of a resolved program, one string per paragraph, list item or cell, on each side:
// what participants read and what only facilitators read. Tests look for one in the other.
#pragma once

#include <string>
#include <vector>

#include "trainkit/resolve/program.h"

namespace trainkit::test {

// Each paragraph, list item and table cell of `blocks`, as plain text, appended to `out`.
void BlockTexts(const model::Blocks& blocks, std::vector<std::string>& out);

std::vector<std::string> ParticipantTexts(const resolve::ResolvedProgram& program);
std::vector<std::string> FacilitatorTexts(const resolve::ResolvedProgram& program);

// Whether a facilitator text is a sentence of guidance (40 characters or more, in any script,
// ending as a sentence does) that must not reach participants; short phrases ("Form groups.")
// and terms (a card's label, "Abuse of a position of vulnerability") may rightly appear on
// both sides.
bool IsGuidanceSentence(const std::string& text);

}  // namespace trainkit::test
