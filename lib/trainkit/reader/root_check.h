// Internal to the reader: the check that a file's root element is the one expected.
#pragma once

#include <string_view>

#include "trainkit/base/diagnostic.h"
#include "trainkit/xml/document.h"

namespace trainkit::reader {

// Reports E010 or E011 and returns false unless `root` is <expected> in our namespace.
bool CheckRoot(const xml::Node& root, std::string_view expected, Diagnostics& diagnostics);

}  // namespace trainkit::reader
