// ResolvedProgram: one concrete training (a curriculum for one country, audience, track and
// language) as a plain, self-contained value. Writers see only this, or a view of it.
//
// Participant material and facilitator material live in different types. A writer of
// participant outputs (handouts, SCORM) receives a ParticipantProgram, whose modules have no
// facilitator part: it cannot name a facilitator note, answer key or trainer-only section. The
// SCORM player, which must score answers in the browser, also receives an Assessment.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "trainkit/base/date.h"
#include "trainkit/model/content.h"
#include "trainkit/model/adaptation.h"
#include "trainkit/model/fact_policy.h"
#include "trainkit/model/curriculum.h"

namespace trainkit::resolve {

// Where a piece of the program came from.
struct Provenance {
  SourceLocation location;                    // where the element was written
  std::optional<SourceLocation> replaces;     // the base element an adaptation replaced
  std::optional<SourceLocation> translation;  // the <translate> that gave its text
  bool translated = false;  // its text is in the program's language, not the source language
  // "countries/UA.xml:41:7 (replaces curriculum.xml:212:5)"
  std::string ToString() const;
};

// A country fact with its evidence. Only facts with a verified value exist here.
struct Fact {
  std::string key;
  model::FactKind kind = model::FactKind::kText;
  model::Inlines label;   // what the fact is ("The national hotline on trafficking")
  bool label_translated = false;  // a <translate> gave the label (as Provenance::translated)
  model::Inlines value;   // how it reads in text
  std::string number;     // phone facts: the number to dial
  std::string dial_from, operator_name, hours;
  std::string source, source_url;
  PartialDate source_date;  // when the source was published: not a check
  std::optional<model::FactCheck> checked;
  model::FactFreshness freshness;  // against the curriculum's fact policy, on the check date
  std::string to_check;            // what a person must still check
  model::Confidence confidence = model::Confidence::kUnspecified;
  int order = 0;  // its place among the curriculum's declared facts: the country card's order
  Provenance provenance;

