// Rich text as curricula write it: inline runs inside blocks, and who may see each block.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "trainkit/model/reference.h"

namespace trainkit::model {

// How a program is delivered: in a room with a facilitator (the guide, the handout), or to one
// person learning alone (a SCORM package, Markdown for a website).
enum class Delivery { kClassroom, kSelfPaced };

// Who sees a piece of content: everyone, unless `include` names audiences (then only those),
// minus the audiences in `exclude`; and in either delivery, unless `delivery` names one.
struct Condition {
  Refs include;
  Refs exclude;
  std::optional<Delivery> delivery;

  bool Allows(const std::string& audience) const;
  bool Allows(Delivery way) const { return !delivery || *delivery == way; }
  bool empty() const { return include.empty() && exclude.empty() && !delivery; }
};

// ----- Inline content -----

struct Inline;
using Inlines = std::vector<Inline>;

struct Text {
  std::string text;  // white space already collapsed
};
struct Emphasis {
  Inlines children;
};
struct Strong {
  Inlines children;
};
struct Link {
  std::string href;
  Inlines children;
};
// A country fact. The reader leaves `value` empty; resolving a program fills it with the
// country's value, so writers print `value` and never look a fact up.
struct FactRef {
  Ref key;
  Inlines value = {};
};

struct Inline {
  std::variant<Text, Emphasis, Strong, Link, FactRef> value;
  SourceLocation location;
};

// ----- Blocks -----

struct Block;
using Blocks = std::vector<Block>;

struct Paragraph {
  Inlines content;
};
struct Heading {
  Inlines content;
};
struct ListItem {
  Inlines content;
  std::vector<Block> sublists;  // nested List blocks
  Condition condition;
  SourceLocation location;
};
struct List {
  bool ordered = false;
  std::vector<ListItem> items;
};
struct TableCell {
  bool header = false;
  Inlines content;
};
struct TableRow {
  std::vector<TableCell> cells;
  SourceLocation location;
};
struct Table {
  Inlines caption;
  std::vector<TableRow> rows;
};
enum class NoteType { kInfo, kTip, kWarning };
struct Note {
  NoteType type = NoteType::kInfo;
  Blocks content;
};
struct Image {
  Ref source;  // path relative to the curriculum folder
  std::string alt;      // what the image shows, for those who cannot see it (never printed)
  Inlines caption;      // a short line printed under it; may be empty
  std::optional<int> width_percent;
  bool has_text = false;  // words are drawn in it: each language needs its own variant
};
struct Quote {
  Inlines content;
  std::optional<Ref> source;
};
// A question with space to write the answer (worksheets).
struct Prompt {
  Inlines content;
  int lines = 3;
};
// Content everyone in the room may read. Facilitator-only guidance is not a Block, so no
// participant output can hold it by mistake.
struct Block {
  std::variant<Paragraph, Heading, List, Table, Note, Image, Quote, Prompt> value;
  Condition condition;
  SourceLocation location;
};

// Guidance for facilitators only; a safety note concerns the wellbeing of participants.
struct FacilitatorNote {
  bool safety = false;
  Blocks content;
  Condition condition;
  SourceLocation location;
};

// What a section holds: participant blocks with facilitator notes among them, in order.
using SectionContent = std::variant<Block, FacilitatorNote>;

}  // namespace trainkit::model
