#include "trainkit/translation/units.h"

#include <fmt/format.h>

#include <string_view>
#include <unordered_map>

#include "trainkit/base/overloaded.h"
#include "trainkit/base/sha256.h"
#include "trainkit/base/text_script.h"
#include "trainkit/xml/serialize.h"

namespace trainkit::translation {
namespace {

// Whether a run of `text` has a letter: a letter never spans two runs.
bool AnyRunHasLetters(const model::Inlines& text) {
  for (const auto& inline_ : text) {
    bool found = std::visit(Overloaded{
                                [&](const model::Text& t) { return HasScriptLetters(t.text); },
                                [&](const model::Emphasis& e) { return AnyRunHasLetters(e.children); },
                                [&](const model::Strong& s) { return AnyRunHasLetters(s.children); },
                                [&](const model::Link& l) { return AnyRunHasLetters(l.children); },
                                [](const model::FactRef&) { return false; },
                            },
                            inline_.value);
    if (found) return true;
  }
  return false;
}

// The length of the text of every run: texts of different lengths cannot have the same markup.
size_t TextLength(const model::Inlines& text) {
  size_t length = 0;
  for (const auto& inline_ : text) {
    length += std::visit(Overloaded{
                             [&](const model::Text& t) { return t.text.size(); },
                             [&](const model::Emphasis& e) { return TextLength(e.children); },
                             [&](const model::Strong& s) { return TextLength(s.children); },
                             [&](const model::Link& l) { return TextLength(l.children); },
                             [](const model::FactRef&) { return size_t{0}; },
                         },
                         inline_.value);
  }
  return length;
}

// Walks one curriculum, keeping the nearest id and the module on the way down.
class UnitWalker {
 public:
  explicit UnitWalker(const std::function<void(UnitSlot&)>& visit) : visit_(visit) {}

  void Curriculum(model::Curriculum& c) {
    Scope top(*this, c.id, Readers::kParticipants, c.location);
    Text("title", c.title, c.location);
    Blocks("summary", c.summary);
    readers_ = Readers::kFacilitators;
    Blocks("facilitator-summary", c.facilitator_summary);
    readers_ = Readers::kParticipants;
    Text("license", c.license.text, c.location);
    for (auto& audience : c.audiences) {
      Scope scope(*this, audience.id, Readers::kParticipants, audience.location);
      Text("name", audience.name, audience.location);
    }
    for (auto& goal : c.goals) {
      Scope scope(*this, goal.id, Readers::kParticipants, goal.location);
      Text("text", goal.text, goal.location);
    }
    for (auto& objective : c.objectives) {
      Scope scope(*this, objective.id, Readers::kParticipants, objective.location);
      Text("text", objective.text, objective.location);
    }
    for (auto& fact : c.facts) {
      Scope scope(*this, fact.key, Readers::kParticipants, fact.location);
      Text("label", fact.label, fact.location);
    }
    for (auto& term : c.glossary) {
      Scope scope(*this, term.id, Readers::kParticipants, term.location);
      Text("name", term.name, term.location);
      Text("definition", term.definition, term.location);
    }
    for (auto& track : c.tracks) {
      Scope scope(*this, track.id, Readers::kParticipants, track.location);
      Text("title", track.title, track.location);
      Blocks("description", track.description);
      for (auto& entry : track.entries) {
        auto* pause = std::get_if<model::Break>(&entry);
        if (!pause || pause->id.empty()) continue;
        Scope break_scope(*this, pause->id, Readers::kParticipants, pause->location);
        Text("label", pause->label, pause->location);
      }
    }
    for (auto& module : c.modules) Module(module);
  }

