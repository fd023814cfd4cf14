#include "trainkit/preview/program_html.h"

#include <fmt/format.h>

#include "trainkit/base/overloaded.h"
#include "trainkit/model/names.h"
#include "trainkit/writers/dump_writer.h"
#include "trainkit/writers/help_contacts.h"

namespace trainkit::preview {
namespace {

using render::html::ContentHtml;
using render::html::HtmlWriter;

// What both views share: the writer, the content blocks, the interface words.
class View {
 public:
  View(const resolve::ProgramDescription& program, const writers::UiStrings& strings,
       const render::html::ImagePath& image_path)
      : p_(program), s_(strings), content_(html_, image_path) {
    content_.SetFactNote([this](const std::string& key) { return writers::UncheckedNumberNote(p_, key, s_); });
  }

 protected:
  void Header(std::string_view kind) {
    html_.Start("header");
    html_.TextElement("p", kind, {{"class", "kind"}});
    content_.InlineElement("h1", p_.title);
    html_.Start("p", {{"class", "program"}});
    std::string where = p_.country.empty() ? s_.Get("international") : p_.country_name;
    html_.Text(fmt::format("{} · ", where));
    content_.Inlines(p_.audience_name);
    html_.Text(" · ");
    content_.Inlines(p_.track_title);
    html_.End();
    html_.End();
  }
  void HelpLines() {
    html_.Start("section", {{"class", "help"}, {"aria-labelledby", "help-title"}});
    html_.TextElement("h2", s_.Get("where_to_get_help"), {{"id", "help-title"}});
    std::vector<writers::HelpContact> contacts = writers::HelpContacts(p_);
    if (contacts.empty()) html_.TextElement("p", s_.Get(writers::NoContactsKey(p_)));
    html_.Start("ul");
    for (const auto& contact : contacts) {
      html_.Start("li");
      content_.InlineElement("strong", *contact.label);
      html_.Text(": ");
      if (!contact.fact) {
        html_.Text(s_.Get(writers::AskForNumberKey(p_)));
      } else {
        content_.Inlines(contact.fact->value);
        std::string note = writers::CheckNote(*contact.fact, s_);
        if (!note.empty()) html_.Text(fmt::format(" ({})", note));
      }
      html_.End();
    }
    html_.End();
    html_.End();
  }
  void KeyMessages(const std::vector<resolve::KeyMessage>& messages) {
    if (messages.empty()) return;
    html_.Start("section", {{"class", "key-messages"}});
    html_.TextElement("h3", s_.Get("key_messages"));
    std::vector<const model::Inlines*> items;
    for (const auto& message : messages) items.push_back(&message.text);
    content_.InlineList(items);
    html_.End();
  }
  void Glossary() {
    if (p_.glossary.empty()) return;
    html_.Start("section", {{"class", "glossary"}});
    html_.TextElement("h2", s_.Get("glossary"));
    html_.Start("dl");
    for (const auto& term : p_.glossary) {
      content_.InlineElement("dt", term.name);
      content_.InlineElement("dd", term.definition);
    }
    html_.End();
    html_.End();
  }
  std::string Finish() { return html_.Finish(); }

  const resolve::ProgramDescription& p_;
  const writers::UiStrings& s_;
  HtmlWriter html_;
  ContentHtml content_;
};

class ParticipantView : public View {
 public:
  ParticipantView(const resolve::ParticipantProgram& program, const writers::UiStrings& strings,
                  const render::html::ImagePath& image_path)
      : View(program, strings, image_path), program_(program) {}

  std::string Run() {
    html_.Start("article", {{"class", "view participant"}, {"lang", p_.language}});
    Header(s_.Get("participant_handout"));
    content_.Blocks(p_.summary, 3);
    HelpLines();
    for (const auto& module : program_.modules) Module(module);
    Glossary();
    return Finish();
  }

