#include "trainkit/reader/root_check.h"

#include <fmt/format.h>

#include "trainkit/reader/read_helpers.h"

namespace trainkit::reader {

bool CheckRoot(const xml::Node& root, std::string_view expected, Diagnostics& diagnostics) {
  if (root.name != expected) {
    std::string hint;
    if (root.name == "adaptation") {
      hint = "; this is a country adaptation, which belongs in countries/<CC>.xml";
    } else if (root.name == "curriculum") {
      hint = "; this is a base curriculum, which belongs in curriculum.xml";
    }
    diagnostics.Report(Code::E010, root.location,
                       fmt::format("the root element is {}, expected {}{}", Tag(root.name),
                                   Tag(expected), hint));
    return false;
  }
  if (root.ns != kNamespace) {
    diagnostics.Report(
        Code::E011, root.location,
        root.ns.empty()
            ? fmt::format("{} has no namespace; add xmlns=\"{}\"", Tag(root.name), kNamespace)
            : fmt::format("{} is in namespace '{}', expected '{}'", Tag(root.name), root.ns,
                          kNamespace));
    return false;
  }
  return true;
}

}  // namespace trainkit::reader