 private:
  // Entering an element with an id: keys below it start from that id.
  class Scope {
   public:
    Scope(UnitWalker& walker, const std::string& owner, Readers readers, const SourceLocation& at)
        : walker_(walker), saved_owner_(walker.owner_), saved_readers_(walker.readers_),
          saved_location_(walker.owner_location_) {
      walker.owner_ = owner;
      walker.readers_ = readers;
      walker.owner_location_ = &at;
    }
    ~Scope() {
      walker_.owner_ = saved_owner_;
      walker_.readers_ = saved_readers_;
      walker_.owner_location_ = saved_location_;
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    UnitWalker& walker_;
    std::string_view saved_owner_;
    Readers saved_readers_;
    const SourceLocation* saved_location_;
  };

  void Module(model::Module& m) {
    module_ = m.id;
    Scope scope(*this, m.id, Readers::kParticipants, m.location);
    Text("title", m.title, m.location);
    Blocks("summary", m.summary);
    readers_ = Readers::kFacilitators;
    Blocks("facilitator-summary", m.facilitator_summary);
    Materials("materials", m.materials);
    Blocks("preparation", m.preparation);
    int note = 0;
    for (auto& part : m.parts) {
      std::visit(Overloaded{
                     [&](model::Section& s) { Section(s); },
                     [&](model::Activity& a) { Activity(a); },
                     [&](model::FacilitatorNote& n) { Note(fmt::format("notes/{}", ++note), n); },
                 },
                 part);
    }
    readers_ = Readers::kParticipants;
    for (auto& message : m.key_messages) {
      Scope message_scope(*this, message.id, Readers::kParticipants, message.location);
      Text("text", message.text, message.location);
    }
    for (auto& handout : m.handouts) {
      Scope handout_scope(*this, handout.id, Readers::kParticipants, handout.location);
      Text("title", handout.title, handout.location);
      Blocks("body", handout.blocks);
    }
    for (auto& item : m.assessment) {
      Scope item_scope(*this, item.id, Readers::kParticipants, item.location);
      Text("question", item.question, item.location);
      for (size_t i = 0; i < item.choices.size(); ++i) {
        Text(fmt::format("choices/{}", i + 1), item.choices[i].text, item.choices[i].location);
      }
      Text("explanation", item.explanation, item.location);
    }
    module_ = {};
  }

  void Section(model::Section& s) {
    Readers readers = s.facilitators_only ? Readers::kFacilitators : Readers::kParticipants;
    Scope scope(*this, s.id, readers, s.location);
    Text("title", s.title, s.location);
    int block = 0;
    int note = 0;
    for (auto& part : s.content) {
      if (auto* b = std::get_if<model::Block>(&part)) {
        Block(fmt::format("body/{}", ++block), *b);
      } else {
        Note(fmt::format("notes/{}", ++note), std::get<model::FacilitatorNote>(part));
      }
    }
  }

  void Activity(model::Activity& a) {
    Scope scope(*this, a.id, Readers::kParticipants, a.location);
    Text("title", a.title, a.location);
    if (a.worksheet) {
      Text("worksheet/title", a.worksheet->title, a.worksheet->location);
      Blocks("worksheet", a.worksheet->blocks);
    }
    readers_ = Readers::kFacilitators;
    Text("purpose", a.purpose, a.location);
    Materials("materials", a.materials);
    for (size_t i = 0; i < a.steps.size(); ++i) {
      Text(fmt::format("steps/{}", i + 1), a.steps[i].text, a.steps[i].location);
    }
    for (size_t i = 0; i < a.debrief.size(); ++i) {
      Text(fmt::format("debrief/{}", i + 1), a.debrief[i].text, a.debrief[i].location);
    }
    for (size_t i = 0; i < a.facilitator_notes.size(); ++i) {
      Note(fmt::format("notes/{}", i + 1), a.facilitator_notes[i]);
    }
  }

  void Materials(const std::string& field, std::vector<model::MaterialItem>& items) {
    for (size_t i = 0; i < items.size(); ++i) {
      Text(fmt::format("{}/{}", field, i + 1), items[i].text, items[i].location);
    }
  }

