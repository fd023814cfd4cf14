#include "terminal.h"

#include <unistd.h>

#include <cstdlib>

namespace trainkit::cli {

bool UseColor(std::FILE* stream) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(fileno(stream)) != 0;
}

}  // namespace trainkit::cli
