#include "trainkit/writers/dump_writer.h"

#include <fmt/format.h>

#include "trainkit/base/overloaded.h"
#include "trainkit/model/names.h"

namespace trainkit::writers {
namespace {

// Inline text as one line: *emphasis*, **strong**, [text](href), {fact-key}.
std::string InlineText(const model::Inlines& inlines) {
  std::string text;
  for (const auto& item : inlines) {
    std::visit(Overloaded{
                   [&](const model::Text& t) { text += t.text; },
                   [&](const model::Emphasis& e) { text += "*" + InlineText(e.children) + "*"; },
                   [&](const model::Strong& s) { text += "**" + InlineText(s.children) + "**"; },
                   [&](const model::Link& l) { text += "[" + InlineText(l.children) + "](" + l.href + ")"; },
                   [&](const model::FactRef& f) { text += "{" + f.key.id + "}"; },
               },
               item.value);
  }
  return text;
}


using resolve::ResolvedProgram;

std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string GroupSize(const std::optional<model::GroupSize>& size) {
  if (!size) return "";
  if (size->min == size->max) return fmt::format(" groups of {}", size->min);
  return fmt::format(" groups of {}-{}", size->min, size->max);
}

class Dumper {
 public:
  explicit Dumper(const ResolvedProgram& program) : program_(program) {}
  std::string Run();

 private:
  void Line(int depth, const std::string& text) { out_ += std::string(depth * 2, ' ') + text + "\n"; }
  void Text(int depth, std::string_view label, const model::Inlines& inlines) {
    if (!inlines.empty()) Line(depth, fmt::format("{} {}", label, Quoted(InlineText(inlines))));
  }
  void Blocks(int depth, const model::Blocks& blocks);
  void Block(int depth, const model::Block& block);
  void Header();
  void Agenda();
  void Module(const resolve::Module& module);
  void Participant(int depth, const resolve::ParticipantModule& participant);
  void Facilitator(int depth, const resolve::Module& module);
  void Note(int depth, const resolve::FacilitatorNote& note) {
    Line(depth, fmt::format("{} [{}]", note.safety ? "safety-note" : "facilitator-note", note.provenance.ToString()));
    Blocks(depth + 1, note.content);
  }