 private:
  void Module(const resolve::ModuleForParticipants& module) {
    const resolve::ParticipantModule& m = module.participant;
    html_.Start("section", {{"class", "module"}, {"id", "m-" + module.id}});
    content_.InlineElement("h2", m.title);
    content_.Blocks(m.summary, 3);
    for (const auto& section : m.sections) {
      content_.Section(section.title, section.blocks, 3, {{"id", "s-" + section.id}});
    }
    for (const auto& activity : m.activities) {
      if (!activity.worksheet) continue;
      const model::Inlines& title = activity.worksheet->title.empty() ? activity.title : activity.worksheet->title;
      html_.Start("section", {{"class", "worksheet"}, {"id", "a-" + activity.id}});
      html_.Start("h3");
      html_.Text(s_.Get("worksheet") + ": ");
      content_.Inlines(title);
      html_.End();
      content_.Blocks(activity.worksheet->blocks, 4);
      html_.End();
    }
    KeyMessages(m.key_messages);
    for (const auto& handout : m.handouts) {
      content_.Section(handout.title, handout.blocks, 3, {{"id", "h-" + handout.id}, {"class", "handout"}});
    }
    Questions(m.questions);
    html_.End();
  }
  // As a participant meets them: the question and its choices, no mark of the right one.
  void Questions(const std::vector<resolve::Question>& questions) {
    if (questions.empty()) return;
    html_.Start("section", {{"class", "questions"}});
    html_.TextElement("h3", s_.Get("knowledge_check"));
    html_.Start("ol");
    for (const auto& question : questions) {
      html_.Start("li", {{"id", "q-" + question.id}});
      content_.InlineElement("p", question.question);
      if (question.type == model::ItemType::kTrueFalse) {
        html_.Start("ul", {{"class", "choices"}});
        html_.TextElement("li", s_.Get("true"));
        html_.TextElement("li", s_.Get("false"));
        html_.End();
      } else {
        std::vector<const model::Inlines*> choices;
        for (const auto& choice : question.choices) choices.push_back(&choice);
        content_.InlineList(choices, {{"class", "choices"}});
      }
      html_.End();
    }
    html_.End();
    html_.End();
  }

  const resolve::ParticipantProgram& program_;
};

class FacilitatorView : public View {
 public:
  FacilitatorView(const resolve::ResolvedProgram& program, const writers::UiStrings& strings,
                  const render::html::ImagePath& image_path)
      : View(program, strings, image_path), program_(program) {}

  std::string Run() {
    html_.Start("article", {{"class", "view facilitator"}, {"lang", p_.language}});
    Header(s_.Get("facilitator_guide"));
    content_.Blocks(p_.summary, 3);
    content_.Blocks(program_.facilitator_summary, 3);
    Agenda();
    for (const auto& module : program_.modules) Module(module);
    FactsToCheck();
    Glossary();
    return Finish();
  }

