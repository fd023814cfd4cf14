// Where something came from: a file, a 1-based line and a 1-based column (in code points).
#pragma once

#include <string>

#include "trainkit/base/source_file.h"

namespace trainkit {

struct SourceLocation {
  SourceFilePtr file;  // null for locations that name no file
  int line = 0;        // 0 when only the file is known
  int column = 0;

  bool known() const { return file != nullptr; }
  // "path:line:column", "path" or "<unknown>".
  std::string ToString() const;
};

}  // namespace trainkit
