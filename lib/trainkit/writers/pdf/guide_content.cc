#include "trainkit/writers/pdf/guide_content.h"

#include <fmt/format.h>

#include <optional>
#include <utility>

#include <algorithm>

#include "trainkit/base/overloaded.h"
#include "trainkit/model/names.h"
#include "trainkit/writers/dump_writer.h"
#include "trainkit/writers/pdf/brand_marks.h"
#include "trainkit/writers/pdf/flow_builder.h"
#include "trainkit/writers/help_contacts.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/render/program_goals.h"
#include "trainkit/render/text_language.h"

namespace trainkit::writers::pdf {
namespace {

using resolve::ResolvedProgram;

class Guide : FlowBuilder {
 public:
  explicit Guide(const GuideInput& in)
      : FlowBuilder(in.program, in.image_aspects, false), p_(in.program), s_(in.strings),
        masthead_(BrandMasthead(in.brand, in.image_aspects, 60)) {}
  Flow Build();

 private:
  // A fact's label, marked with the source language where the country did not translate it.
  Spans FactLabel(const resolve::Fact& fact, Face face = Face::kRegular) {
    auto marked = MarkLanguage(fact.label_translated);
    return ToSpans(fact.label, face);
  }
  void LabelHeading(const std::string& text) { Add(Heading{3, Text(text, Face::kBold), "", false}); }
  // "Label: value", the label in bold.
  void Row(const std::string& label, Spans value) {
    Spans spans = Text(label + ": ", Face::kBold);
    spans.insert(spans.end(), value.begin(), value.end());
    Para(spans);
  }
  void Note(const resolve::FacilitatorNote& note);
  std::string Clock(int start, int minutes) const {
    return fmt::format("{}–{}", ClockTime(start), ClockTime(start + minutes));
  }
  std::string Minutes(int minutes) const { return s_.Format("minutes_long", {{"minutes", std::to_string(minutes)}}); }

  void Cover();
  void About();
  void Contents();
  void Agenda();
  void Module(size_t number, const resolve::Module& module);
  void Activity(const resolve::ParticipantActivity& activity, const resolve::ActivityGuide& guide);
  void AnswerKey(const resolve::Module& module);
  void Facts();
  void RecheckList();
  std::vector<const resolve::Fact*> FactsInCardOrder() const;
  std::string CheckText(const resolve::Fact& fact) const;
  std::string SourceDate(const resolve::Fact& fact) const;
  void Glossary();
  void Sources();

