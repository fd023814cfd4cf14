#include "trainkit/resolve/program_walk.h"

namespace trainkit::resolve {
namespace {

// One walk for const and mutable programs: `Visitor` says which.
template <typename Visitor>
class Walker {
 public:
  explicit Walker(const Visitor& visitor) : v_(visitor) {}

  template <typename Inlines>
  void Visit(Inlines& inlines) {
    v_.inlines(inlines);
  }

  template <typename Blocks>
  void VisitBlocks(Blocks& blocks) {
    for (auto& block : blocks) VisitBlock(block);
  }

  template <typename Block>
  void VisitBlock(Block& block) {
    v_.block(block);
    std::visit([&](auto& value) { Content(value); }, block.value);
  }

  template <typename Program>
  void VisitProgram(Program& p) {
    Visit(p.title);
    VisitBlocks(p.summary);
    Visit(p.audience_name);
    Visit(p.track_title);
    Visit(p.license.text);
    for (auto& source : p.sources) Visit(source.title);
    for (auto& goal : p.goals) Visit(goal.text);
    for (auto& objective : p.objectives) Visit(objective.text);
    for (auto& term : p.glossary) {
      Visit(term.name);
      Visit(term.definition);
    }
    for (auto& entry : p.agenda) {
      if (auto* pause = std::get_if<AgendaBreak>(&entry.what)) Visit(pause->label);
    }
    for (auto& [key, fact] : p.facts) {
      Visit(fact.label);
      Visit(fact.value);
    }
    for (auto& [key, label] : p.fact_labels) Visit(label);
    for (auto& [key, withheld] : p.withheld_facts) Visit(withheld.label);
    using ProgramType = std::remove_cv_t<std::remove_reference_t<decltype(p)>>;
    if constexpr (std::is_same_v<ProgramType, ResolvedProgram>) VisitBlocks(p.facilitator_summary);
    for (auto& module : p.modules) {
      VisitParticipant(module.participant);
      using ModuleType = std::remove_cv_t<std::remove_reference_t<decltype(module)>>;
      if constexpr (std::is_same_v<ModuleType, Module>) VisitFacilitator(module.facilitator);
    }
  }

 private:
  // The content of a block, whatever its kind.
  template <typename T>
  void Content(T& value) {
    using Kind = std::remove_const_t<T>;
    if constexpr (std::is_same_v<Kind, model::List>) {
      for (auto& item : value.items) {
        Visit(item.content);
        VisitBlocks(item.sublists);
      }
    } else if constexpr (std::is_same_v<Kind, model::Table>) {
      Visit(value.caption);
      for (auto& row : value.rows) {
        for (auto& cell : row.cells) Visit(cell.content);
      }
    } else if constexpr (std::is_same_v<Kind, model::Note>) {
      VisitBlocks(value.content);
    } else if constexpr (std::is_same_v<Kind, model::Image>) {
      Visit(value.caption);  // the alt text is plain text, and the block visitor has seen the image
    } else {
      Visit(value.content);  // paragraph, heading, quote, prompt
    }
  }

  template <typename Content>
  void VisitParticipant(Content& m) {
    Visit(m.title);
    VisitBlocks(m.summary);
    for (auto& section : m.sections) {
      Visit(section.title);
      VisitBlocks(section.blocks);
    }
    for (auto& activity : m.activities) {
      Visit(activity.title);
      Visit(activity.purpose);
      if (activity.worksheet) {
        Visit(activity.worksheet->title);
        VisitBlocks(activity.worksheet->blocks);
      }
    }
    for (auto& message : m.key_messages) Visit(message.text);
    for (auto& handout : m.handouts) {
      Visit(handout.title);
      if (v_.handout_blocks) VisitBlocks(handout.blocks);
    }
    for (auto& question : m.questions) {
      Visit(question.question);
      for (auto& choice : question.choices) Visit(choice);
    }
  }

  template <typename Content>
  void VisitFacilitator(Content& m) {
    VisitBlocks(m.summary);
    for (auto& material : m.materials) Visit(material);
    VisitBlocks(m.preparation);
    for (auto& step : m.order) {
      if (auto* note = std::get_if<FacilitatorNote>(&step)) VisitBlocks(note->content);
    }
    for (auto& section : m.trainer_sections) {
      Visit(section.title);
      VisitBlocks(section.blocks);
    }
    for (auto& [id, notes] : m.section_notes) {
      for (auto& note : notes) VisitBlocks(note.content);
    }
    for (auto& activity : m.activities) {
      for (auto& material : activity.materials) Visit(material);
      for (auto& step : activity.steps) Visit(step.text);
      for (auto& question : activity.debrief) Visit(question);
      for (auto& note : activity.notes) VisitBlocks(note.content);
    }
    for (auto& answer : m.answers) Visit(answer.explanation);
  }

  const Visitor& v_;
};

}  // namespace

void Walk(const ResolvedProgram& program, const ContentVisitor& visitor) {
  Walker<ContentVisitor>(visitor).VisitProgram(program);
}

void Walk(const ParticipantProgram& program, const ContentVisitor& visitor) {
  Walker<ContentVisitor>(visitor).VisitProgram(program);
}

void Walk(ResolvedProgram& program, const ContentEditor& visitor) {
  Walker<ContentEditor>(visitor).VisitProgram(program);
}

}  // namespace trainkit::resolve