  void Note(const std::string& path, model::FacilitatorNote& note) {
    Readers saved = readers_;
    readers_ = Readers::kFacilitators;
    Blocks(path, note.content);
    readers_ = saved;
  }

  void Blocks(const std::string& path, model::Blocks& blocks) {
    for (size_t i = 0; i < blocks.size(); ++i) Block(fmt::format("{}/{}", path, i + 1), blocks[i]);
  }

  void Block(const std::string& path, model::Block& block) {
    std::visit(Overloaded{
                   [&](model::Paragraph& p) { Text(path, p.content, block.location); },
                   [&](model::Heading& h) { Text(path, h.content, block.location); },
                   [&](model::Prompt& p) { Text(path, p.content, block.location); },
                   [&](model::Quote& q) { Text(path, q.content, block.location); },
                   [&](model::List& list) { List(path, list); },
                   [&](model::Note& note) { Blocks(path, note.content); },
                   [&](model::Image& image) {
                     Plain(path + "/alt", image.alt, block.location);
                     Text(path + "/caption", image.caption, block.location);
                   },
                   [&](model::Table& table) {
                     Text(path + "/caption", table.caption, block.location);
                     for (size_t r = 0; r < table.rows.size(); ++r) {
                       for (size_t c = 0; c < table.rows[r].cells.size(); ++c) {
                         Text(fmt::format("{}/r{}c{}", path, r + 1, c + 1), table.rows[r].cells[c].content,
                              table.rows[r].location);
                       }
                     }
                   },
               },
               block.value);
  }

  void List(const std::string& path, model::List& list) {
    for (size_t i = 0; i < list.items.size(); ++i) {
      model::ListItem& item = list.items[i];
      std::string item_path = fmt::format("{}/{}", path, i + 1);
      Text(item_path, item.content, item.location);
      for (size_t k = 0; k < item.sublists.size(); ++k) {
        Block(fmt::format("{}/{}", item_path, k + 1), item.sublists[k]);
      }
    }
  }

  void Text(const std::string& field, model::Inlines& text, const SourceLocation& at) {
    if (!HasLetters(text)) return;
    UnitSlot slot = Slot(field, at);
    slot.text = &text;
    visit_(slot);
  }

  void Plain(const std::string& field, std::string& text, const SourceLocation& at) {
    if (!HasScriptLetters(text)) return;
    UnitSlot slot = Slot(field, at);
    slot.plain = &text;
    visit_(slot);
  }

  UnitSlot Slot(const std::string& field, const SourceLocation& at) {
    UnitSlot slot;
    slot.key.reserve(owner_.size() + 1 + field.size());
    slot.key.append(owner_).append(1, '/').append(field);
    slot.owner = owner_;
    slot.module = module_;
    slot.readers = readers_;
    slot.location = at.known() ? &at : owner_location_;
    return slot;
  }

