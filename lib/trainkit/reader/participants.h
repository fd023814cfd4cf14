// A list of a training day's participants, as an NGO keeps it: a CSV file (UTF-8, a header row
// naming at least a `name` column, optionally `organisation`), for certificates and the
// attendance sheet. Read with libcsv, strictly (RFC 4180 quoting).
#pragma once

#include <string>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/base/source_file.h"

namespace trainkit::reader {

struct Participant {
  std::string name;
  std::string organisation;  // empty when the list has no such column
  int line = 0;              // where its row starts in the file
};

// The participants of `file`, in its order. A file that is not UTF-8 (or is UTF-16, as some
// spreadsheets save "Unicode text"), a quote left open, a header without `name`, a row with an
// empty name, no one under the header: E188 at the line (and column) it is found, and no
// participants. A UTF-8 byte
// order mark and blank lines are ignored; CRLF and LF line ends both work.
std::vector<Participant> ReadParticipants(const SourceFilePtr& file, Diagnostics& diagnostics);

}  // namespace trainkit::reader