  const ResolvedProgram& program_;
  std::string out_;
};

void Dumper::Block(int depth, const model::Block& block) {
  std::visit(Overloaded{
                 [&](const model::Paragraph& p) { Text(depth, "p", p.content); },
                 [&](const model::Heading& h) { Text(depth, "heading", h.content); },
                 [&](const model::List& list) {
                   Line(depth, list.ordered ? "ol" : "ul");
                   for (const auto& item : list.items) {
                     Line(depth + 1, "li " + Quoted(InlineText(item.content)));
                     Blocks(depth + 2, item.sublists);
                   }
                 },
                 [&](const model::Table& table) {
                   Line(depth, "table");
                   Text(depth + 1, "caption", table.caption);
                   for (const auto& row : table.rows) {
                     std::string cells;
                     for (const auto& cell : row.cells) {
                       cells += fmt::format(" {}{}", cell.header ? "th:" : "", Quoted(InlineText(cell.content)));
                     }
                     Line(depth + 1, "tr" + cells);
                   }
                 },
                 [&](const model::Note& note) {
                   Line(depth, fmt::format("note {}", model::Name(note.type)));
                   Blocks(depth + 1, note.content);
                 },
                 [&](const model::Image& image) {
                   Line(depth, fmt::format("image {}{} alt {}", image.source.id,
                                           image.width_percent ? fmt::format(" width {}%", *image.width_percent) : "",
                                           Quoted(image.alt)));
                   Text(depth + 1, "caption", image.caption);
                 },
                 [&](const model::Quote& quote) {
                   Text(depth, quote.source ? "quote from " + quote.source->id : "quote", quote.content);
                 },
                 [&](const model::Prompt& prompt) {
                   Text(depth, fmt::format("prompt ({} lines)", prompt.lines), prompt.content);
                 },
             },
             block.value);
}

void Dumper::Blocks(int depth, const model::Blocks& blocks) {
  for (const auto& block : blocks) Block(depth, block);
}

void Dumper::Header() {
  const ResolvedProgram& p = program_;
  Line(0, fmt::format("program {} version {} of {}", p.curriculum_id, p.version, p.date.ToString()));
  Line(1, "country " + (p.country.empty() ? std::string("none (international version)") : p.country));
  Line(1, fmt::format("language {} (source {})", p.language, p.source_language));
  Line(1, fmt::format("audience {} {}", p.audience, Quoted(InlineText(p.audience_name))));
  Line(1, fmt::format("track {} {}", p.track, Quoted(InlineText(p.track_title))));
  Line(1, fmt::format("pass mark {}%", p.pass_mark));
  Text(1, "title", p.title);
  if (!p.summary.empty()) {
    Line(1, "summary");
    Blocks(2, p.summary);
  }
  if (!p.facilitator_summary.empty()) {
    Line(1, "facilitator-summary");
    Blocks(2, p.facilitator_summary);
  }
  for (const auto& author : p.authors) Line(1, "author " + Quoted(author));
  Line(1, fmt::format("license {}{}", Quoted(InlineText(p.license.text)),
                      p.license.href.empty() ? "" : " " + p.license.href));
  for (const auto& source : p.sources) {
    Line(1, fmt::format("source {} {}{}", source.id, Quoted(InlineText(source.title)),
                        source.url.empty() ? "" : " " + source.url));
  }
}

void Dumper::Agenda() {
  const ResolvedProgram& p = program_;
  Line(0, fmt::format("agenda {}-{}, {} minutes, budget {}", ClockTime(p.start_minute), ClockTime(p.end_minute),
                      p.end_minute - p.start_minute, p.budget_minutes));
  for (const auto& entry : p.agenda) {
    std::string times = fmt::format("{}-{}", ClockTime(entry.start_minute), ClockTime(entry.start_minute + entry.minutes));
    std::visit(Overloaded{
                   [&](const resolve::AgendaModule& m) {
                     const auto& module = p.modules[m.module];
                     Line(1, fmt::format("{} module {} ({} min) {}", times, module.id, entry.minutes,
                                         Quoted(InlineText(module.participant.title))));
                   },
                   [&](const resolve::AgendaBreak& b) {
                     Line(1, fmt::format("{} {} {}({} min) {}", times, model::Name(b.kind),
                                         b.id.empty() ? "" : b.id + " ", entry.minutes, Quoted(InlineText(b.label))));
                   },
               },
               entry.what);
  }
  Line(0, "goals");
  for (const auto& goal : p.goals) {
    Line(1, fmt::format("{}{}{} {}", goal.id, goal.taught ? " taught" : " NOT-TAUGHT",
                        goal.assessed ? " assessed" : "", Quoted(InlineText(goal.text))));
  }
  Line(0, "objectives");
  for (const auto& objective : p.objectives) {
    std::string taught;
    for (const auto& module : objective.taught_by) taught += (taught.empty() ? "" : ",") + module;
    Line(1, fmt::format("{} {} goal {} taught-by {} {}", objective.id, model::Name(objective.type), objective.goal,
                        taught.empty() ? "-" : taught, Quoted(InlineText(objective.text))));
  }
  Line(0, "facts");
  for (const auto& [key, fact] : p.facts) {
    Line(1, fmt::format("{}{} {} {}{} {}{}{} [{}]", key, p.facts_used.count(key) ? "" : " (unused)",
                        model::Name(fact.kind), Quoted(InlineText(fact.value)),
                        fact.number.empty() ? "" : " number " + Quoted(fact.number),
                        model::DescribeCheck(fact.source_date, fact.checked, fact.freshness),
                        fact.to_check.empty() ? "" : " to-check " + Quoted(fact.to_check),
                        fact.confidence == model::Confidence::kUnspecified
                            ? ""
                            : fmt::format(" confidence {}", model::Name(fact.confidence)),
                        fact.provenance.ToString()));
    Line(2, "source " + Quoted(fact.source) + (fact.source_url.empty() ? "" : " " + fact.source_url));
    std::string phone;
    if (!fact.dial_from.empty()) phone += " dial-from " + Quoted(fact.dial_from);
    if (!fact.operator_name.empty()) phone += " operator " + Quoted(fact.operator_name);
    if (!fact.hours.empty()) phone += " hours " + Quoted(fact.hours);
    if (!phone.empty()) Line(2, phone.substr(1));
  }
  for (const auto& [key, withheld] : p.withheld_facts) {
    Line(1, fmt::format("{} {} withheld {}", key, model::Name(withheld.kind), Quoted(withheld.note)));
  }
  for (const auto& [key, passages] : p.left_out) {
    Line(0, fmt::format("left out: {} passage{} using fact {}, which {}", passages, passages == 1 ? "" : "s", key,
                        p.country.empty() ? "the international version does not set" : p.country + " does not set"));
  }
  const auto& t = p.translation;
  if (t.units > 0) {
    Line(0, fmt::format("translation into {}: {} of {} participant texts", p.language, t.translated, t.units));
    for (const auto& id : t.untranslated) Line(1, "untranslated " + id);
  }
}

void Dumper::Participant(int depth, const resolve::ParticipantModule& m) {
  Line(depth, "participant");
  ++depth;
  Text(depth, "title", m.title);
  if (!m.summary.empty()) {
    Line(depth, "summary");
    Blocks(depth + 1, m.summary);
  }
  for (const auto& s : m.sections) {
    Line(depth, fmt::format("section {} [{}]", s.id, s.provenance.ToString()));
    Text(depth + 1, "title", s.title);
    Blocks(depth + 1, s.blocks);
  }
  for (const auto& a : m.activities) {
    Line(depth, fmt::format("activity {} [{}]", a.id, a.provenance.ToString()));
    Text(depth + 1, "title", a.title);
    Text(depth + 1, "purpose", a.purpose);
    if (a.worksheet) {
      Line(depth + 1, "worksheet");
      Text(depth + 2, "title", a.worksheet->title);
      Blocks(depth + 2, a.worksheet->blocks);
    }
  }
  for (const auto& k : m.key_messages) {
    Line(depth, fmt::format("key-message {} {} [{}]", k.id, Quoted(InlineText(k.text)), k.provenance.ToString()));
  }
  for (const auto& h : m.handouts) {
    Line(depth, fmt::format("handout {} [{}]", h.id, h.provenance.ToString()));
    Text(depth + 1, "title", h.title);
    Blocks(depth + 1, h.blocks);
  }
  for (const auto& q : m.questions) {
    std::string uses;
    for (auto use : q.uses) uses += fmt::format(" {}", model::Name(use));
    Line(depth, fmt::format("question {} {}{} [{}]", q.id, model::Name(q.type), uses, q.provenance.ToString()));
    Text(depth + 1, "ask", q.question);
    for (size_t i = 0; i < q.choices.size(); ++i) Text(depth + 1, fmt::format("choice {}", i + 1), q.choices[i]);
  }
}

void Dumper::Facilitator(int depth, const resolve::Module& module) {
  const resolve::FacilitatorModule& f = module.facilitator;
  const resolve::ParticipantModule& p = module.participant;
  Line(depth, "facilitator");
  ++depth;
  if (!f.summary.empty()) {
    Line(depth, "summary");
    Blocks(depth + 1, f.summary);
  }
  for (const auto& item : f.materials) Text(depth, "material", item);
  if (!f.preparation.empty()) {
    Line(depth, "preparation");
    Blocks(depth + 1, f.preparation);
  }
  for (const auto& step : f.order) {
    std::visit(Overloaded{
                   [&](const resolve::SectionStep& s) {
                     const auto& id = p.sections[s.index].id;
                     Line(depth, "walk section " + id);
                     auto notes = f.section_notes.find(id);
                     if (notes == f.section_notes.end()) return;
                     for (const auto& note : notes->second) Note(depth + 1, note);
                   },
                   [&](const resolve::ActivityStep& a) {
                     const auto& guide = f.activities[a.index];
                     Line(depth, fmt::format("walk activity {} {} at {} for {} min{}", guide.id, model::Name(guide.method),
                                             ClockTime(guide.start_minute), guide.minutes,
                                             GroupSize(guide.group_size)));
                     for (const auto& item : guide.materials) Text(depth + 1, "material", item);
                     for (const auto& s : guide.steps) {
                       Text(depth + 1,
                            fmt::format("step {}{}", ClockTime(s.start_minute),
                                        s.minutes ? fmt::format(" ({} min)", *s.minutes) : ""),
                            s.text);
                     }
                     for (const auto& q : guide.debrief) Text(depth + 1, "debrief", q);
                     for (const auto& note : guide.notes) Note(depth + 1, note);
                   },
                   [&](const resolve::TrainerSectionStep& t) {
                     const auto& s = f.trainer_sections[t.index];
                     Line(depth, fmt::format("trainer-section {} [{}]", s.id, s.provenance.ToString()));
                     Text(depth + 1, "title", s.title);
                     Blocks(depth + 1, s.blocks);
                     auto notes = f.section_notes.find(s.id);
                     if (notes == f.section_notes.end()) return;
                     for (const auto& note : notes->second) Note(depth + 1, note);
                   },
                   [&](const resolve::FacilitatorNote& note) { Note(depth, note); },
               },
               step);
  }
  for (const auto& key : f.answers) {
    std::string answer;
    if (key.answer) answer = *key.answer ? "true" : "false";
    for (size_t index : key.correct_choices) answer += fmt::format("{}{}", answer.empty() ? "" : ",", index + 1);
    Line(depth, fmt::format("answer {} {}", key.id, answer));
    Text(depth + 1, "explanation", key.explanation);
  }
}

void Dumper::Module(const resolve::Module& module) {
  std::string objectives, sources;
  for (const auto& o : module.objectives) objectives += " " + o;
  for (const auto& s : module.sources) sources += " " + s;
  Line(0, fmt::format("module {} at {} for {} min{} [{}]", module.id, ClockTime(module.start_minute), module.minutes,
                      module.origin == model::Origin::kUnspecified ? "" : fmt::format(" origin {}", model::Name(module.origin)),
                      module.provenance.ToString()));
  Line(1, "objectives" + objectives);
  if (!sources.empty()) Line(1, "sources" + sources);
  Participant(1, module.participant);
  Facilitator(1, module);
}

std::string Dumper::Run() {
  Header();
  Agenda();
  for (const auto& module : program_.modules) Module(module);
  if (!program_.glossary.empty()) {
    Line(0, "glossary");
    for (const auto& term : program_.glossary) {
      Line(1, fmt::format("{} {}: {}", term.id, Quoted(InlineText(term.name)), Quoted(InlineText(term.definition))));
    }
  }
  return out_;
}

}  // namespace

std::string ClockTime(int minute_of_day) {
  return fmt::format("{:02}:{:02}", (minute_of_day / 60) % 24, minute_of_day % 60);
}

Status WriteDump(const resolve::ResolvedProgram& program, const WriterContext&, OutputSink& out, Diagnostics&) {
  out.Write(Dumper(program).Run());
  return Status::Ok();
}

}  // namespace trainkit::writers