  const ResolvedProgram& p_;
  const UiStrings& s_;
  std::vector<std::pair<std::string, std::string>> contents_;  // title, anchor
  Flow masthead_;  // the organisation's, at the head of the cover; empty without a brand
};

void Guide::Note(const resolve::FacilitatorNote& note) {
  Callout callout = note.safety ? Callout::kSafety : Callout::kNote;
  Paragraph label;
  label.spans = Text(s_.Get(note.safety ? "safety_note" : "facilitator_note"), Face::kBold);
  label.callout = callout;
  label.keep_with_next = true;
  Add(std::move(label));
  auto marked = MarkLanguage(note.provenance);
  Blocks(note.content, 0, callout);
}

void Guide::Cover() {
  if (masthead_.empty()) {
    Add(Spacer{120});
  } else {
    for (auto& block : masthead_) Add(std::move(block));
    Add(Spacer{48});
  }
  Para(ToSpans(p_.title, Face::kBold), Role::kTitle);
  Add(Spacer{6});
  Para(Text(s_.Get("facilitator_guide")), Role::kSubtitle);
  Add(Spacer{36});
  Row(s_.Get("country"), p_.country.empty() ? Text(s_.Get("international")) : Text(p_.country_name));
  Row(s_.Get("audience"), ToSpans(p_.audience_name));
  Row(s_.Get("track"), ToSpans(p_.track_title));
  Row(s_.Get("language_label"), Text(p_.language_name));
  Para(Text(s_.Format("version", {{"version", p_.version}, {"date", p_.date.ToString()}})));
  Add(Spacer{24});
  Para(Text(s_.Format("generated_from", {{"id", p_.curriculum_id}})), Role::kSmall);
}

void Guide::Contents() {
  Add(Heading{1, Text(s_.Get("contents"), Face::kBold), "contents", true});
  for (const auto& [title, anchor] : contents_) {
    Paragraph entry;
    entry.spans = {{title, Face::kRegular, "#" + anchor}};
    entry.right_page_of = anchor;
    Add(std::move(entry));
  }
}

void Guide::Agenda() {
  Add(Heading{1, Text(s_.Get("agenda"), Face::kBold), "agenda", true});
  pdf::Table table;
  table.widths = {1.3, 4.2, 2.6, 0.7};
  table.header = {{Text(s_.Get("time"))}, {Text(s_.Get("module"))}, {Text(s_.Get("method"))}, {Text(s_.Get("minutes"))}};
  size_t number = 0;
  for (const auto& entry : p_.agenda) {
    std::string time = Clock(entry.start_minute, entry.minutes);
    if (const auto* m = std::get_if<resolve::AgendaModule>(&entry.what)) {
      const auto& module = p_.modules[m->module];
      std::vector<std::string> methods;
      for (const auto& a : module.facilitator.activities) {
        std::string name = s_.Get("method." + std::string(model::Name(a.method)));
        if (std::find(methods.begin(), methods.end(), name) == methods.end()) methods.push_back(name);
      }
      std::string method_text;
      for (const auto& name : methods) method_text += (method_text.empty() ? "" : ", ") + name;
      Spans title = Text(fmt::format("{}. ", ++number));
      for (auto& span : ToSpans(module.participant.title, Face::kRegular, "#module-" + module.id)) title.push_back(span);
      table.rows.push_back({{Text(time)}, {title}, {Text(method_text)}, {Text(std::to_string(entry.minutes))}});
    } else {
      const auto& pause = std::get<resolve::AgendaBreak>(entry.what);
      table.rows.push_back({{Text(time)}, {ToSpans(pause.label, Face::kItalic)}, {Text(s_.Get(pause.kind == model::BreakKind::kLunch ? "lunch" : "break"), Face::kItalic)}, {Text(std::to_string(entry.minutes))}});
    }
  }
  int total = p_.end_minute - p_.start_minute;
  table.rows.push_back({{Text(Clock(p_.start_minute, total), Face::kBold)}, {Text(s_.Get("total"), Face::kBold)}, {}, {Text(std::to_string(total), Face::kBold)}});
  Add(std::move(table));
  Para(Text(s_.Format("budget", {{"budget", std::to_string(p_.budget_minutes)}, {"total", std::to_string(total)}})));
  if (total != p_.budget_minutes) {
    std::string key = total > p_.budget_minutes ? "over_budget" : "under_budget";
    Para(Text(s_.Format(key, {{"minutes", std::to_string(std::abs(total - p_.budget_minutes))}}), Face::kBold), Role::kBody, 0, "", Callout::kSafety);
  }
}

void Guide::About() {
  Add(Heading{1, Text(s_.Get("about"), Face::kBold), "about", true});
  Blocks(p_.summary);
  if (!p_.facilitator_summary.empty()) {
    LabelHeading(s_.Get("for_facilitators"));
    Blocks(p_.facilitator_summary);
  }
  Row(s_.Get("audience"), ToSpans(p_.audience_name));
  Row(s_.Get("track"), ToSpans(p_.track_title));
  int total = p_.end_minute - p_.start_minute;
  Row(s_.Get("duration"), Text(Minutes(total) + " (" + Clock(p_.start_minute, total) + ")"));
  // What this program teaches: the goals its modules serve, each with the objectives they teach.
  Add(Heading{2, Text(s_.Get("goals"), Face::kBold), "", false});
  for (const render::TaughtGoal& taught : render::GoalsTaught(p_)) {
    Para(ToSpans(taught.goal->text, Face::kBold), Role::kBody, kBulletIndent, "•");
    for (const resolve::Objective* objective : taught.objectives) Para(ToSpans(objective->text), Role::kBody, 28, "–");
  }
}

void Guide::Activity(const resolve::ParticipantActivity& activity, const resolve::ActivityGuide& guide) {
  Add(Heading{2, Join(Text(s_.Get("activity") + ": ", Face::kBold), ToSpans(activity.title, Face::kBold)), "", false});
  std::string meta = fmt::format("{} · {} · {}", Clock(guide.start_minute, guide.minutes), Minutes(guide.minutes),
                                 s_.Get("method." + std::string(model::Name(guide.method))));
  if (guide.group_size) {
    meta += " · " + s_.Get("group_size") + ": " +
            (guide.group_size->min == guide.group_size->max
                 ? s_.Format("people_one", {{"count", std::to_string(guide.group_size->min)}})
                 : s_.Format("people", {{"min", std::to_string(guide.group_size->min)}, {"max", std::to_string(guide.group_size->max)}}));
  }
  Para(Text(meta), Role::kSmall);
  if (!activity.purpose.empty()) Para(ToSpans(activity.purpose, Face::kItalic));
  // Materials, steps and debrief are facilitator material, in their own language; the
  // worksheet between them is the participants', in the activity's (the caller's scope).
  std::optional<render::ScopedLanguage> facilitator_words;
  facilitator_words.emplace(language_, render::LanguageToMark(p_, guide.provenance));
  if (!guide.materials.empty()) {
    LabelHeading(s_.Get("materials"));
    for (const auto& item : guide.materials) Para(ToSpans(item), 14, Symbol::kCheckbox);
  }
  if (!guide.steps.empty()) {
    LabelHeading(s_.Get("steps"));
    int number = 0;
    for (const auto& step : guide.steps) {
      Spans spans;
      if (step.minutes) spans.push_back({fmt::format("{} ({}′) ", ClockTime(step.start_minute), *step.minutes), Face::kBold, ""});
      for (auto& span : ToSpans(step.text)) spans.push_back(span);
      Para(spans, Role::kBody, kNumberIndent, fmt::format("{}.", ++number));
    }
  }
  facilitator_words.reset();
  if (activity.worksheet) {
    Add(Heading{3, Join(Text(s_.Get("worksheet") + (activity.worksheet->title.empty() ? "" : ": "), Face::kBold),
                        ToSpans(activity.worksheet->title, Face::kBold)),
                "", false});
    Blocks(activity.worksheet->blocks, 14);
  }
  facilitator_words.emplace(language_, render::LanguageToMark(p_, guide.provenance));
  if (!guide.debrief.empty()) {
    LabelHeading(s_.Get("debrief"));
    for (const auto& question : guide.debrief) Para(ToSpans(question), Role::kBody, 14, "?");
  }
  for (const auto& note : guide.notes) Note(note);
}

void Guide::AnswerKey(const resolve::Module& module) {
  const auto& questions = module.participant.questions;
  if (questions.empty()) return;
  LabelHeading(s_.Get("answer_key"));
  for (size_t i = 0; i < questions.size(); ++i) {
    const auto& q = questions[i];
    const auto& key = module.facilitator.answers[i];
    auto marked = MarkLanguage(q.provenance);
    Para(ToSpans(q.question, Face::kBold), Role::kBody, kNumberIndent, fmt::format("{}.", i + 1));
    Spans answer = Text(s_.Get("correct") + ": ");
    if (key.answer) answer = Join(answer, Text(s_.Get(*key.answer ? "true" : "false")));
    for (size_t k = 0; k < key.correct_choices.size(); ++k) {
      size_t c = key.correct_choices[k];
      answer = Join(answer, Text(std::string(k == 0 ? "" : "; ") + static_cast<char>('A' + c) + ") "));
      answer = Join(answer, ToSpans(q.choices[c]));
    }
    Para(answer, Role::kBody, 28);
    if (!key.explanation.empty()) Para(ToSpans(key.explanation, Face::kItalic), Role::kSmall, 28);
  }
}

void Guide::Module(size_t number, const resolve::Module& module) {
  const auto& part = module.participant;
  const auto& fac = module.facilitator;
  {
    auto marked = MarkLanguage(module.provenance);
    Add(Heading{1, Join(Text(fmt::format("{}. ", number), Face::kBold), ToSpans(part.title, Face::kBold)),
                "module-" + module.id, true});
  }
  std::string origin = module.origin == model::Origin::kUnspecified ? "" : " · " + s_.Get("origin_" + std::string(model::Name(module.origin)));
  Para(Text(Clock(module.start_minute, module.minutes) + " · " + Minutes(module.minutes) + origin), Role::kSmall);
  {
    auto marked = MarkLanguage(module.provenance);
    Blocks(part.summary);
  }
  if (!module.objectives.empty()) {
    LabelHeading(s_.Get("objectives_served"));
    for (const auto& id : module.objectives) {
      for (const auto& objective : p_.objectives) {
        if (objective.id == id) Para(ToSpans(objective.text), Role::kBody, 14, "•");
      }
    }
  }
  {
    auto marked = MarkLanguage(fac.provenance);
    if (!fac.summary.empty()) {
      LabelHeading(s_.Get("for_facilitators"));
      Blocks(fac.summary);
    }
    if (!fac.materials.empty()) {
      LabelHeading(s_.Get("materials"));
      for (const auto& item : fac.materials) Para(ToSpans(item), 14, Symbol::kCheckbox);
    }
    if (!fac.preparation.empty()) {
      LabelHeading(s_.Get("preparation"));
      Blocks(fac.preparation);
    }
  }
  for (const auto& step : fac.order) {
    std::visit(Overloaded{
                   [&](const resolve::SectionStep& s) {
                     const auto& section = part.sections[s.index];
                     {
                       auto marked = MarkLanguage(section.provenance);
                       Add(Heading{2, ToSpans(section.title, Face::kBold), "", false});
                       Blocks(section.blocks);
                     }
                     auto notes = fac.section_notes.find(section.id);
                     if (notes != fac.section_notes.end()) {
                       for (const auto& note : notes->second) Note(note);
                     }
                   },
                   [&](const resolve::TrainerSectionStep& t) {
                     const auto& section = fac.trainer_sections[t.index];
                     auto marked = MarkLanguage(section.provenance);
                     Add(Heading{2, ToSpans(section.title, Face::kBold), "", false});
                     Paragraph label;
                     label.spans = Text(s_.Get("for_facilitators"), Face::kBold);
                     label.callout = Callout::kNote;
                     label.keep_with_next = true;
                     Add(std::move(label));
                     Blocks(section.blocks, 0, Callout::kNote);
                     auto notes = fac.section_notes.find(section.id);
                     if (notes != fac.section_notes.end()) {
                       for (const auto& note : notes->second) Note(note);
                     }
                   },
                   [&](const resolve::ActivityStep& a) {
                     auto marked = MarkLanguage(part.activities[a.index].provenance);
                     Activity(part.activities[a.index], fac.activities[a.index]);
                   },
                   [&](const resolve::FacilitatorNote& note) { Note(note); },
               },
               step);
  }
  if (!part.key_messages.empty()) {
    LabelHeading(s_.Get("key_messages"));
    for (const auto& message : part.key_messages) {
      auto marked = MarkLanguage(message.provenance);
      Para(ToSpans(message.text, Face::kBold), Role::kBody, 14, "•");
    }
  }
  // What participants hold in this module: its handouts and the worksheets of its activities,
  // by the titles they carry in the participant handout.
  bool worksheets = std::any_of(part.activities.begin(), part.activities.end(),
                                [](const resolve::ParticipantActivity& a) { return a.worksheet.has_value(); });
  if (!part.handouts.empty() || worksheets) {
    LabelHeading(s_.Get("handouts"));
    for (const auto& handout : part.handouts) {
      auto marked = MarkLanguage(handout.provenance);
      Para(ToSpans(handout.title), Role::kBody, 14, "•");
    }
    for (const auto& activity : part.activities) {
      if (!activity.worksheet) continue;
      std::string title = render::PlainText(activity.worksheet->title.empty() ? activity.title : activity.worksheet->title);
      Para(Text(s_.Get("worksheet") + ": " + title), Role::kBody, 14, "•");
    }
  }
  AnswerKey(module);
}

void Guide::Facts() {
  Add(Heading{1, Text(s_.Get("facts"), Face::kBold), "facts", true});
  if (p_.facts.empty()) {
    Para(Text(s_.Get("no_facts")));
  } else {
    Para(Text(s_.Get("facts_intro")));
    pdf::Table table;
    table.widths = {2.2, 3, 3.1, 1.5};
    table.header = {{Text(s_.Get("facts"))}, {Text(s_.Get("fact_value"))}, {Text(s_.Get("source"))}, {Text(s_.Get("checked_column"))}};
    for (const resolve::Fact* entry : FactsInCardOrder()) {
      const resolve::Fact& fact = *entry;
      if (!ShownToParticipants(p_, fact)) continue;
      Spans value = ToSpans(fact.value);
      Spans source = Text(fact.source + " (" + SourceDate(fact) + ")");
      if (!fact.source_url.empty()) source.push_back({" " + fact.source_url, Face::kRegular, fact.source_url});
      table.rows.push_back({{FactLabel(fact)}, {value}, {source},
                            {Text(CheckText(fact), fact.OnRecheckList() ? Face::kBold : Face::kRegular)}});
    }
    Add(std::move(table));
  }
  std::string left_out;
  for (const auto& [key, count] : p_.left_out) {
    auto label = p_.fact_labels.find(key);
    left_out += (left_out.empty() ? "" : "; ") + (label == p_.fact_labels.end() ? key : render::PlainText(label->second));
  }
  if (!left_out.empty() && !p_.country.empty()) Para(Text(s_.Format("left_out", {{"facts", left_out}})), Role::kSmall);
  RecheckList();
}

// Every fact to check before anything is printed: numbers nobody has checked, checks past
// their kind's limit, what the adaptation says is left to check, and facts it withholds.
void Guide::RecheckList() {
  Add(Heading{1, Text(s_.Get("check_before_printing"), Face::kBold), "check", false});
  bool any = false;
  auto intro = [&] {
    if (!any) Para(Text(s_.Get("check_before_printing_intro")), Role::kBody, 0, "", Callout::kSafety);
    any = true;
  };
  FactsToRecheck list = writers::RecheckList(p_);
  for (const resolve::Fact* entry : list.facts) {
    const resolve::Fact& fact = *entry;
    intro();
    Spans spans = FactLabel(fact, Face::kBold);
    spans.push_back({": ", Face::kBold, ""});
    for (auto& span : ToSpans(fact.value)) spans.push_back(span);
    std::string detail = " — " + CheckText(fact) + "; " + s_.Get("source") + ": " + fact.source + " (" +
                         SourceDate(fact) + ")";
    if (!fact.to_check.empty()) detail += ". " + fact.to_check;
    spans.push_back({detail, Face::kRegular, ""});
    Para(spans, 14, Symbol::kCheckbox, Callout::kSafety);
  }
  for (const resolve::WithheldFact* entry : list.withheld) {
    const resolve::WithheldFact& withheld = *entry;
    intro();
    Spans spans = ToSpans(withheld.label, Face::kBold);
    spans.push_back({": ", Face::kBold, ""});
    spans.push_back({s_.Format("withheld_fact", {{"note", withheld.note}}), Face::kRegular, ""});
    Para(spans, 14, Symbol::kCheckbox, Callout::kSafety);
  }
  if (!any) Para(Text(p_.facts.empty() ? s_.Get("no_facts") : s_.Get("nothing_to_check")));
}

// The country's facts in the order the curriculum declares them: the trafficking hotline first.
std::vector<const resolve::Fact*> Guide::FactsInCardOrder() const {
  std::vector<const resolve::Fact*> facts;
  for (const auto& [key, fact] : p_.facts) facts.push_back(&fact);
  std::sort(facts.begin(), facts.end(), [](const auto* a, const auto* b) { return a->order < b->order; });
  return facts;
}

// "source dated 2017", or "undated source" when the source gives no date.
std::string Guide::SourceDate(const resolve::Fact& fact) const {
  if (IsUndated(fact.source_date)) return s_.Get("source_undated");
  return s_.Format("source_dated", {{"date", fact.source_date.text}});
}

std::string Guide::CheckText(const resolve::Fact& fact) const {
  switch (fact.freshness.state) {
    case model::CheckState::kChecked:
      return s_.Format("checked_on", {{"date", fact.checked->date.ToString()}}) + " (" + fact.checked->how + ")";
    case model::CheckState::kNoCheckNeeded:
      return s_.Get("no_check_needed");
    case model::CheckState::kCheckOutdated:
      return s_.Format("check_outdated", {{"date", fact.checked->date.ToString()}});
    case model::CheckState::kNeverChecked:
      return s_.Get("not_yet_checked");
  }
  return "";
}

void Guide::Glossary() {
  if (p_.glossary.empty()) return;
  Add(Heading{1, Text(s_.Get("glossary"), Face::kBold), "glossary", true});
  for (const auto& term : p_.glossary) {
    Spans spans = ToSpans(term.name, Face::kBold);
    spans.push_back({": ", Face::kBold, ""});
    for (auto& span : ToSpans(term.definition)) spans.push_back(span);
    Para(spans);
  }
}

void Guide::Sources() {
  Add(Heading{1, Text(s_.Get("sources"), Face::kBold), "sources", true});
  for (const auto& source : p_.sources) {
    Spans spans = ToSpans(source.title);
    if (!source.url.empty()) spans.push_back({" " + source.url, Face::kRegular, source.url});
    Para(spans, Role::kBody, 14, "•");
  }
  Add(Heading{2, Text(s_.Get("licence"), Face::kBold), "", false});
  Spans licence = ToSpans(p_.license.text);
  if (!p_.license.href.empty()) licence.push_back({" " + p_.license.href, Face::kRegular, p_.license.href});
  Para(licence);
  if (!p_.authors.empty()) {
    std::string authors;
    for (const auto& a : p_.authors) authors += (authors.empty() ? "" : ", ") + a;
    Para(Text(s_.Get("authors") + ": " + authors), Role::kSmall);
  }
}

Flow Guide::Build() {
  contents_.push_back({s_.Get("about"), "about"});
  contents_.push_back({s_.Get("agenda"), "agenda"});
  for (size_t i = 0; i < p_.modules.size(); ++i) {
    contents_.push_back({fmt::format("{}. {}", i + 1, render::PlainText(p_.modules[i].participant.title)), "module-" + p_.modules[i].id});
  }
  contents_.push_back({s_.Get("facts"), "facts"});
  contents_.push_back({s_.Get("check_before_printing"), "check"});
  if (!p_.glossary.empty()) contents_.push_back({s_.Get("glossary"), "glossary"});
  contents_.push_back({s_.Get("sources"), "sources"});

  Cover();
  About();
  Contents();
  Agenda();
  for (size_t i = 0; i < p_.modules.size(); ++i) Module(i + 1, p_.modules[i]);
  Facts();
  Glossary();
  Sources();
  return std::move(flow_);
}

}  // namespace

Flow BuildGuide(const GuideInput& input) { return Guide(input).Build(); }

std::vector<std::string> GuideHeader(const ResolvedProgram& program, const UiStrings& strings) {
  return {render::PlainText(program.title), program.country.empty() ? strings.Get("international") : program.country_name,
          render::PlainText(program.audience_name)};
}

}  // namespace trainkit::writers::pdf
