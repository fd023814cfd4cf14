// A country adaptation: an overlay that fits a curriculum to one country and its language.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "trainkit/base/date.h"
#include "trainkit/model/curriculum.h"

namespace trainkit::model {

enum class Confidence { kUnspecified, kHigh, kMedium, kLow };

// A person checked a fact's value with its operator or the official text, on a day.
struct FactCheck {
  Date date;
  std::string how;  // "called the operator", "read the official gazette"
  SourceLocation location;
};

// One country's value for a fact: its source, and whether anyone has checked it since.
struct FactValue {
  Ref key;
  std::string source;
  std::string source_url;
  PartialDate source_date;  // when the source was published: not a check; text "undated" if unknown
  std::optional<FactCheck> checked;
  std::string to_check;  // what a person must still check: the guide's re-check list says it
  Confidence confidence = Confidence::kUnspecified;
  std::string number;  // phone facts: the number to dial
  std::string dial_from;
  std::string operator_name;
  std::string hours;
  Inlines value;  // as it reads in text
  SourceLocation location;
  SourceLocation source_date_location;
};

// <no-fact>: the country states that nothing is printed for a fact, and why (for the guide).
// <to-fill>, a draft's fact nobody has found yet, is printed as little, and warned about.
struct WithheldFact {
  Ref key;
  std::string note;  // why nothing is printed, or (to fill) what a source must say
  bool to_fill = false;
  SourceLocation location;
};

using Replaceable = std::variant<Module, Section, Activity, AssessmentItem>;
using Appendable = std::variant<Section, Activity, AssessmentItem>;

// Replaces the module, section, activity or item with the same id.
struct Replace {
  Replaceable replacement;
  // to-fill="…": a draft's copy of the base, still to be rewritten for the country as this says
  std::optional<std::string> to_fill;
  SourceLocation location;
};
// Adds sections, activities or items at the end of a module.
struct Append {
  Ref module;
  std::vector<Appendable> parts;
  SourceLocation location;
};
struct Remove {
  Ref target;
  SourceLocation location;
};
// Adds a country module after an existing one, in the curriculum and in every track.
struct AddModule {
  Ref after;
  Module module;
  SourceLocation location;
};

// Narrows who sees an element of the base (a module, section, activity, item, handout, key
// message or glossary term) in this country: it is shown where both its own condition and this
// one allow.
struct Restrict {
  Ref target;
  Condition condition;
  SourceLocation location;
};

using Operation = std::variant<Replace, Append, Remove, AddModule, Restrict>;

// Translated text for the element with id `target`. Which fields may be set depends on what
// the target is (see doc/format.md); the validator checks the fit.
struct Translation {
  Ref target;
  Inlines text;  // for targets that are a single run of text (goal, objective, message, ...)
  std::optional<Inlines> title;
  std::optional<Blocks> summary;
  std::optional<Inlines> purpose;
  std::optional<Inlines> worksheet_title;
  std::optional<Inlines> question;
  std::vector<Inlines> choices;
  std::optional<Inlines> explanation;
  std::optional<Inlines> name;
  std::optional<Inlines> definition;
  Blocks blocks;
  SourceLocation location;
};

struct Adaptation {
  std::string country;  // ISO 3166-1 alpha-2
  std::string language;
  std::string based_on;  // the curriculum version it was written against
  std::optional<Refs> audiences_only;
  std::vector<Audience> audiences;  // the country's own, offered beside the base's
  std::vector<Track> tracks;        // the country's own agendas, beside the base's
  std::vector<FactValue> facts;
  std::vector<WithheldFact> withheld_facts;
  std::vector<Operation> operations;  // in document order
  std::vector<Translation> translations;

  SourceLocation location;
  SourceLocation country_location;
  SourceLocation language_location;
  SourceLocation based_on_location;
};

}  // namespace trainkit::model
