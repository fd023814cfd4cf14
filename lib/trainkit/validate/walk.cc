#include "trainkit/validate/walk.h"

#include "trainkit/base/overloaded.h"

namespace trainkit::validate {
namespace {

void WalkSources(const model::Refs& sources, const ContentVisitor& visitor) {
  for (const model::Ref& source : sources) visitor.source(source);
}

}  // namespace

void Walk(const model::Inlines& inlines, const ContentVisitor& visitor) {
  for (const model::Inline& item : inlines) {
    std::visit(Overloaded{
                   [&](const model::Text& t) { visitor.text(t, item.location); },
                   [&](const model::Emphasis& e) { Walk(e.children, visitor); },
                   [&](const model::Strong& s) { Walk(s.children, visitor); },
                   [&](const model::Link& l) { Walk(l.children, visitor); },
                   [&](const model::FactRef& f) { visitor.fact(f); },
               },
               item.value);
  }
}

void Walk(const model::Blocks& blocks, const ContentVisitor& visitor) {
  for (const model::Block& block : blocks) Walk(block, visitor);
}

void Walk(const model::Block& block, const ContentVisitor& visitor) {
  {
    visitor.condition(block.condition);
    std::visit(Overloaded{
                   [&](const model::Paragraph& p) { Walk(p.content, visitor); },
                   [&](const model::Heading& h) { Walk(h.content, visitor); },
                   [&](const model::List& list) {
                     for (const model::ListItem& item : list.items) {
                       visitor.condition(item.condition);
                       Walk(item.content, visitor);
                       Walk(item.sublists, visitor);
                     }
                   },
                   [&](const model::Table& table) {
                     Walk(table.caption, visitor);
                     for (const auto& row : table.rows) {
                       for (const auto& cell : row.cells) Walk(cell.content, visitor);
                     }
                   },
                   [&](const model::Note& note) { Walk(note.content, visitor); },
                   [&](const model::Image& image) {
                     Walk(image.caption, visitor);
                     visitor.image(image, block.location);
                   },
                   [&](const model::Quote& quote) {
                     Walk(quote.content, visitor);
                     if (quote.source) visitor.source(*quote.source);
                   },
                   [&](const model::Prompt& prompt) { Walk(prompt.content, visitor); },
               },
               block.value);
  }
}

void Walk(const model::FacilitatorNote& note, const ContentVisitor& visitor) {
  visitor.condition(note.condition);
  Walk(note.content, visitor);
}

void Walk(const model::Section& section, const ContentVisitor& visitor) {
  visitor.condition(section.condition);
  WalkSources(section.sources, visitor);
  Walk(section.title, visitor);
  for (const auto& part : section.content) {
    std::visit([&](const auto& content) { Walk(content, visitor); }, part);
  }
}

void Walk(const model::Activity& activity, const ContentVisitor& visitor) {
  visitor.condition(activity.condition);
  WalkSources(activity.sources, visitor);
  Walk(activity.title, visitor);
  Walk(activity.purpose, visitor);
  for (const auto& item : activity.materials) {
    visitor.condition(item.condition);
    Walk(item.text, visitor);
  }
  for (const auto& step : activity.steps) {
    visitor.condition(step.condition);
    Walk(step.text, visitor);
  }
  if (activity.worksheet) {
    Walk(activity.worksheet->title, visitor);
    Walk(activity.worksheet->blocks, visitor);
  }
  for (const auto& question : activity.debrief) {
    visitor.condition(question.condition);
    Walk(question.text, visitor);
  }
  for (const auto& note : activity.facilitator_notes) Walk(note, visitor);
}

void Walk(const model::AssessmentItem& item, const ContentVisitor& visitor) {
  visitor.condition(item.condition);
  Walk(item.question, visitor);
  for (const auto& choice : item.choices) Walk(choice.text, visitor);
  Walk(item.explanation, visitor);
}

void Walk(const model::Module& module, const ContentVisitor& visitor) {
  visitor.condition(module.condition);
  WalkSources(module.sources, visitor);
  Walk(module.title, visitor);
  Walk(module.summary, visitor);
  for (const auto& item : module.materials) {
    visitor.condition(item.condition);
    Walk(item.text, visitor);
  }
  Walk(module.preparation, visitor);
  for (const auto& part : module.parts) {
    std::visit(Overloaded{
                   [&](const model::Section& s) { Walk(s, visitor); },
                   [&](const model::Activity& a) { Walk(a, visitor); },
                   [&](const model::FacilitatorNote& n) { Walk(n, visitor); },
               },
               part);
  }
  for (const auto& message : module.key_messages) {
    visitor.condition(message.condition);
    Walk(message.text, visitor);
  }
  for (const auto& handout : module.handouts) {
    visitor.condition(handout.condition);
    Walk(handout.title, visitor);
    Walk(handout.blocks, visitor);
  }
  for (const auto& item : module.assessment) Walk(item, visitor);
}

void Walk(const model::Curriculum& curriculum, const ContentVisitor& visitor) {
  Walk(curriculum.title, visitor);
  Walk(curriculum.summary, visitor);
  for (const auto& goal : curriculum.goals) Walk(goal.text, visitor);
  for (const auto& objective : curriculum.objectives) Walk(objective.text, visitor);
  for (const auto& term : curriculum.glossary) {
    visitor.condition(term.condition);
    Walk(term.name, visitor);
    Walk(term.definition, visitor);
  }
  for (const auto& module : curriculum.modules) Walk(module, visitor);
  for (const auto& track : curriculum.tracks) {
    Walk(track.title, visitor);
    Walk(track.description, visitor);
    for (const auto& goal : track.goals) visitor.condition(goal.condition);
    for (const auto& entry : track.entries) {
      if (const auto* module = std::get_if<model::TrackModule>(&entry)) visitor.condition(module->condition);
    }
  }
}

void Walk(const model::Adaptation& adaptation, const ContentVisitor& visitor) {
  for (const auto& fact : adaptation.facts) Walk(fact.value, visitor);
  for (const auto& operation : adaptation.operations) {
    std::visit(Overloaded{
                   [&](const model::Replace& r) {
                     std::visit([&](const auto& replacement) { Walk(replacement, visitor); },
                                r.replacement);
                   },
                   [&](const model::Append& a) {
                     for (const auto& part : a.parts) {
                       std::visit([&](const auto& p) { Walk(p, visitor); }, part);
                     }
                   },
                   [&](const model::Remove&) {},
                   [&](const model::Restrict&) {},
                   [&](const model::AddModule& m) { Walk(m.module, visitor); },
               },
               operation);
  }
  for (const auto& translation : adaptation.translations) {
    Walk(translation.text, visitor);
    if (translation.title) Walk(*translation.title, visitor);
    if (translation.summary) Walk(*translation.summary, visitor);
    if (translation.purpose) Walk(*translation.purpose, visitor);
    if (translation.worksheet_title) Walk(*translation.worksheet_title, visitor);
    if (translation.question) Walk(*translation.question, visitor);
    for (const auto& choice : translation.choices) Walk(choice, visitor);
    if (translation.explanation) Walk(*translation.explanation, visitor);
    if (translation.name) Walk(*translation.name, visitor);
    if (translation.definition) Walk(*translation.definition, visitor);
    Walk(translation.blocks, visitor);
  }
}

}  // namespace trainkit::validate
