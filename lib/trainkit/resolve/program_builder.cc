#include "trainkit/resolve/program_builder.h"

#include "trainkit/base/locale_names.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "trainkit/base/overloaded.h"
#include "trainkit/resolve/content_filter.h"
#include "trainkit/resolve/fact_substitution.h"

namespace trainkit::resolve {
namespace {

class Builder {
 public:
  Builder(const BuildInput& input, Diagnostics& diagnostics)
      : in_(input),
        diagnostics_(diagnostics),
        facts_(Facts()),
        filter_(input.request.audience, input.request.delivery, facts_, input.curriculum.facts) {}

  ResolvedProgram Build();

 private:
  std::map<std::string, Fact> Facts() const;
  std::map<std::string, WithheldFact> WithheldFacts() const;
  bool TrackPursues(const std::string& goal) const;
  const model::FactDefinition* DefinitionOf(const std::string& key) const;
  int OrderOf(const model::FactDefinition& definition) const;
  Provenance ProvenanceOf(const std::string& id, const SourceLocation& location) const;
  Provenance FacilitatorProvenanceOf(const std::string& owner, const SourceLocation& location) const;
  // Written in the adaptation, in the program's language.
  bool WrittenInProgramLanguage(const SourceLocation& location) const;
  Module BuildModule(const model::Module& module, int start_minute);
  void AddSection(const model::Section& section, Module& out);
  void AddActivity(const model::Activity& activity, int& clock, Module& out);
  void AddItem(const model::AssessmentItem& item, Module& out);
  FacilitatorNote Note(const std::string& owner, const model::FacilitatorNote& note);
  std::vector<model::Inlines> Texts(const std::vector<model::MaterialItem>& items);
  void ComputeCoverage(ResolvedProgram& program) const;
  void ReportUnsetFacts() const;

