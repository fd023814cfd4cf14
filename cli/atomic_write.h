// Writing an output file so that readers only ever see a complete file: the bytes go to a
// temporary file beside it, which is renamed into place. What is not a regular file (a
// device such as /dev/null, a FIFO) is written through, never replaced.
#pragma once

#include <filesystem>
#include <string_view>

#include "trainkit/base/status.h"

namespace trainkit::cli {

// Writes `bytes` to `path`, creating its folders:
// - a new path or a regular file: through a temporary file renamed into place;
// - a symbolic link: to the file it points at, by the same rules, and the link stays;
//   a link to nothing is refused;
// - a device or FIFO (or a link to one), or an open descriptor's place such as /dev/stdout or
//   /dev/fd/3: opened and written through as it is; a FIFO no process reads, and a socket,
//   are errors.
// On failure `path` is untouched (a device or FIFO may have received part of the bytes) and
// no temporary file is left behind.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Removes from `folder` the temporary files of writers that were killed before they could
// rename them (their process is gone); those of running writers stay. Returns how many.
int RemoveStaleTemporaryFiles(const std::filesystem::path& folder);

}  // namespace trainkit::cli
