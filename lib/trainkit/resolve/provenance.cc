#include <fmt/format.h>

#include "trainkit/resolve/program.h"

namespace trainkit::resolve {

std::string Provenance::ToString() const {
  std::string text = location.ToString();
  if (replaces) text += fmt::format(" (replaces {})", replaces->ToString());
  if (translation) text += fmt::format(" (translated at {})", translation->ToString());
  return text;
}

}  // namespace trainkit::resolve