  const std::function<void(UnitSlot&)>& visit_;
  std::string_view owner_;
  std::string_view module_;
  Readers readers_ = Readers::kParticipants;
  const SourceLocation* owner_location_ = &kNowhere;
  static inline const SourceLocation kNowhere;
};

void MarkupInto(const model::Inlines& text, std::string& out) {
  for (const auto& inline_ : text) {
    std::visit(Overloaded{
                   [&](const model::Text& t) { xml::AppendEscaped(t.text, false, out); },
                   [&](const model::Emphasis& e) {
                     out += "<em>";
                     MarkupInto(e.children, out);
                     out += "</em>";
                   },
                   [&](const model::Strong& s) {
                     out += "<strong>";
                     MarkupInto(s.children, out);
                     out += "</strong>";
                   },
                   [&](const model::Link& l) {
                     out += "<link href=\"";
                     xml::AppendEscaped(l.href, true, out);
                     out += "\">";
                     MarkupInto(l.children, out);
                     out += "</link>";
                   },
                   [&](const model::FactRef& f) {
                     out += "<fact ref=\"";
                     xml::AppendEscaped(f.key.id, true, out);
                     out += "\"/>";
                   },
               },
               inline_.value);
  }
}

}  // namespace

void ForEachUnit(model::Curriculum& curriculum, const std::function<void(UnitSlot&)>& visit) {
  UnitWalker(visit).Curriculum(curriculum);
}

namespace {

std::vector<TranslationUnit> Extract(const model::Curriculum& curriculum,
                                     const std::unordered_map<std::string_view, const TranslationUnit*>& known) {
  std::vector<TranslationUnit> units;
  // The walk hands out pointers a visitor may write through; this one only reads, so the
  // curriculum is walked in place rather than copied (a copy cost as much as the walk).
  ForEachUnit(const_cast<model::Curriculum&>(curriculum), [&](UnitSlot& slot) {
    TranslationUnit unit;
    unit.key = slot.key;
    unit.owner = std::string(slot.owner);
    unit.module = std::string(slot.module);
    unit.readers = slot.readers;
    unit.plain = slot.plain != nullptr;
    unit.source = slot.text ? *slot.text : PlainInlines(*slot.plain);
    auto same = known.find(unit.key);
    unit.source_hash = same != known.end() && SameText(same->second->source, unit.source) ? same->second->source_hash
                                                                                          : SourceHash(unit.source);
    unit.location = *slot.location;
    units.push_back(std::move(unit));
  });
  return units;
}

// Whether the runs are the same, text for text, ignoring where they were written: the same
// markup, though the same markup may also come from runs cut differently.
bool SameRuns(const model::Inlines& a, const model::Inlines& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const auto& x = a[i].value;
    const auto& y = b[i].value;
    if (x.index() != y.index()) return false;
    bool same = std::visit(Overloaded{
                               [&](const model::Text& t) { return t.text == std::get<model::Text>(y).text; },
                               [&](const model::Emphasis& e) { return SameRuns(e.children, std::get<model::Emphasis>(y).children); },
                               [&](const model::Strong& s) { return SameRuns(s.children, std::get<model::Strong>(y).children); },
                               [&](const model::Link& l) {
                                 const auto& other = std::get<model::Link>(y);
                                 return l.href == other.href && SameRuns(l.children, other.children);
                               },
                               // A fact is its key in the markup: its value is the country's.
                               [&](const model::FactRef& f) { return f.key.id == std::get<model::FactRef>(y).key.id; },
                           },
                           x);
    if (!same) return false;
  }
  return true;
}

}  // namespace

std::vector<TranslationUnit> ExtractUnits(const model::Curriculum& curriculum) { return Extract(curriculum, {}); }

std::vector<TranslationUnit> ExtractUnits(const model::Curriculum& curriculum, const std::vector<TranslationUnit>& known) {
  std::unordered_map<std::string_view, const TranslationUnit*> by_key;
  by_key.reserve(known.size());
  for (const auto& unit : known) by_key.emplace(unit.key, &unit);
  return Extract(curriculum, by_key);
}

bool SameText(const model::Inlines& a, const model::Inlines& b) {
  return SameRuns(a, b) || (TextLength(a) == TextLength(b) && Markup(a) == Markup(b));
}

// Text with no letter of any script ("30", "1949", "—") reads the same in every language.
bool HasLetters(const model::Inlines& text) { return AnyRunHasLetters(text); }

model::Inlines PlainInlines(const std::string& text) { return {{model::Text{text}, {}}}; }

std::string Markup(const model::Inlines& text) {
  std::string out;
  MarkupInto(text, out);
  return out;
}

std::string SourceHash(const model::Inlines& text) { return Sha256Hex(Markup(text)).substr(0, 16); }

std::string_view ReadersName(Readers readers) {
  return readers == Readers::kFacilitators ? "facilitators" : "participants";
}

}  // namespace trainkit::translation
