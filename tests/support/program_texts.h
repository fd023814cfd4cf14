// The texts of a resolved program, one string per paragraph, list item or cell, on each side:
// what participants read and what only facilitators read. Tests look for one in the other.
#pragma once

#include <string>
#include <vector>

#include "trainkit/resolve/program.h"

namespace trainkit::test {

std::vector<std::string> ParticipantTexts(const resolve::ResolvedProgram& program);
std::vector<std::string> FacilitatorTexts(const resolve::ResolvedProgram& program);

}  // namespace trainkit::test