  const BuildInput& in_;
  Diagnostics& diagnostics_;
  std::map<std::string, Fact> facts_;
  ContentFilter filter_;
};

std::map<std::string, Fact> Builder::Facts() const {
  std::map<std::string, Fact> facts;
  if (!in_.adaptation) return facts;
  for (const auto& value : in_.adaptation->facts) {
    const model::FactDefinition* definition = DefinitionOf(value.key.id);
    if (!definition || value.source_date.text.empty()) continue;
    Fact fact;
    fact.key = value.key.id;
    fact.kind = definition->kind;
    fact.order = OrderOf(*definition);
    fact.label = definition->label;
    fact.label_translated = in_.translated.count(fact.key) > 0;
    fact.value = value.value;
    fact.number = value.number;
    fact.dial_from = value.dial_from;
    fact.operator_name = value.operator_name;
    fact.hours = value.hours;
    fact.source = value.source;
    fact.source_url = value.source_url;
    fact.source_date = value.source_date;
    fact.checked = value.checked;
    fact.to_check = value.to_check;
    fact.freshness = model::FreshnessOf(value, model::FreshnessMonths(in_.curriculum, fact.kind),
                                        in_.request.check_date);
    fact.confidence = value.confidence;
    fact.provenance.location = value.location;
    facts.emplace(fact.key, std::move(fact));
  }
  return facts;
}

const model::FactDefinition* Builder::DefinitionOf(const std::string& key) const {
  for (const auto& definition : in_.curriculum.facts) {
    if (definition.key == key) return &definition;
  }
  return nullptr;
}

// Its place among the declared facts: the order the country card lists them in.
int Builder::OrderOf(const model::FactDefinition& definition) const {
  return static_cast<int>(&definition - in_.curriculum.facts.data());
}

// The goals a track lists, for the audiences their conditions allow; all when it lists none.
bool Builder::TrackPursues(const std::string& goal) const {
  if (in_.track.goals.empty()) return true;
  return std::any_of(in_.track.goals.begin(), in_.track.goals.end(), [&](const model::TrackGoal& pursued) {
    return pursued.goal.id == goal && filter_.Allows(pursued.condition);
  });
}

std::map<std::string, WithheldFact> Builder::WithheldFacts() const {
  std::map<std::string, WithheldFact> withheld;
  if (!in_.adaptation) return withheld;
  for (const auto& value : in_.adaptation->withheld_facts) {
    const model::FactDefinition* definition = DefinitionOf(value.key.id);
    if (!definition) continue;
    WithheldFact fact;
    fact.key = value.key.id;
    fact.kind = definition->kind;
    fact.label = definition->label;
    fact.label_translated = in_.translated.count(fact.key) > 0;
    fact.note = value.note;
    fact.order = OrderOf(*definition);
    withheld.emplace(fact.key, std::move(fact));
  }
  return withheld;
}

Provenance Builder::ProvenanceOf(const std::string& id, const SourceLocation& location) const {
  Provenance provenance;
  provenance.location = location;
  auto replaced = in_.replaced.find(id);
  if (replaced != in_.replaced.end()) provenance.replaces = replaced->second;
  auto translated = in_.translated.find(id);
  if (translated != in_.translated.end()) provenance.translation = translated->second;
  provenance.translated = translated != in_.translated.end() || WrittenInProgramLanguage(location);
  return provenance;
}

bool Builder::WrittenInProgramLanguage(const SourceLocation& location) const {
  bool from_adaptation = in_.adaptation && location.file && in_.adaptation->location.file &&
                         location.file->path() == in_.adaptation->location.file->path();
  return from_adaptation && in_.language == in_.adaptation->language;
}

// Facilitator material is in the program's language where the adaptation itself wrote it, or
// where the language's translation gives every facilitator text of its owner (section,
// activity or module). <translate> carries participant text only.
Provenance Builder::FacilitatorProvenanceOf(const std::string& owner, const SourceLocation& location) const {
  Provenance provenance;
  provenance.location = location;
  provenance.translated = WrittenInProgramLanguage(location) || in_.facilitator_translated.count(owner) > 0;
  return provenance;
}

FacilitatorNote Builder::Note(const std::string& owner, const model::FacilitatorNote& note) {
  return {note.safety, filter_.Blocks(note.content), FacilitatorProvenanceOf(owner, note.location)};
}

std::vector<model::Inlines> Builder::Texts(const std::vector<model::MaterialItem>& items) {
  std::vector<model::Inlines> texts;
  for (const auto& item : items) {
    if (filter_.Allows(item.condition)) texts.push_back(filter_.Inlines(item.text));
  }
  return texts;
}

void Builder::AddSection(const model::Section& section, Module& out) {
  model::Blocks blocks;
  std::vector<FacilitatorNote> notes;
  bool had_blocks = false;
  for (const auto& part : section.content) {
    if (const auto* block = std::get_if<model::Block>(&part)) {
      had_blocks = had_blocks || filter_.Allows(block->condition);
      model::Blocks kept = filter_.Blocks({*block});
      blocks.insert(blocks.end(), kept.begin(), kept.end());
    } else {
      const auto& note = std::get<model::FacilitatorNote>(part);
      if (filter_.Allows(note.condition)) notes.push_back(Note(section.id, note));
    }
  }
  // A section whose every block needed a fact this country does not set says nothing.
  if (had_blocks && blocks.empty()) return;
  if (!notes.empty()) out.facilitator.section_notes[section.id] = std::move(notes);
  if (section.facilitators_only) {
    out.facilitator.order.emplace_back(TrainerSectionStep{out.facilitator.trainer_sections.size()});
    out.facilitator.trainer_sections.push_back(
        {section.id, filter_.Inlines(section.title), std::move(blocks), ProvenanceOf(section.id, section.location)});
    return;
  }
  out.facilitator.order.emplace_back(SectionStep{out.participant.sections.size()});
  out.participant.sections.push_back(
      {section.id, filter_.Inlines(section.title), std::move(blocks), ProvenanceOf(section.id, section.location)});
}

void Builder::AddActivity(const model::Activity& activity, int& clock, Module& out) {
  ParticipantActivity participant{activity.id, filter_.Inlines(activity.title), filter_.Inlines(activity.purpose),
                                  std::nullopt, ProvenanceOf(activity.id, activity.location)};
  // A worksheet or handout whose every block was left out (for facts the country does not
  // set) would print as a title over nothing: it goes too.
  if (activity.worksheet) {
    model::Blocks blocks = filter_.Blocks(activity.worksheet->blocks);
    if (!blocks.empty()) participant.worksheet = Worksheet{filter_.Inlines(activity.worksheet->title), std::move(blocks)};
  }
  ActivityGuide guide;
  guide.id = activity.id;
  guide.provenance = FacilitatorProvenanceOf(activity.id, activity.location);
  guide.method = activity.method;
  guide.minutes = activity.minutes;
  guide.start_minute = clock;
  guide.group_size = activity.group_size;
  guide.materials = Texts(activity.materials);
  int step_clock = clock;
  for (const auto& step : activity.steps) {
    if (!filter_.Allows(step.condition)) continue;
    guide.steps.push_back({step_clock, step.minutes, filter_.Inlines(step.text)});
    step_clock += step.minutes.value_or(0);
  }
  for (const auto& question : activity.debrief) {
    if (filter_.Allows(question.condition)) guide.debrief.push_back(filter_.Inlines(question.text));
  }
  for (const auto& note : activity.facilitator_notes) {
    if (filter_.Allows(note.condition)) guide.notes.push_back(Note(activity.id, note));
  }
  clock += activity.minutes;
  out.facilitator.order.emplace_back(ActivityStep{out.participant.activities.size()});
  out.participant.activities.push_back(std::move(participant));
  out.facilitator.activities.push_back(std::move(guide));
}

void Builder::AddItem(const model::AssessmentItem& item, Module& out) {
  Question question{item.id, item.type, item.uses, filter_.Inlines(item.question), {},
                    ProvenanceOf(item.id, item.location)};
  AnswerKey key{item.id, {}, item.answer, filter_.Inlines(item.explanation), {}};
  for (size_t i = 0; i < item.choices.size(); ++i) {
    question.choices.push_back(filter_.Inlines(item.choices[i].text));
    if (item.choices[i].correct) key.correct_choices.push_back(i);
  }
  for (const auto& objective : item.objectives) key.objectives.push_back(objective.id);
  out.participant.questions.push_back(std::move(question));
  out.facilitator.answers.push_back(std::move(key));
}

Module Builder::BuildModule(const model::Module& module, int start_minute) {
  Module out;
  out.id = module.id;
  out.minutes = module.minutes;
  out.start_minute = start_minute;
  out.origin = module.origin;
  for (const auto& objective : module.objectives) out.objectives.push_back(objective.id);
  for (const auto& source : module.sources) out.sources.push_back(source.id);
  out.provenance = ProvenanceOf(module.id, module.location);
  out.participant.title = filter_.Inlines(module.title);
  out.participant.summary = filter_.Blocks(module.summary);
  out.facilitator.provenance = FacilitatorProvenanceOf(module.id, module.location);
  out.facilitator.summary = filter_.Blocks(module.facilitator_summary);
  out.facilitator.materials = Texts(module.materials);
  out.facilitator.preparation = filter_.Blocks(module.preparation);

  int clock = start_minute;
  for (const auto& part : module.parts) {
    std::visit(Overloaded{
                   [&](const model::Section& s) {
                     if (filter_.Allows(s.condition)) AddSection(s, out);
                   },
                   [&](const model::Activity& a) {
                     if (filter_.Allows(a.condition)) AddActivity(a, clock, out);
                   },
                   [&](const model::FacilitatorNote& n) {
                     if (filter_.Allows(n.condition)) out.facilitator.order.emplace_back(Note(module.id, n));
                   },
               },
               part);
  }
  for (const auto& message : module.key_messages) {
    if (!filter_.Allows(message.condition)) continue;
    out.participant.key_messages.push_back(
        {message.id, filter_.Inlines(message.text), ProvenanceOf(message.id, message.location)});
  }
  for (const auto& handout : module.handouts) {
    if (!filter_.Allows(handout.condition)) continue;
    model::Blocks blocks = filter_.Blocks(handout.blocks);
    if (blocks.empty()) continue;
    out.participant.handouts.push_back({handout.id, filter_.Inlines(handout.title), std::move(blocks),
                                        ProvenanceOf(handout.id, handout.location), handout.evaluation_form});
  }
  for (const auto& item : module.assessment) {
    if (filter_.Allows(item.condition)) AddItem(item, out);
  }
  return out;
}

// Every participant text with an id that a translation could give, and whether it has one.
void Builder::ComputeCoverage(ResolvedProgram& program) const {
  auto count_into = [](TranslationCoverage& coverage, const std::string& id, bool translated) {
    ++coverage.units;
    coverage.units_ids.push_back(id);
    if (translated) {
      ++coverage.translated;
    } else {
      coverage.untranslated.push_back(id);
    }
  };
  for (const auto& module : program.modules) {
    const FacilitatorModule& f = module.facilitator;
    bool own_text = !f.materials.empty() || !f.preparation.empty() ||
                    std::any_of(f.order.begin(), f.order.end(),
                                [](const auto& step) { return std::holds_alternative<FacilitatorNote>(step); });
    if (own_text) count_into(program.facilitator_translation, module.id, f.provenance.translated);
    for (const auto& s : f.trainer_sections) count_into(program.facilitator_translation, s.id, s.provenance.translated);
    for (const auto& a : f.activities) count_into(program.facilitator_translation, a.id, a.provenance.translated);
  }
  auto count = [&](const std::string& id, bool translated) { count_into(program.translation, id, translated); };
  auto by_id = [&](const std::string& id) { return in_.translated.count(id) > 0; };
  count(program.curriculum_id, by_id(program.curriculum_id));
  // A country's own audience and track are written in its language.
  auto audience = std::find_if(in_.curriculum.audiences.begin(), in_.curriculum.audiences.end(),
                               [&](const model::Audience& a) { return a.id == program.audience; });
  bool own_audience = audience != in_.curriculum.audiences.end() && WrittenInProgramLanguage(audience->location);
  count(program.audience, by_id(program.audience) || own_audience);
  count(program.track, by_id(program.track) || WrittenInProgramLanguage(in_.track.location));
  for (const auto& goal : program.goals) count(goal.id, by_id(goal.id));
  for (const auto& objective : program.objectives) count(objective.id, by_id(objective.id));
  for (const auto& term : program.glossary) count(term.id, by_id(term.id));
  for (const auto& entry : program.agenda) {
    const auto* pause = std::get_if<AgendaBreak>(&entry.what);
    if (pause && !pause->id.empty()) count(pause->id, by_id(pause->id));
  }
  for (const auto& module : program.modules) {
    const ParticipantModule& p = module.participant;
    count(module.id, module.provenance.translated);
    for (const auto& s : p.sections) count(s.id, s.provenance.translated);
    for (const auto& a : p.activities) count(a.id, a.provenance.translated);
    for (const auto& m : p.key_messages) count(m.id, m.provenance.translated);
    for (const auto& h : p.handouts) count(h.id, h.provenance.translated);
    for (const auto& q : p.questions) count(q.id, q.provenance.translated);
  }
}

void Builder::ReportUnsetFacts() const {
  if (!in_.adaptation) return;
  for (const auto& [key, passages] : filter_.left_out()) {
    const std::string& fact = key;  // a lambda may not capture a structured binding before C++20
    bool stated_absent = std::any_of(in_.adaptation->withheld_facts.begin(), in_.adaptation->withheld_facts.end(),
                                     [&](const model::WithheldFact& w) { return w.key.id == fact; });
    if (stated_absent) continue;  // the country said why: no warning
    const model::FactDefinition* definition = DefinitionOf(fact);
    diagnostics_.Report(Code::W174, definition ? definition->location : SourceLocation{},
                        fmt::format("{} does not set fact '{}': {} passage{} that use{} it {} left out for "
                                    "{}",
                                    in_.adaptation->country, key, passages, passages == 1 ? "" : "s",
                                    passages == 1 ? "s" : "", passages == 1 ? "is" : "are",
                                    in_.request.audience));
  }
}

ResolvedProgram Builder::Build() {
  const model::Curriculum& c = in_.curriculum;
  ResolvedProgram program;
  program.curriculum_id = c.id;
  program.version = c.version;
  program.date = c.date;
  program.pass_mark = c.pass_mark;
  program.country = in_.adaptation ? in_.adaptation->country : "";
  program.language = in_.language;
  if (!program.country.empty()) program.country_name = CountryName(program.country, program.language);
  program.language_name = LanguageName(program.language, program.language);
  program.source_language = c.language;
  program.audience = in_.request.audience;
  program.delivery = in_.request.delivery;
  for (const auto& audience : c.audiences) {
    if (audience.id == program.audience) program.audience_name = audience.name;
  }
  program.track = in_.track.id;
  program.track_title = in_.track.title;
  program.title = filter_.Inlines(c.title);
  program.summary = filter_.Blocks(c.summary);
  program.facilitator_summary = filter_.Blocks(c.facilitator_summary);
  program.authors = c.authors;
  program.license = c.license;
  for (const auto& source : c.sources) program.sources.push_back({source.id, source.url, source.title});
  for (const auto& term : c.glossary) {
    if (filter_.Allows(term.condition)) {
      program.glossary.push_back({term.id, filter_.Inlines(term.name), filter_.Inlines(term.definition)});
    }
  }

  // The agenda: modules this audience attends, in track order, on the clock.
  int clock = in_.track.start_minute;
  program.start_minute = clock;
  program.budget_minutes = in_.track.budget_minutes;
  for (const auto& entry : in_.track.entries) {
    if (const auto* pause = std::get_if<model::Break>(&entry)) {
      program.agenda.push_back({AgendaBreak{pause->id, pause->kind, filter_.Inlines(pause->label)}, clock, pause->minutes});
      clock += pause->minutes;
      continue;
    }
    const auto& slot = std::get<model::TrackModule>(entry);
    auto module = std::find_if(c.modules.begin(), c.modules.end(),
                               [&](const model::Module& m) { return m.id == slot.module.id; });
    if (module == c.modules.end() || !filter_.Allows(slot.condition) || !filter_.Allows(module->condition)) continue;
    program.agenda.push_back({AgendaModule{program.modules.size()}, clock, module->minutes});
    program.modules.push_back(BuildModule(*module, clock));
    clock += module->minutes;
  }
  program.end_minute = clock;

  // What the program teaches and assesses.
  std::set<std::string> assessed_objectives;
  for (const auto& module : program.modules) {
    for (const auto& key : module.facilitator.answers) {
      assessed_objectives.insert(key.objectives.begin(), key.objectives.end());
    }
  }
  for (const auto& objective : c.objectives) {
    Objective out{objective.id, objective.type, objective.goal.id, filter_.Inlines(objective.text), {}};
    for (const auto& module : program.modules) {
      if (std::find(module.objectives.begin(), module.objectives.end(), objective.id) != module.objectives.end()) {
        out.taught_by.push_back(module.id);
      }
    }
    program.objectives.push_back(std::move(out));
  }
  for (const auto& goal : c.goals) {
    if (!TrackPursues(goal.id)) continue;
    Goal out{goal.id, filter_.Inlines(goal.text), false, false};
    for (const auto& objective : program.objectives) {
      if (objective.goal != goal.id) continue;
      out.taught = out.taught || !objective.taught_by.empty();
      out.assessed = out.assessed || assessed_objectives.count(objective.id) > 0;
    }
    program.goals.push_back(std::move(out));
  }
  program.facts = facts_;
  program.withheld_facts = WithheldFacts();
  program.left_out = filter_.left_out();
  for (const auto& definition : c.facts) program.fact_labels[definition.key] = filter_.Inlines(definition.label);
  program.facts_used = filter_.used();
  if (in_.language != c.language) ComputeCoverage(program);
  SubstituteFacts(program);
  ReportUnsetFacts();
  return program;
}

}  // namespace

ResolvedProgram BuildProgram(const BuildInput& input, Diagnostics& diagnostics) {
  return Builder(input, diagnostics).Build();
}

}  // namespace trainkit::resolve
