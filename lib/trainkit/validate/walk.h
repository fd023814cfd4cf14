// Visits every piece of content in a curriculum, so each rule does not re-implement the walk.
#pragma once

#include <functional>

#include "trainkit/model/adaptation.h"
#include "trainkit/model/curriculum.h"

namespace trainkit::validate {

struct ContentVisitor {
  std::function<void(const model::Condition&)> condition = [](const model::Condition&) {};
  // Each run of text, with where it is.
  std::function<void(const model::Text&, const SourceLocation&)> text = [](const model::Text&,
                                                                           const SourceLocation&) {};
  std::function<void(const model::FactRef&)> fact = [](const model::FactRef&) {};
  std::function<void(const model::Image&, const SourceLocation&)> image =
      [](const model::Image&, const SourceLocation&) {};
  std::function<void(const model::Ref&)> source = [](const model::Ref&) {};
};

void Walk(const model::Inlines& inlines, const ContentVisitor& visitor);
void Walk(const model::Blocks& blocks, const ContentVisitor& visitor);
void Walk(const model::Block& block, const ContentVisitor& visitor);
void Walk(const model::FacilitatorNote& note, const ContentVisitor& visitor);
void Walk(const model::Section& section, const ContentVisitor& visitor);
void Walk(const model::Activity& activity, const ContentVisitor& visitor);
void Walk(const model::AssessmentItem& item, const ContentVisitor& visitor);
void Walk(const model::Module& module, const ContentVisitor& visitor);
// The whole base curriculum: declarations, modules and tracks.
void Walk(const model::Curriculum& curriculum, const ContentVisitor& visitor);
// What an adaptation brings of its own: fact values, new content and translations.
void Walk(const model::Adaptation& adaptation, const ContentVisitor& visitor);

}  // namespace trainkit::validate
