#include "trainkit/writers/pdf/forms_content.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "trainkit/render/plain_text.h"
#include "trainkit/writers/pdf/flow_builder.h"

namespace trainkit::writers::pdf {
namespace {

const std::map<std::string, double> kNoImages;

class Form : FlowBuilder {
 public:
  Form(const resolve::ProgramDescription& program, const UiStrings& strings,
       const std::map<std::string, double>& image_aspects = kNoImages)
      : FlowBuilder(program, image_aspects, true), s_(strings) {}

  Flow Attendance(const std::vector<reader::Participant>& participants);
  Flow Certificates(const resolve::ParticipantProgram& program, const std::vector<reader::Participant>& participants,
                    const Flow& masthead);
  Flow AnswerSheet(const resolve::ParticipantProgram& program, model::ItemUse use);
  Flow ScoringKey(const resolve::ResolvedProgram& program);
  Flow Evaluation(const resolve::ParticipantProgram& program);

 private:

  // The form's title, the program's title and who it is for.
  void Title(const std::string& title) {
    Para(Text(title, Face::kBold), Role::kTitle);
    Add(Spacer{6});
    Para(Join(ToSpans(program_.title, Face::kBold), Text(" · " + render::PlainText(program_.audience_name))),
         Role::kSubtitle);
    Add(Spacer{12});
  }
  // "Label:" with a line to write on.
  void FillIn(const std::string& label) {
    Para(Text(label + ":", Face::kBold));
    std::get<Paragraph>(flow_.back()).keep_with_next = true;
    Add(WritingLines{1, 0});
  }