 private:
  void Agenda() {
    html_.Start("section", {{"class", "agenda"}});
    html_.TextElement("h2", s_.Get("agenda"));
    html_.Start("table");
    html_.Start("thead");
    html_.Start("tr");
    for (const char* key : {"time", "module", "minutes"}) html_.TextElement("th", s_.Get(key), {{"scope", "col"}});
    html_.End();
    html_.End();
    html_.Start("tbody");
    for (const auto& entry : p_.agenda) {
      html_.Start("tr");
      html_.TextElement("td", writers::ClockTime(entry.start_minute));
      html_.Start("td");
      std::visit(Overloaded{
                     [&](const resolve::AgendaModule& m) { content_.Inlines(program_.modules[m.module].participant.title); },
                     [&](const resolve::AgendaBreak& b) { content_.Inlines(b.label); },
                 },
                 entry.what);
      html_.End();
      html_.TextElement("td", std::to_string(entry.minutes));
      html_.End();
    }
    html_.End();
    html_.End();
    html_.TextElement("p", s_.Format("budget", {{"budget", std::to_string(p_.budget_minutes)},
                                                {"total", std::to_string(p_.end_minute - p_.start_minute)}}));
    html_.End();
  }
  void Notes(const std::vector<resolve::FacilitatorNote>& notes) {
    for (const auto& note : notes) Note(note);
  }
  void Note(const resolve::FacilitatorNote& note) {
    html_.Start("aside", {{"class", note.safety ? "note safety" : "note facilitator"}, {"role", "note"}});
    html_.TextElement("p", s_.Get(note.safety ? "safety_note" : "facilitator_note"), {{"class", "note-title"}});
    content_.Blocks(note.content, 4);
    html_.End();
  }
  void InlineItems(std::string_view heading_key, const std::vector<model::Inlines>& items, std::string_view tag = "ul") {
    if (items.empty()) return;
    html_.TextElement("h4", s_.Get(heading_key));
    html_.Start(tag);
    for (const auto& item : items) content_.InlineElement("li", item);
    html_.End();
  }
  void Activity(const resolve::ParticipantActivity& activity, const resolve::ActivityGuide& guide) {
    html_.Start("section", {{"class", "activity"}, {"id", "a-" + activity.id}});
    html_.Start("h3");
    html_.Text(s_.Get("activity") + ": ");
    content_.Inlines(activity.title);
    html_.End();
    html_.TextElement("p", fmt::format("{} · {} · {}", writers::ClockTime(guide.start_minute),
                                       s_.Format("minutes_long", {{"minutes", std::to_string(guide.minutes)}}),
                                       s_.Get(fmt::format("method.{}", model::Name(guide.method)))),
                      {{"class", "timing"}});
    content_.InlineElement("p", activity.purpose);
    InlineItems("materials", guide.materials);
    if (!guide.steps.empty()) {
      html_.TextElement("h4", s_.Get("steps"));
      html_.Start("ol");
      for (const auto& step : guide.steps) {
        html_.Start("li");
        html_.TextElement("span", writers::ClockTime(step.start_minute) + " ", {{"class", "clock"}});
        content_.Inlines(step.text);
        html_.End();
      }
      html_.End();
    }
    InlineItems("debrief", guide.debrief);
    Notes(guide.notes);
    html_.End();
  }
  void Module(const resolve::Module& module) {
    const resolve::ParticipantModule& m = module.participant;
    const resolve::FacilitatorModule& f = module.facilitator;
    html_.Start("section", {{"class", "module"}, {"id", "m-" + module.id}});
    content_.InlineElement("h2", m.title);
    html_.TextElement("p", fmt::format("{} · {}", writers::ClockTime(module.start_minute),
                                       s_.Format("minutes_long", {{"minutes", std::to_string(module.minutes)}})),
                      {{"class", "timing"}});
    content_.Blocks(m.summary, 3);
    content_.Blocks(f.summary, 3);
    InlineItems("materials", f.materials);
    if (!f.preparation.empty()) {
      html_.TextElement("h3", s_.Get("preparation"));
      content_.Blocks(f.preparation, 4);
    }
    for (const auto& step : f.order) {
      std::visit(Overloaded{
                     [&](const resolve::SectionStep& s) {
                       const auto& section = m.sections[s.index];
                       html_.Start("section", {{"id", "s-" + section.id}});
                       content_.InlineElement("h3", section.title);
                       content_.Blocks(section.blocks, 4);
                       auto notes = f.section_notes.find(section.id);
                       if (notes != f.section_notes.end()) Notes(notes->second);
                       html_.End();
                     },
                     [&](const resolve::ActivityStep& a) { Activity(m.activities[a.index], f.activities[a.index]); },
                     [&](const resolve::TrainerSectionStep& t) {
                       const auto& section = f.trainer_sections[t.index];
                       content_.Section(section.title, section.blocks, 3,
                                        {{"id", "s-" + section.id}, {"class", "for-facilitators"}});
                     },
                     [&](const resolve::FacilitatorNote& note) { Note(note); },
                 },
                 step);
    }
    KeyMessages(m.key_messages);
    AnswerKey(m.questions, f.answers);
    html_.End();
  }
  void AnswerKey(const std::vector<resolve::Question>& questions, const std::vector<resolve::AnswerKey>& answers) {
    if (questions.empty()) return;
    html_.Start("section", {{"class", "answer-key"}});
    html_.TextElement("h3", s_.Get("answer_key"));
    html_.Start("ol");
    for (size_t i = 0; i < questions.size() && i < answers.size(); ++i) {
      const auto& question = questions[i];
      const auto& answer = answers[i];
      html_.Start("li", {{"id", "q-" + question.id}});
      content_.InlineElement("p", question.question);
      html_.Start("p");
      html_.TextElement("strong", s_.Get("correct") + ": ");
      if (answer.answer) {
        html_.Text(s_.Get(*answer.answer ? "true" : "false"));
      } else {
        bool first = true;
        for (size_t choice : answer.correct_choices) {
          if (choice >= question.choices.size()) continue;
          if (!first) html_.Text("; ");
          first = false;
          content_.Inlines(question.choices[choice]);
        }
      }
      html_.End();
      content_.InlineElement("p", answer.explanation);
      html_.End();
    }
    html_.End();
    html_.End();
  }
  // The guide's "check before you print" list.
  void FactsToCheck() {
    writers::FactsToRecheck list = writers::RecheckList(p_);
    if (list.facts.empty() && list.withheld.empty()) return;
    html_.Start("section", {{"class", "check-before-printing"}});
    html_.TextElement("h2", s_.Get("check_before_printing"));
    html_.Start("ul");
    for (const auto* fact : list.facts) {
      html_.Start("li");
      content_.InlineElement("strong", fact->label);
      html_.Text(": ");
      content_.Inlines(fact->value);
      std::string note = writers::CheckNote(*fact, s_);
      if (!note.empty()) html_.Text(fmt::format(" ({})", note));
      if (!fact->to_check.empty()) html_.Text(fmt::format(". {}", fact->to_check));
      html_.End();
    }
    for (const auto* fact : list.withheld) {
      html_.Start("li");
      content_.InlineElement("strong", fact->label);
      html_.Text(": " + s_.Format("withheld_fact", {{"note", fact->note}}));
      html_.End();
    }
    html_.End();
    html_.End();
  }

  const resolve::ResolvedProgram& program_;
};

}  // namespace

std::string ParticipantHtml(const resolve::ParticipantProgram& program, const writers::UiStrings& strings,
                            const render::html::ImagePath& image_path) {
  return ParticipantView(program, strings, image_path).Run();
}

std::string FacilitatorHtml(const resolve::ResolvedProgram& program, const writers::UiStrings& strings,
                            const render::html::ImagePath& image_path) {
  return FacilitatorView(program, strings, image_path).Run();
}

}  // namespace trainkit::preview
