#include "trainkit/base/source_location.h"

#include <fmt/format.h>

namespace trainkit {

std::string SourceLocation::ToString() const {
  if (!file) return "<unknown>";
  if (line == 0) return file->path();
  return fmt::format("{}:{}:{}", file->path(), line, column);
}

}  // namespace trainkit