  const UiStrings& s_;
};

Flow Form::Attendance(const std::vector<reader::Participant>& participants) {
  Title(s_.Get("attendance_sheet"));
  for (const char* key : {"date", "place", "trainers"}) FillIn(s_.Get(key));
  Add(Spacer{12});
  Table table;
  table.widths = {0.5, 3.2, 2.6, 2.2};
  table.header = {{Text(s_.Get("number"))}, {Text(s_.Get("person_name"))}, {Text(s_.Get("organisation"))},
                  {Text(s_.Get("signature"))}};
  // Rows tall enough to write and sign in.
  table.row_lines = 2;
  size_t rows = participants.empty() ? 25 : participants.size() + 3;
  for (size_t row = 0; row < rows; ++row) {
    std::vector<TableCell> cells = {{Text(std::to_string(row + 1))}, {}, {}, {}};
    if (row < participants.size()) {
      cells[1].spans = Text(participants[row].name);
      cells[2].spans = Text(participants[row].organisation);
    }
    table.rows.push_back(std::move(cells));
  }
  Add(std::move(table));
  return std::move(flow_);
}

// The program's questions of one use (pre-test, post-test), in the program's order: as many
// in the answer sheet as in the scoring key, numbered alike.
template <typename Module>
std::vector<std::pair<const Module*, size_t>> QuestionsOf(const std::vector<Module>& modules, model::ItemUse use) {
  std::vector<std::pair<const Module*, size_t>> found;
  for (const Module& module : modules) {
    const auto& questions = module.participant.questions;
    for (size_t i = 0; i < questions.size(); ++i) {
      if (std::find(questions[i].uses.begin(), questions[i].uses.end(), use) != questions[i].uses.end()) {
        found.emplace_back(&module, i);
      }
    }
  }
  return found;
}

Flow Form::AnswerSheet(const resolve::ParticipantProgram& program, model::ItemUse use) {
  auto items = QuestionsOf(program.modules, use);
  Title(s_.Get(use == model::ItemUse::kPreTest ? "form_pre_test" : "form_post_test"));
  FillIn(s_.Get("person_name"));
  FillIn(s_.Get("date"));
  Para(Text(s_.Get("form_instructions"), Face::kItalic));
  for (size_t n = 0; n < items.size(); ++n) {
    const resolve::Question& question = items[n].first->participant.questions[items[n].second];
    auto marked = MarkLanguage(question.provenance);
    Paragraph label;
    label.spans = ToSpans(question.question, Face::kBold);
    label.indent = kNumberIndent;
    label.marker = fmt::format("{}.", n + 1);
    label.keep_with_next = true;
    Add(std::move(label));
    if (question.type == model::ItemType::kMultipleChoice) {
      Para(Text(s_.Get("select_all"), Face::kItalic), Role::kSmall, kNumberIndent);
      std::get<Paragraph>(flow_.back()).keep_with_next = true;
    }
    std::vector<Spans> choices;
    if (question.type == model::ItemType::kTrueFalse) {
      choices = {Text(s_.Get("true")), Text(s_.Get("false"))};
    } else {
      for (size_t c = 0; c < question.choices.size(); ++c) {
        choices.push_back(Join(Text(fmt::format("{}) ", static_cast<char>('A' + c))), ToSpans(question.choices[c])));
      }
    }
    for (size_t c = 0; c < choices.size(); ++c) {
      Para(choices[c], kNumberIndent + 16, Symbol::kCheckbox);
      if (c + 1 < choices.size()) std::get<Paragraph>(flow_.back()).keep_with_next = true;
    }
  }
  Add(Spacer{12});
  Para(Text(s_.Format("score_line", {{"count", std::to_string(items.size())}}), Face::kBold));
  return std::move(flow_);
}

Flow Form::Certificates(const resolve::ParticipantProgram& program,
                        const std::vector<reader::Participant>& participants, const Flow& masthead) {
  auto centred = [&](Spans spans, Role role) {
    Para(std::move(spans), role);
    std::get<Paragraph>(flow_.back()).centred = true;
  };
  int minutes = 0;  // of training: the modules', not the breaks'
  for (const resolve::AgendaEntry& entry : program.agenda) {
    if (std::holds_alternative<resolve::AgendaModule>(entry.what)) minutes += entry.minutes;
  }
  for (size_t i = 0; i < participants.size(); ++i) {
    if (i > 0) Add(PageBreak{});  // each certificate on a page of its own
    if (masthead.empty()) {
      Add(Spacer{60, true});
    } else {
      Add(Spacer{12, true});
      for (const FlowBlock& block : masthead) Add(block);
      Add(Spacer{24});
    }
    centred(Text(s_.Get("certificate_title"), Face::kBold), Role::kTitle);
    Add(Spacer{30});
    centred(Text(s_.Get("certificate_awarded_to")), Role::kBody);
    Add(Spacer{12});
    centred(Text(participants[i].name, Face::kBold), Role::kTitle);
    Add(Spacer{12});
    centred(Text(s_.Get("certificate_for")), Role::kBody);
    Add(Spacer{8});
    centred(ToSpans(program.title, Face::kBold), Role::kSubtitle);
    centred(Text(s_.Get("duration") + ": " + s_.Format("minutes_long", {{"minutes", std::to_string(minutes)}})),
            Role::kBody);
    Add(Spacer{40});
    for (const char* key : {"date", "place", "trainers"}) FillIn(s_.Get(key));
    Add(Spacer{24});
    FillIn(s_.Get("signature"));
    FillIn(s_.Get("signature"));
  }
  return std::move(flow_);
}

Flow Form::Evaluation(const resolve::ParticipantProgram& program) {
  for (const resolve::ModuleForParticipants& module : program.modules) {
    for (const resolve::Handout& handout : module.participant.handouts) {
      if (!handout.evaluation_form) continue;
      auto marked = MarkLanguage(handout.provenance);
      Add(Heading{1, ToSpans(handout.title, Face::kBold), "evaluation-" + handout.id, !flow_.empty()});
      Para(Join(ToSpans(program.title, Face::kBold), Text(" · " + render::PlainText(program.audience_name))),
           Role::kSmall);
      FillIn(s_.Get("date"));
      Blocks(handout.blocks);
    }
  }
  return std::move(flow_);
}

Flow Form::ScoringKey(const resolve::ResolvedProgram& program) {
  Title(s_.Get("scoring_key"));
  for (model::ItemUse use : {model::ItemUse::kPreTest, model::ItemUse::kPostTest}) {
    auto items = QuestionsOf(program.modules, use);
    if (items.empty()) continue;
    bool pre = use == model::ItemUse::kPreTest;
    Add(Heading{2, Text(s_.Get(pre ? "form_pre_test" : "form_post_test"), Face::kBold), "", false});
    std::string count = std::to_string(items.size());
    Para(Text(pre ? s_.Format("scoring_intro_pre", {{"count", count}})
                  : s_.Format("scoring_intro_post", {{"count", count}, {"pass_mark", std::to_string(program.pass_mark)}})));
    Table key;
    key.widths = {0.6, 1.6, 4.5};
    key.header = {{Text(s_.Get("number"))}, {Text(s_.Get("item_id"))}, {Text(s_.Get("correct"))}};
    for (size_t n = 0; n < items.size(); ++n) {
      const resolve::Module& module = *items[n].first;
      const resolve::Question& question = module.participant.questions[items[n].second];
      const resolve::AnswerKey& answer = module.facilitator.answers[items[n].second];
      Spans right;
      if (answer.answer) right = Text(s_.Get(*answer.answer ? "true" : "false"));
      for (size_t c : answer.correct_choices) {
        if (!right.empty()) right.push_back({"; ", Face::kRegular, ""});
        right = Join(right, Join(Text(fmt::format("{}) ", static_cast<char>('A' + c))), ToSpans(question.choices[c])));
      }
      key.rows.push_back({{Text(std::to_string(n + 1))}, {Text(question.id)}, {right}});
    }
    Add(std::move(key));
  }
  return std::move(flow_);
}

}  // namespace

Flow BuildAttendanceSheet(const resolve::ParticipantProgram& program, const std::vector<reader::Participant>& participants,
                          const UiStrings& strings) {
  return Form(program, strings).Attendance(participants);
}

Flow BuildCertificates(const resolve::ParticipantProgram& program, const std::vector<reader::Participant>& participants,
                       const UiStrings& strings, const Flow& masthead) {
  return Form(program, strings).Certificates(program, participants, masthead);
}

Flow BuildAnswerSheet(const resolve::ParticipantProgram& program, model::ItemUse use, const UiStrings& strings) {
  return Form(program, strings).AnswerSheet(program, use);
}

Flow BuildEvaluationForm(const resolve::ParticipantProgram& program, const UiStrings& strings,
                         const std::map<std::string, double>& image_aspects) {
  return Form(program, strings, image_aspects).Evaluation(program);
}

Flow BuildScoringKey(const resolve::ResolvedProgram& program, const UiStrings& strings) {
  return Form(program, strings).ScoringKey(program);
}

}  // namespace trainkit::writers::pdf