  // A phone number nobody has checked, or whose check is past its kind's limit: participant
  // outputs refuse it unless the user allows unchecked facts, and then say so beside it.
  bool NeedsCheckBeforePrinting() const { return model::NeedsCheckBeforePrinting(kind, freshness); }
  // Named in the guide's "check before you print" list.
  bool OnRecheckList() const {
    return freshness.state == model::CheckState::kNeverChecked ||
           freshness.state == model::CheckState::kCheckOutdated || !to_check.empty();
  }
};

// A fact the country states it prints nothing for (<no-fact>), and why.
struct WithheldFact {
  std::string key;
  model::FactKind kind = model::FactKind::kText;
  model::Inlines label;
  bool label_translated = false;
  std::string note;  // for the facilitator: why, and what to check
  int order = 0;
};

// ----- What participants see -----

struct ParticipantSection {
  std::string id;
  model::Inlines title;
  model::Blocks blocks;
  Provenance provenance;
};

struct Worksheet {
  model::Inlines title;
  model::Blocks blocks;
};

struct ParticipantActivity {
  std::string id;
  model::Inlines title;
  model::Inlines purpose;
  std::optional<Worksheet> worksheet;
  Provenance provenance;
};

struct KeyMessage {
  std::string id;
  model::Inlines text;
  Provenance provenance;
};

struct Handout {
  std::string id;
  model::Inlines title;
  model::Blocks blocks;
  Provenance provenance;
  bool evaluation_form = false;  // what evaluation-pdf prints
};

// A question as a participant sees it: no marks of which answer is right.
struct Question {
  std::string id;
  model::ItemType type = model::ItemType::kSingleChoice;
  std::vector<model::ItemUse> uses;
  model::Inlines question;
  std::vector<model::Inlines> choices;  // empty for true/false
  Provenance provenance;
};

struct ParticipantModule {
  model::Inlines title;
  model::Blocks summary;
  std::vector<ParticipantSection> sections;
  std::vector<ParticipantActivity> activities;
  std::vector<KeyMessage> key_messages;
  std::vector<Handout> handouts;
  std::vector<Question> questions;
};

// ----- What only facilitators see -----

struct FacilitatorNote {
  bool safety = false;
  model::Blocks content;
  Provenance provenance;
};

struct Step {
  int start_minute = 0;  // on the day's clock
  std::optional<int> minutes;
  model::Inlines text;
};

// How to run an activity; `id` matches the participant activity of the same module.
struct ActivityGuide {
  std::string id;
  model::Method method = model::Method::kPlenary;
  int minutes = 0;
  int start_minute = 0;  // on the day's clock
  std::optional<model::GroupSize> group_size;
  std::vector<model::Inlines> materials;
  std::vector<Step> steps;
  std::vector<model::Inlines> debrief;
  std::vector<FacilitatorNote> notes;
  Provenance provenance;  // of its materials, steps and debrief, which have no translation of their own
};

// The answer to a question; `id` matches the participant question.
struct AnswerKey {
  std::string id;
  std::vector<size_t> correct_choices;  // choice items, 0-based
  std::optional<bool> answer;           // true/false items
  model::Inlines explanation;
  std::vector<std::string> objectives;
};

struct TrainerSection {
  std::string id;
  model::Inlines title;
  model::Blocks blocks;
  Provenance provenance;
};

// The order in which the guide walks a module: participant sections and activities (by
// index into ParticipantModule), trainer-only sections and notes.
struct SectionStep { size_t index; };
struct ActivityStep { size_t index; };
struct TrainerSectionStep { size_t index; };
using GuideStep = std::variant<SectionStep, ActivityStep, TrainerSectionStep, FacilitatorNote>;

struct FacilitatorModule {
  Provenance provenance;  // of its summary, materials and preparation, which have no translation of their own
  model::Blocks summary;  // provenance and routing
  std::vector<model::Inlines> materials;
  model::Blocks preparation;
  std::vector<GuideStep> order;
  std::vector<TrainerSection> trainer_sections;
  std::map<std::string, std::vector<FacilitatorNote>> section_notes;  // by participant section id
  std::vector<ActivityGuide> activities;  // parallel to ParticipantModule::activities
  std::vector<AnswerKey> answers;         // parallel to ParticipantModule::questions
};

// A module as participants may see it.
struct ModuleForParticipants {
  std::string id;
  int minutes = 0;
  int start_minute = 0;  // on the day's clock
  model::Origin origin = model::Origin::kUnspecified;
  std::vector<std::string> objectives;
  std::vector<std::string> sources;
  ParticipantModule participant;
  Provenance provenance;
};

struct Module : ModuleForParticipants {
  FacilitatorModule facilitator;
};

// ----- The whole program -----

struct AgendaModule {
  size_t module;  // index into the program's modules (the same in every view)
};
struct AgendaBreak {
  std::string id;
  model::BreakKind kind = model::BreakKind::kBreak;
  model::Inlines label;
};
struct AgendaEntry {
  std::variant<AgendaModule, AgendaBreak> what;
  int start_minute = 0;
  int minutes = 0;
};

struct Goal {
  std::string id;
  model::Inlines text;
  bool taught = false;    // some module of the program teaches one of its objectives
  bool assessed = false;  // some question of the program assesses one of its objectives
};

struct Objective {
  std::string id;
  model::ObjectiveType type = model::ObjectiveType::kCognitive;
  std::string goal;
  model::Inlines text;
  std::vector<std::string> taught_by;  // module ids
};

struct Source {
  std::string id;
  std::string url;
  model::Inlines title;
};

struct GlossaryTerm {
  std::string id;
  model::Inlines name;
  model::Inlines definition;
};

// How much of what participants (or facilitators) read is in the program's language, counted
// by element: a section, an activity, a module's material for facilitators.
struct TranslationCoverage {
  int units = 0;       // translatable elements in the program
  int translated = 0;  // of which translated
  std::vector<std::string> units_ids;     // the ids of all of them
  std::vector<std::string> untranslated;  // the ids of those not translated
};

// Everything about a program but its modules: the same for participants and facilitators.
struct ProgramDescription {
  // What it is
  std::string curriculum_id;
  std::string version;
  Date date;                 // the curriculum's own date
  int pass_mark = 80;        // percent of post-test answers that pass the final assessment
  std::string country;       // ISO 3166-1 alpha-2, or empty for the international version
  std::string country_name;  // in the program's language ("Польща"); empty with no country
  std::string language;      // BCP 47
  std::string language_name;  // in itself ("українська")
  std::string source_language;
  std::string audience;
  model::Inlines audience_name;
  std::string track;
  model::Inlines track_title;
  model::Delivery delivery = model::Delivery::kClassroom;

  model::Inlines title;
  model::Blocks summary;
  std::vector<std::string> authors;
  model::License license;
  std::vector<Source> sources;
  std::vector<Goal> goals;
  std::vector<Objective> objectives;
  std::vector<GlossaryTerm> glossary;

  std::vector<AgendaEntry> agenda;
  int start_minute = 0;
  int end_minute = 0;
  int budget_minutes = 0;

  std::map<std::string, Fact> facts;  // the facts this country sets
  std::map<std::string, WithheldFact> withheld_facts;  // the facts it states it prints nothing for
  std::set<std::string> facts_used;   // of which this program prints
  // For each fact the country does not set, how many passages that use it were left out.
  std::map<std::string, int> left_out;
  std::map<std::string, model::Inlines> fact_labels;  // every declared fact's label, by key
  TranslationCoverage translation;              // what participants read
  TranslationCoverage facilitator_translation;  // what only the guide prints
};

struct ResolvedProgram : ProgramDescription {
  model::Blocks facilitator_summary;  // tracks, method, provenance: never in a participant view
  std::vector<Module> modules;        // in agenda order
};

// ----- Views for participant outputs -----

// The program without its facilitator material, for handouts and e-learning.
struct ParticipantProgram : ProgramDescription {
  std::vector<ModuleForParticipants> modules;  // in agenda order
};
ParticipantProgram ParticipantViewOf(const ResolvedProgram& program);

// How the e-learning player scores one question, and what it tells the learner afterwards.
struct QuestionScoring {
  std::vector<size_t> correct_choices;  // choice items, 0-based
  std::optional<bool> answer;           // true/false items
  model::Inlines feedback;
  std::vector<std::string> objectives;
};
// What a scored participant output (SCORM) needs to score answers, by question id.
struct Assessment {
  std::map<std::string, QuestionScoring> questions;
};
Assessment AssessmentOf(const ResolvedProgram& program);

}  // namespace trainkit::resolve
