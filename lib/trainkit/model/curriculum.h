// A curriculum as its author wrote it (before any country or audience is applied).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "trainkit/base/date.h"
#include "trainkit/model/content.h"

namespace trainkit::model {

struct Source {
  std::string id;
  std::string url;
  Inlines title;
  SourceLocation location;
};

struct Audience {
  std::string id;
  Inlines name;
  SourceLocation location;
};

struct Goal {
  std::string id;
  std::string revised;  // the curriculum version in which it last changed
  Inlines text;
  SourceLocation location;
};

enum class ObjectiveType { kCognitive, kAttitudinal, kBehavioural };

struct Objective {
  std::string id;
  std::string revised;  // the curriculum version in which it last changed
  ObjectiveType type = ObjectiveType::kCognitive;
  Ref goal;
  Inlines text;
  SourceLocation location;
};

enum class FactKind {
  kPhone,
  kEmergencyPhone,  // 112, the police: the same for years, never stale
  kLawArticle,
  kReferralMechanism,
  kOrganisation,
  kStatistic,
  kUrl,
  kText
};

// A fact the curriculum needs from each country ("the national hotline").
struct FactDefinition {
  std::string key;
  FactKind kind = FactKind::kText;
  bool required = false;
  Inlines label;
  SourceLocation location;
};

// How long a check of a fact of one kind stays good: `months` after the check, or for good
// (nullopt). The curriculum declares it in <facts>; FreshnessMonths gives the defaults.
struct FreshnessRule {
  FactKind kind = FactKind::kText;
  std::optional<int> months;
  SourceLocation location;
};

struct GlossaryTerm {
  std::string id;
  std::string revised;  // the curriculum version in which it last changed
  Inlines name;
  Inlines definition;
  Condition condition;
  SourceLocation location;
};

struct MaterialItem {
  Inlines text;
  Condition condition;
  SourceLocation location;
};

struct Section {
  std::string id;
  std::string revised;  // the curriculum version in which it last changed
  // country-specific="…": each country is expected to replace it, writing what this says
  std::optional<std::string> country_specific;
  bool facilitators_only = false;
  Refs sources;
  Condition condition;
  Inlines title;
  std::vector<SectionContent> content;
  SourceLocation location;
};

enum class Method {
  kMiniLecture, kSmallGroupDiscussion, kRolePlay, kCaseStudy, kBrainstorming, kCircle, kPairs,
  kPlenary, kIndividualWork, kCardSort, kQuiz, kEnergiser, kFilm
};

struct GroupSize {
  int min = 0;
  int max = 0;
};

struct Step {
  std::optional<int> minutes;
  Inlines text;
  Condition condition;
  SourceLocation location;
};

struct Worksheet {
  Inlines title;
  Blocks blocks;
  SourceLocation location;
};

struct DebriefQuestion {
  Inlines text;
  Condition condition;
  SourceLocation location;
};

struct Activity {
  std::string id;
  std::string revised;  // the curriculum version in which it last changed
  Method method = Method::kPlenary;
  int minutes = 0;
  std::optional<GroupSize> group_size;
  Refs sources;
  Condition condition;
  Inlines title;
  Inlines purpose;
  std::vector<MaterialItem> materials;
  std::vector<Step> steps;
  std::optional<Worksheet> worksheet;
  std::vector<DebriefQuestion> debrief;
  std::vector<FacilitatorNote> facilitator_notes;
  SourceLocation location;
};

struct KeyMessage {
  std::string id;
  std::string revised;  // the curriculum version in which it last changed
  Inlines text;
  Condition condition;
  SourceLocation location;
};

struct Handout {
  std::string id;
  bool evaluation_form = false;  // form="evaluation": what evaluation-pdf prints
  std::string revised;  // the curriculum version in which it last changed
  Inlines title;
  Blocks blocks;
  Condition condition;
  SourceLocation location;
};

enum class ItemType { kSingleChoice, kMultipleChoice, kTrueFalse };
enum class ItemUse { kPreTest, kPostTest, kCheck };

struct Choice {
  Inlines text;
  bool correct = false;
  SourceLocation location;
};

struct AssessmentItem {
  std::string id;
  std::string revised;  // the curriculum version in which it last changed
  ItemType type = ItemType::kSingleChoice;
  std::optional<bool> answer;  // true/false items
  std::vector<ItemUse> uses;
  Refs objectives;  // what the item assesses
  Condition condition;
  Inlines question;
  std::vector<Choice> choices;
  Inlines explanation;
  SourceLocation location;
};

enum class Origin { kUnspecified, kSource, kAdapted, kNew };

// What a module holds between its preparation and its key messages, in document order.
using ModulePart = std::variant<Section, Activity, FacilitatorNote>;

struct Module {
  std::string id;
  std::string revised;  // the curriculum version in which it last changed
  int minutes = 0;
  Refs objectives;
  Refs sources;
  Origin origin = Origin::kUnspecified;
  Condition condition;
  Inlines title;
  Blocks summary;              // for participants
  Blocks facilitator_summary;  // provenance and routing: the guide only
  std::vector<MaterialItem> materials;
  Blocks preparation;
  std::vector<ModulePart> parts;
  std::vector<KeyMessage> key_messages;
  std::vector<Handout> handouts;
  std::vector<AssessmentItem> assessment;
  SourceLocation location;
};

struct TrackModule {
  Ref module;
  Condition condition;
};

enum class BreakKind { kBreak, kLunch };

struct Break {
  std::string id;
  int minutes = 0;
  BreakKind kind = BreakKind::kBreak;
  Inlines label;
  SourceLocation location;
};

// A goal a track sets out to reach, for the audiences its condition allows. A two-hour
// briefing cannot reach every goal for every audience, and says which it pursues.
struct TrackGoal {
  Ref goal;
  Condition condition;
};

struct Track {
  std::string id;
  int budget_minutes = 0;
  int start_minute = 9 * 60;  // minutes after midnight
  Inlines title;
  Blocks description;
  std::vector<TrackGoal> goals;  // empty: every goal of the curriculum, for every audience
  std::vector<std::variant<TrackModule, Break>> entries;
  SourceLocation location;
};

struct License {
  std::string href;
  Inlines text;
};

struct Curriculum {
  std::string id;
  std::string version;
  Date date;
  std::string language;  // BCP 47
  int pass_mark = 80;    // percent of post-test answers that pass the final assessment
  Inlines title;
  Blocks summary;              // for participants
  Blocks facilitator_summary;  // tracks, method, provenance: the guide only
  std::vector<std::string> authors;
  License license;
  std::vector<Source> sources;
  std::vector<Audience> audiences;
  std::vector<Goal> goals;
  std::vector<Objective> objectives;
  std::vector<FactDefinition> facts;  // in the order the country card lists them
  std::vector<FreshnessRule> freshness;
  std::vector<GlossaryTerm> glossary;
  std::vector<Module> modules;
  std::vector<Track> tracks;

  std::filesystem::path folder;  // where media paths are resolved
  SourceLocation language_location;
  SourceLocation location;
};

}  // namespace trainkit::model
