// Images per language: media/NAME.LANGUAGE.EXT beside media/NAME.EXT is the image in that
// language, and a program uses it instead.
#pragma once

#include <filesystem>
#include <string>

#include "trainkit/base/diagnostic.h"
#include "trainkit/resolve/program.h"

namespace trainkit::resolve {

// The variant of `source` ("media/chart.png") in `language`, if the curriculum `folder` has one:
// media/chart.ro-MD.png, else media/chart.ro.png for "ro-MD"; nullopt when there is none.
std::optional<std::string> ImageVariant(const std::filesystem::path& folder, const std::string& source,
                                        const std::string& language);

// Points every image of `program` at its variant in the program's language. An image marked
// has-text that has none is W176, when the program is not in the curriculum's language.
void UseImageVariants(ResolvedProgram& program, const std::filesystem::path& folder, Diagnostics& diagnostics);

}  // namespace trainkit::resolve
