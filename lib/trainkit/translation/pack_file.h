// Writing translations/<language>.xml: the file `translate import` keeps.
#pragma once

#include <string>
#include <vector>

#include "trainkit/model/translation.h"

namespace trainkit::translation {

// The pack as XML, one <unit> per line in the order given, each with the hash of the source
// it translates. The same pack gives the same bytes.
std::string WritePackFile(const model::LanguagePack& pack);

}  // namespace trainkit::translation
