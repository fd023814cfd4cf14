// A program delivered self-paced (a SCORM package, Markdown for a website) is read by one person
// alone. An activity that needs a group would tell her to do what she cannot.
#include <fmt/format.h>

#include "trainkit/model/names.h"
#include "trainkit/validate/rules.h"

namespace trainkit::validate {
namespace {

// Methods one person can follow alone from the page: reading, a worksheet, a quiz, a film, a
// case to think through. The others need a group, a partner or a facilitator.
bool NeedsAGroup(model::Method method) {
  switch (method) {
    case model::Method::kMiniLecture:
    case model::Method::kIndividualWork:
    case model::Method::kQuiz:
    case model::Method::kFilm:
    case model::Method::kCaseStudy:
      return false;
    case model::Method::kSmallGroupDiscussion:
    case model::Method::kRolePlay:
    case model::Method::kBrainstorming:
    case model::Method::kCircle:
    case model::Method::kPairs:
    case model::Method::kPlenary:
    case model::Method::kCardSort:
    case model::Method::kEnergiser:
      return true;
  }
  return true;
}

void CheckActivity(const model::Activity& activity, Diagnostics& diagnostics) {
  if (activity.condition.delivery || !NeedsAGroup(activity.method)) return;
  diagnostics.Report(Code::W177, activity.location,
                     fmt::format("activity '{}' ({}) needs a group, yet a self-paced program (SCORM, Markdown) "
                                 "would show it to one person alone; mark it delivery=\"classroom\", or "
                                 "delivery=\"self-paced\" if it is written for one person",
                                 activity.id, model::Name(activity.method)));
}

void CheckModule(const model::Module& module, Diagnostics& diagnostics) {
  if (module.condition.delivery == model::Delivery::kClassroom) return;
  for (const model::ModulePart& part : module.parts) {
    if (const auto* activity = std::get_if<model::Activity>(&part)) CheckActivity(*activity, diagnostics);
  }
}

}  // namespace

void CheckDelivery(const model::Curriculum& curriculum, const std::vector<model::Adaptation>& adaptations,
                   Diagnostics& diagnostics) {
  for (const model::Module& module : curriculum.modules) CheckModule(module, diagnostics);
  // A country's own modules and activities are shown to a learner alone as the curriculum's are.
  for (const model::Adaptation& adaptation : adaptations) {
    for (const model::Operation& operation : adaptation.operations) {
      if (const auto* replace = std::get_if<model::Replace>(&operation)) {
        if (const auto* module = std::get_if<model::Module>(&replace->replacement)) CheckModule(*module, diagnostics);
        if (const auto* activity = std::get_if<model::Activity>(&replace->replacement)) {
          CheckActivity(*activity, diagnostics);
        }
      } else if (const auto* append = std::get_if<model::Append>(&operation)) {
        for (const model::Appendable& part : append->parts) {
          if (const auto* activity = std::get_if<model::Activity>(&part)) CheckActivity(*activity, diagnostics);
        }
      } else if (const auto* add = std::get_if<model::AddModule>(&operation)) {
        CheckModule(add->module, diagnostics);
      }
    }
  }
}

}  // namespace trainkit::validate
