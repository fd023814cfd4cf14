// Every assessment item can be scored: it has a well-formed answer key.
#include <fmt/format.h>

#include <algorithm>

#include "trainkit/validate/rules.h"

namespace trainkit::validate {

void CheckAssessmentItem(const model::AssessmentItem& item, Diagnostics& diagnostics) {
  if (item.type == model::ItemType::kTrueFalse) {
    if (!item.choices.empty() || !item.answer) {
      diagnostics.Report(Code::E152, item.location,
                         fmt::format("true/false item '{}' takes answer=\"true\" or "
                                     "answer=\"false\" and no <choice> elements",
                                     item.id));
    }
    return;
  }
  if (item.choices.size() < 2) {
    diagnostics.Report(Code::E153, item.location,
                       fmt::format("choice item '{}' has {} choice{}; give at least two", item.id,
                                   item.choices.size(), item.choices.size() == 1 ? "" : "s"));
    return;
  }
  auto correct = std::count_if(item.choices.begin(), item.choices.end(),
                               [](const model::Choice& c) { return c.correct; });
  if (correct == 0) {
    diagnostics.Report(Code::E150, item.location,
                       fmt::format("item '{}' has no correct answer; mark one <choice> with "
                                   "correct=\"true\"",
                                   item.id));
  } else if (correct > 1 && item.type == model::ItemType::kSingleChoice) {
    diagnostics.Report(Code::E151, item.location,
                       fmt::format("single-choice item '{}' has {} correct answers; keep one, "
                                   "or make it type=\"multiple-choice\"",
                                   item.id, correct));
  }
}

}  // namespace trainkit::validate
