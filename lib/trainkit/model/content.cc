#include "trainkit/model/content.h"

#include <algorithm>

namespace trainkit::model {

bool Condition::Allows(const std::string& audience) const {
  auto names = [&](const Refs& refs) {
    return std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return r.id == audience; });
  };
  if (!include.empty() && !names(include)) return false;
  return !names(exclude);
}

}  // namespace trainkit::model
