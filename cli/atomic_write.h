// Writing an output file so that readers only ever see a complete file: the bytes go to a
// temporary file beside it, which is renamed into place.
#pragma once

#include <filesystem>
#include <string_view>

#include "trainkit/base/status.h"

namespace trainkit::cli {

// Writes `bytes` to `path`, creating its folders. On failure `path` is untouched and no
// temporary file is left behind.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Removes from `folder` the temporary files of writers that were killed before they could
// rename them (their process is gone); those of running writers stay. Returns how many.
int RemoveStaleTemporaryFiles(const std::filesystem::path& folder);

}  // namespace trainkit::cli
