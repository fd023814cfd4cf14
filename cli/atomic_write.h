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
//
// A replaced file's bytes are flushed to the disk before the rename (`kFlushed`), so that a
// power cut cannot leave an empty file in place of a good one: what a user edits and keeps (a
// translation imported into its file) and an export. `kUnflushed` leaves that to the system, as
// make and ninja do with what they build: `trainkit build` makes hundreds of files it can make
// again, and a flush of each cost it a twentieth of its time. Its record, which it flushes,
// holds each file's size, so a file a power cut left empty or short is made again by the next
// build; one left with its old bytes and the same size is not (ext4, as Debian sets it up,
// writes a renamed file's bytes first), and `build --force` makes everything again.
enum class Flush { kFlushed, kUnflushed };
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes, Flush flush = Flush::kFlushed);

// Creates the file `path` with `bytes`, creating its folders; never replaces anything: an error
// when something (a file, a folder, a link, even to nothing) is already there. A file left
// half-written by a failure is removed.
Status WriteNewFile(const std::filesystem::path& path, std::string_view bytes);

// Removes from `folder` the temporary files of writers that were killed before they could
// rename them (their process is gone); those of running writers stay. Returns how many.
int RemoveStaleTemporaryFiles(const std::filesystem::path& folder);

}  // namespace trainkit::cli
