#include "trainkit/writers/scorm/player_page.h"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "trainkit/base/sha256.h"
#include "trainkit/writers/help_contacts.h"
#include "trainkit/writers/scorm/brand_style.h"
#include "trainkit/render/html/content_html.h"
#include "trainkit/render/media_catalog.h"
#include "trainkit/render/program_goals.h"
#include "trainkit/render/text_language.h"
#include "trainkit/render/html/html_writer.h"
#include "trainkit/render/plain_text.h"

namespace trainkit::writers::scorm {
namespace {

using render::html::HtmlWriter;

using nlohmann::json;

// The UI words player.js shows (feedback, scores, the exit message), in the program's language.
constexpr const char* kScriptStrings[] = {
    "answer_correct", "answer_incorrect", "choose_answer", "answer_all",     "score",
    "passed",         "failed",           "exited",        "no_lms",         "correct",
    "page_of",        "visited",          "lms_error",      "exit_failed",    "your_answer",
    "passed_earlier", "assessment_changed", "attempts_left", "no_attempts_left", "answers_after_pass",
    "assessment_intro",
};

const char* RevealName(RevealAnswers reveal) {
  switch (reveal) {
    case RevealAnswers::kAfterAttempt: return "attempt";
    case RevealAnswers::kAfterPass: return "pass";
    case RevealAnswers::kNever: return "never";
  }
  return "attempt";
}


// The letter that stands for a choice, as SCORM 1.2 reports it (the schema allows 26).
std::string ChoiceLetter(size_t index) { return std::string(1, static_cast<char>('a' + index)); }

const char* ItemTypeName(model::ItemType type) {
  switch (type) {
    case model::ItemType::kSingleChoice: return "single";
    case model::ItemType::kMultipleChoice: return "multiple";
    case model::ItemType::kTrueFalse: return "true-false";
  }
  return "single";
}

// What a saved answer is checked against when the learner resumes, maybe in a changed package:
// the question's type and its choices. Rewording the question keeps her answer; changing a
// choice drops it.
std::string ChoicesFingerprint(const resolve::Question& question) {
  std::string all = ItemTypeName(question.type);
  for (const model::Inlines& choice : question.choices) all += "\n" + render::PlainText(choice);
  return Sha256Hex(all).substr(0, 4);
}

bool HasUse(const resolve::Question& question, model::ItemUse use) {
  for (model::ItemUse u : question.uses) {
    if (u == use) return true;
  }
  return false;
}

class Player {
 public:
  Player(const resolve::ParticipantProgram& program, const resolve::Assessment& assessment,
         const WriterContext& context, const UiStrings& strings, ScormVersion version, Diagnostics& diagnostics)
      : p_(program),
        scoring_(assessment),
        s_(strings),
        version_(version),
        options_(context.scorm),
        brand_(context.brand.get()),
        pass_mark_(PassMark(program, context.scorm)),
        media_catalog_(render::MediaCatalog::Load(program, context.load_media, {"the package", "shown"}, diagnostics)) {
    content_.SetFactNote([this](const std::string& key) { return UncheckedNumberNote(p_, key, s_); });
  }
  // Its content writer points at its own page writer: a copy would write into the original.
  Player(const Player&) = delete;
  Player& operator=(const Player&) = delete;

  PlayerPage Build(const std::vector<PackageFile>& player_files);

 private:
  // ----- content -----
  void Inlines(const model::Inlines& inlines) { content_.Inlines(inlines); }
  void InlineElement(std::string_view tag, const model::Inlines& inlines, const HtmlWriter::Attributes& attributes = {}) {
    content_.InlineElement(tag, inlines, attributes);
  }
  void InlineList(const std::vector<const model::Inlines*>& items, const HtmlWriter::Attributes& attributes = {}) {
    content_.InlineList(items, attributes);
  }
  void Blocks(const model::Blocks& blocks, int heading_level) { content_.Blocks(blocks, heading_level); }
  // Where the package holds an image, added to it on first use; empty when it is left out.
  std::string PackagePath(const model::Image& image);
  // A titled part of a module's page: its heading, then its blocks.
  void Part(const char* type, const model::Inlines& title, const model::Blocks& blocks,
            const resolve::Provenance& provenance);
  // `attributes` and, where the part is not in the program's language, its `lang`.
  HtmlWriter::Attributes WithLanguage(HtmlWriter::Attributes attributes, const resolve::Provenance& provenance) const {
    std::string language = render::LanguageToMark(p_, provenance);
    if (!language.empty()) attributes.push_back({"lang", language});
    return attributes;
  }
  // A word of the interface inside a part marked with another language: marked back.
  void UiText(const std::string& text, const resolve::Provenance& provenance);

  // ----- questions -----
  void Choices(const resolve::Question& question, const std::string& key);
  void Explanation(const resolve::QuestionScoring& answer, const resolve::Provenance& provenance);
  void KnowledgeCheck(const resolve::Question& question, const resolve::QuestionScoring& answer);
  void AssessmentQuestion(const resolve::Question& question, const resolve::QuestionScoring& answer, int number);
  void RecordQuestion(const std::string& key, const resolve::Question& question, const resolve::QuestionScoring& answer);

  // ----- pages -----
  // `language`: the title's, where it is not the program's.
  void StartPage(const std::string& id, const model::Inlines& title, bool required, const std::string& language = "");
  void StartPage(const std::string& id, const std::string& title, bool required);
  void EndPage() { html_.End(); }
  void Head();
  void Header();
  void Navigation();
  void HelpBox();
  void IntroPage();
  void ModulePage(const resolve::ModuleForParticipants& module);
  void AssessmentPage();
  void GlossaryPage();
  void Pager();
  void Footer(const std::string& content_version);
  // What player.js needs, but the content version, which is a digest of it.
  json CourseData() const;

  const resolve::QuestionScoring& Scoring(const resolve::Question& question) const {
    return scoring_.questions.at(question.id);
  }

  const resolve::ParticipantProgram& p_;
  const resolve::Assessment& scoring_;
  const UiStrings& s_;
  ScormVersion version_;
  ScormOptions options_;
  const model::Brand* brand_;  // the organisation's, or null
  int pass_mark_;  // the export's, else the curriculum's
  HtmlWriter html_;
  std::vector<PackageFile> media_;
  render::MediaCatalog media_catalog_;
  std::map<std::string, std::string> image_names_;  // curriculum path -> package path
  struct PageEntry {
    std::string id, title, language;  // the title as plain text, and its language where not the program's
  };
  std::vector<PageEntry> pages_;  // in order
  json pages_data_ = json::array();
  json questions_ = json::object();
  json assessment_ = json::array();
  json modules_ = json::array();  // each module's id and its questions in the final assessment
  render::html::ContentHtml content_{html_, [this](const model::Image& image) { return PackagePath(image); }};
};

// ----- content -----

void Player::Part(const char* type, const model::Inlines& title, const model::Blocks& blocks,
                  const resolve::Provenance& provenance) {
  content_.Section(title, blocks, 3, WithLanguage({{"class", type}}, provenance));
}

void Player::UiText(const std::string& text, const resolve::Provenance& provenance) {
  if (render::LanguageToMark(p_, provenance).empty()) {
    html_.Text(text);
  } else {
    html_.TextElement("span", text, {{"lang", p_.language}});
  }
}

std::string Player::PackagePath(const model::Image& image) {
  const std::string& source = image.source.id;
  const render::MediaFile* file = media_catalog_.Find(source);
  if (!file) return "";  // reported as W181 by the catalog
  auto name = image_names_.find(source);
  if (name == image_names_.end()) {
    std::string path = fmt::format("media/image{}.{}", media_.size() + 1, file->png ? "png" : "jpg");
    media_.push_back({path, file->bytes});
    name = image_names_.emplace(source, path).first;
  }
  return name->second;
}

// ----- questions -----

void Player::RecordQuestion(const std::string& key, const resolve::Question& question,
                            const resolve::QuestionScoring& answer) {
  json correct = json::array();
  if (question.type == model::ItemType::kTrueFalse) {
    correct.push_back(answer.answer.value_or(false) ? "true" : "false");
  } else {
    for (size_t index : answer.correct_choices) correct.push_back(ChoiceLetter(index));
  }
  questions_[key] = {{"item", question.id},
                     {"type", ItemTypeName(question.type)},
                     {"form", ChoicesFingerprint(question)},
                     {"correct", correct},
                     {"objectives", answer.objectives},
                     {"text", render::PlainText(question.question)}};
}

void Player::Choices(const resolve::Question& question, const std::string& key) {
  const bool multiple = question.type == model::ItemType::kMultipleChoice;
  if (multiple) html_.TextElement("p", s_.Get("select_all"), {{"class", "hint"}});
  auto choice = [&](const std::string& value, auto&& label) {
    std::string id = key + "-" + value;
    html_.Start("div", {{"class", "choice"}});
    html_.Void("input", {{"type", multiple ? "checkbox" : "radio"}, {"id", id}, {"name", key}, {"value", value}});
    html_.Start("label", WithLanguage({{"for", id}}, question.provenance));
    label();
    html_.End();
    html_.End();
  };
  if (question.type == model::ItemType::kTrueFalse) {
    choice("true", [&] { UiText(s_.Get("true"), question.provenance); });
    choice("false", [&] { UiText(s_.Get("false"), question.provenance); });
    return;
  }
  for (size_t i = 0; i < question.choices.size(); ++i) {
    choice(ChoiceLetter(i), [&] { Inlines(question.choices[i]); });
  }
}

// Why the answer is right, shown once the learner has answered.
void Player::Explanation(const resolve::QuestionScoring& answer, const resolve::Provenance& provenance) {
  html_.Start("div", WithLanguage({{"class", "explanation"}, {"hidden", "hidden"}}, provenance));
  InlineElement("p", answer.feedback);
  html_.End();
}

void Player::KnowledgeCheck(const resolve::Question& question, const resolve::QuestionScoring& answer) {
  std::string key = "check-" + question.id;
  RecordQuestion(key, question, answer);
  html_.Start("form", {{"class", "question check"}, {"data-question", key}, {"novalidate", "novalidate"}});
  html_.Start("fieldset");
  InlineElement("legend", question.question, WithLanguage({}, question.provenance));
  Choices(question, key);
  html_.End();
  html_.TextElement("button", s_.Get("check_answer"), {{"type", "submit"}});
  html_.TextElement("div", "", {{"class", "feedback"}, {"role", "status"}});
  Explanation(answer, question.provenance);
  html_.End();
}

void Player::AssessmentQuestion(const resolve::Question& question, const resolve::QuestionScoring& answer, int number) {
  std::string key = "final-" + question.id;
  RecordQuestion(key, question, answer);
  assessment_.push_back(key);
  html_.Start("fieldset", {{"class", "question"}, {"data-question", key}});
  html_.Start("legend", WithLanguage({}, question.provenance));
  html_.TextElement("span", fmt::format("{}. ", number), {{"class", "number"}});
  Inlines(question.question);
  html_.End();
  Choices(question, key);
  html_.TextElement("div", "", {{"class", "feedback"}});
  Explanation(answer, question.provenance);
  html_.End();
}

// ----- pages -----

void Player::StartPage(const std::string& id, const model::Inlines& title, bool required,
                       const std::string& language) {
  pages_.push_back({id, render::PlainText(title), language});  // the contents list: plain, as a link's text
  pages_data_.push_back({{"id", id}, {"required", required}});
  html_.Start("section", {{"class", "page"}, {"id", id}, {"aria-labelledby", id + "-title"}});
  // Focus moves to the heading when the page is shown, so a screen reader starts there.
  HtmlWriter::Attributes attributes = {{"id", id + "-title"}, {"tabindex", "-1"}};
  if (!language.empty()) attributes.push_back({"lang", language});
  InlineElement("h2", title, attributes);
}

void Player::StartPage(const std::string& id, const std::string& title, bool required) {
  StartPage(id, model::Inlines{{model::Text{title}, {}}}, required);
}

void Player::Head() {
  html_.Start("head");
  html_.Void("meta", {{"charset", "utf-8"}});
  html_.Void("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  html_.Void("meta", {{"name", "generator"}, {"content", "trainkit"}});
  html_.TextElement("title", render::PlainText(p_.title));
  html_.Void("link", {{"rel", "stylesheet"}, {"href", "player.css"}});
  if (brand_) html_.Void("link", {{"rel", "stylesheet"}, {"href", "brand.css"}});
  // An empty icon, so the browser asks no server for /favicon.ico.
  html_.Void("link", {{"rel", "icon"}, {"href", "data:,"}});
  html_.Start("script", {{"src", "runtime.js"}, {"defer", "defer"}});
  html_.End();
  html_.Start("script", {{"src", "progress.js"}, {"defer", "defer"}});
  html_.End();
  html_.Start("script", {{"src", "player.js"}, {"defer", "defer"}});
  html_.End();
  html_.End();
}

void Player::Header() {
  html_.TextElement("a", s_.Get("skip_to_content"), {{"class", "skip-link"}, {"href", "#main"}});
  html_.Start("header", {{"class", "course-header"}});
  if (brand_) {
    // The name is written beside the logo, so the logo itself says nothing more to a screen reader.
    html_.Start("p", {{"class", "course-brand"}});
    if (brand_->logo) html_.Void("img", {{"src", BrandLogoPath(*brand_->logo)}, {"alt", ""}});
    html_.TextElement("span", brand_->name);
    html_.End();
  }
  InlineElement("h1", p_.title);
  html_.Start("p", {{"class", "course-meta"}});
  // The audience only: a track's title names a classroom format ("One-day workshop"), which the
  // manifest's title keeps for the administrator's course list.
  Inlines(p_.audience_name);
  html_.End();
  html_.Start("div", {{"class", "header-actions"}});
  html_.TextElement("a", s_.Get("where_to_get_help"), {{"class", "help-link"}, {"href", "#help"}});
  html_.TextElement("button", s_.Get("save_and_exit"), {{"type", "button"}, {"class", "exit"}, {"hidden", "hidden"}});
  html_.End();
  // Focused when the learner has left the course, to say whether her progress was saved.
  html_.TextElement("p", "", {{"class", "status-notice"}, {"role", "status"}, {"tabindex", "-1"}});
  html_.End();
}

void Player::Navigation() {
  html_.Start("nav", {{"class", "contents"}, {"aria-label", s_.Get("contents")}});
  html_.TextElement("h2", s_.Get("contents"), {{"class", "contents-title"}});
  // On a phone the list folds away behind this button, so a page starts at its own heading.
  html_.TextElement("button", s_.Get("contents"),
                    {{"type", "button"}, {"class", "contents-toggle"}, {"aria-expanded", "false"},
                     {"aria-controls", "contents-list"}});
  html_.Start("ol", {{"id", "contents-list"}});
  for (const PageEntry& page : pages_) {
    html_.Start("li");
    HtmlWriter::Attributes attributes = {{"href", "#" + page.id}, {"data-page", page.id}};
    if (!page.language.empty()) attributes.push_back({"lang", page.language});
    html_.TextElement("a", page.title, attributes);
    html_.End();
  }
  html_.End();
  html_.End();
}

void Player::HelpBox() {
  html_.Start("aside", {{"class", "help"}, {"id", "help"}, {"aria-labelledby", "help-title"}});
  html_.TextElement("h3", s_.Get("where_to_get_help"), {{"id", "help-title"}, {"tabindex", "-1"}});
  std::vector<HelpContact> contacts = HelpContacts(p_);
  if (contacts.empty()) {
    html_.TextElement("p", s_.Get(NoContactsKey(p_)));
  } else {
    html_.Start("ul");
    for (const HelpContact& contact : contacts) {
      html_.Start("li");
      std::string language = render::LanguageToMark(p_, contact.label_translated);
      InlineElement("strong", *contact.label, language.empty() ? HtmlWriter::Attributes{} : HtmlWriter::Attributes{{"lang", language}});
      html_.Text(": ");
      const resolve::Fact* fact = contact.fact;
      if (!fact) {
        html_.Text(s_.Get(AskForNumberKey(p_)));
        html_.End();
        continue;
      }
      if (!fact->number.empty()) {
        // A tap on a phone dials the number.
        std::string dial;
        for (char c : fact->number) {
          if ((c >= '0' && c <= '9') || c == '+') dial += c;
        }
        html_.Start("a", {{"href", "tel:" + dial}});
        Inlines(fact->value);
        html_.End();
      } else {
        Inlines(fact->value);
      }
      std::string note = CheckNote(*fact, s_);
      if (!note.empty()) html_.TextElement("span", " (" + note + ")", {{"class", "checked"}});
      html_.End();
    }
    html_.End();
  }
  html_.End();
}

void Player::IntroPage() {
  StartPage("page-intro", s_.Get("introduction"), true);
  Blocks(p_.summary, 3);
  // What this program teaches, not every goal of the curriculum.
  std::vector<render::TaughtGoal> taught = render::GoalsTaught(p_);
  if (!taught.empty()) {
    html_.TextElement("h3", s_.Get("goals"));
    html_.Start("ul", {{"class", "goals"}});
    for (const render::TaughtGoal& goal : taught) {
      html_.Start("li");
      Inlines(goal.goal->text);
      std::vector<const model::Inlines*> objectives;
      for (const resolve::Objective* objective : goal.objectives) objectives.push_back(&objective->text);
      if (!objectives.empty()) InlineList(objectives, {{"class", "objectives"}});
      html_.End();
    }
    html_.End();
  }
  HelpBox();
  EndPage();
}

void Player::ModulePage(const resolve::ModuleForParticipants& module) {
  const resolve::ParticipantModule& m = module.participant;
  const std::string language = render::LanguageToMark(p_, module.provenance);
  StartPage("page-" + module.id, m.title, true, language);
  // A learner alone has nobody to notice that a page is hard for her: each module says she
  // may stop, and where help is.
  html_.Start("p", {{"class", "care-note"}});
  html_.Text(s_.Get("care_note") + " ");
  html_.TextElement("a", s_.Get("where_to_get_help"), {{"href", "#help"}});
  html_.End();
  modules_.push_back({{"id", module.id}, {"questions", json::array()}});
  if (language.empty()) {
    Blocks(m.summary, 3);
  } else {
    html_.Start("div", {{"lang", language}});
    Blocks(m.summary, 3);
    html_.End();
  }
  if (!module.objectives.empty()) {
    html_.TextElement("h3", s_.Get("objectives"));
    std::vector<const model::Inlines*> objectives;
    for (const std::string& id : module.objectives) {
      for (const auto& objective : p_.objectives) {
        if (objective.id == id) objectives.push_back(&objective.text);
      }
    }
    InlineList(objectives, {{"class", "objectives"}});
  }
  for (const auto& section : m.sections) Part("part", section.title, section.blocks, section.provenance);
  for (const auto& activity : m.activities) {
    // What happens in an activity is the facilitator's to run; a learner gets its purpose and
    // worksheet. With neither, there is nothing for her but a heading.
    if (activity.purpose.empty() && !activity.worksheet) continue;
    html_.Start("section", WithLanguage({{"class", "part activity"}}, activity.provenance));
    html_.Start("h3");
    UiText(s_.Get("activity") + ": ", activity.provenance);
    Inlines(activity.title);
    html_.End();
    if (!activity.purpose.empty()) InlineElement("p", activity.purpose);
    if (activity.worksheet) {
      html_.Start("h4");
      UiText(s_.Get("worksheet") + ": ", activity.provenance);
      Inlines(activity.worksheet->title.empty() ? activity.title : activity.worksheet->title);
      html_.End();
      Blocks(activity.worksheet->blocks, 5);
    }
    html_.End();
  }
  if (!m.key_messages.empty()) {
    html_.Start("section", {{"class", "part key-messages"}});
    html_.TextElement("h3", s_.Get("key_messages"));
    html_.Start("ul");
    for (const auto& message : m.key_messages) InlineElement("li", message.text, WithLanguage({}, message.provenance));
    html_.End();
    html_.End();
  }
  for (const auto& handout : m.handouts) Part("part handout", handout.title, handout.blocks, handout.provenance);
  bool heading = false;
  for (size_t i = 0; i < m.questions.size(); ++i) {
    if (!HasUse(m.questions[i], model::ItemUse::kCheck)) continue;
    if (!heading) {
      html_.TextElement("h3", s_.Get("knowledge_check"));
      heading = true;
    }
    KnowledgeCheck(m.questions[i], Scoring(m.questions[i]));
  }
  EndPage();
}

void Player::AssessmentPage() {
  int count = 0;
  for (const auto& module : p_.modules) {
    for (const auto& question : module.participant.questions) count += HasUse(question, model::ItemUse::kPostTest);
  }
  if (count == 0) return;
  StartPage("page-assessment", s_.Get("final_assessment"), true);
  html_.TextElement("p",
                    s_.Format("assessment_intro", {{"count", std::to_string(count)}, {"pass_mark", std::to_string(pass_mark_)}}),
                    {{"class", "assessment-intro"}});
  html_.Start("form", {{"class", "assessment"}, {"novalidate", "novalidate"}});
  int number = 0;
  for (size_t m = 0; m < p_.modules.size(); ++m) {
    const auto& questions = p_.modules[m].participant.questions;
    for (size_t i = 0; i < questions.size(); ++i) {
      if (HasUse(questions[i], model::ItemUse::kPostTest)) {
        AssessmentQuestion(questions[i], Scoring(questions[i]), ++number);
        modules_[m]["questions"].push_back("final-" + questions[i].id);  // one entry per module, in order
      }
    }
  }
  html_.TextElement("button", s_.Get("submit_answers"), {{"type", "submit"}, {"class", "submit"}});
  html_.TextElement("div", "", {{"class", "result"}, {"role", "status"}, {"tabindex", "-1"}});
  html_.TextElement("button", s_.Get("try_again"), {{"type", "button"}, {"class", "retry"}, {"hidden", "hidden"}});
  html_.End();
  EndPage();
}

void Player::GlossaryPage() {
  if (p_.glossary.empty()) return;
  StartPage("page-glossary", s_.Get("glossary"), false);
  html_.Start("dl", {{"class", "glossary"}});
  for (const auto& term : p_.glossary) {
    InlineElement("dt", term.name);
    InlineElement("dd", term.definition);
  }
  html_.End();
  EndPage();
}

void Player::Pager() {
  html_.Start("nav", {{"class", "pager"}, {"aria-label", s_.Get("pages")}, {"hidden", "hidden"}});
  html_.TextElement("button", s_.Get("previous"), {{"type", "button"}, {"class", "previous"}});
  html_.TextElement("p", "", {{"class", "progress"}});
  html_.TextElement("button", s_.Get("next"), {{"type", "button"}, {"class", "next"}});
  html_.End();
}

void Player::Footer(const std::string& content_version) {
  html_.Start("footer", {{"class", "course-footer"}});
  html_.TextElement("p", s_.Format("version", {{"version", content_version}, {"date", p_.date.ToString()}}) + " · " +
                             s_.Format("generated_from", {{"id", p_.curriculum_id}}));
  if (!p_.license.text.empty()) {
    html_.Start("p");
    html_.Text(s_.Get("licence") + ": ");
    // The licence is named as the curriculum states it, in its language.
    HtmlWriter::Attributes attributes;
    if (!p_.license.href.empty()) {
      attributes = {{"href", p_.license.href}, {"target", "_blank"}, {"rel", "noopener noreferrer"}};
    }
    std::string language = render::SourceLanguageToMark(p_);
    if (!language.empty()) attributes.push_back({"lang", language});
    InlineElement(p_.license.href.empty() ? "span" : "a", p_.license.text, attributes);
    html_.End();
  }
  html_.End();
}

json Player::CourseData() const {
  json strings = json::object();
  for (const char* key : kScriptStrings) strings[key] = s_.Get(key);
  return {
      {"scorm", version_ == ScormVersion::k12 ? "1.2" : "2004"},
      {"passMark", assessment_.empty() ? json(nullptr) : json(pass_mark_)},
      {"reveal", RevealName(options_.reveal_answers)},
      {"attempts", options_.max_attempts > 0 ? json(options_.max_attempts) : json(nullptr)},
      {"pages", pages_data_},
      {"modules", modules_},
      {"questions", questions_},
      {"assessment", assessment_},
      {"strings", strings},
  };
}

// JSON inside <script>: "</" could end the element early; JSON allows "<\/" for it.
std::string ScriptJson(const json& data) {
  std::string text = data.dump();
  std::string safe;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '<' && i + 1 < text.size() && text[i + 1] == '/') {
      safe += "<\\";
    } else {
      safe += text[i];
    }
  }
  return safe;
}

PlayerPage Player::Build(const std::vector<PackageFile>& player_files) {
  // The pages go first into their own writer: the navigation that precedes them lists them.
  IntroPage();
  for (const auto& module : p_.modules) ModulePage(module);
  AssessmentPage();
  GlossaryPage();
  std::string pages = html_.Finish();

  html_ = HtmlWriter();
  Header();
  html_.Start("div", {{"class", "layout"}});
  Navigation();
  html_.Start("main", {{"id", "main"}, {"tabindex", "-1"}});
  html_.Raw(pages);
  Pager();
  html_.End();
  html_.End();
  std::string body = html_.Finish();

  // Everything the browser gets but the two places that print the version: the footer goes in
  // without it.
  html_ = HtmlWriter();
  Footer("");
  const std::string footer = html_.Finish();
  json data = CourseData();
  PackageFile content{"index.html", body + footer + ScriptJson(data)};
  std::vector<const PackageFile*> files = {&content};
  for (const PackageFile& file : media_) files.push_back(&file);
  for (const PackageFile& file : player_files) files.push_back(&file);
  PlayerPage page;
  page.content_version = ContentVersion(p_.version, files);
  data["version"] = page.content_version;

  html_ = HtmlWriter();
  html_.Start("html", {{"lang", p_.language}});
  Head();
  html_.Start("body");
  html_.Raw(body);
  Footer(page.content_version);
  html_.Start("script", {{"type", "application/json"}, {"id", "trainkit-course"}});
  html_.Raw(ScriptJson(data));
  html_.End();
  page.html = "<!DOCTYPE html>\n" + html_.Finish();
  page.media = std::move(media_);
  return page;
}

}  // namespace

PlayerPage BuildPlayerPage(const resolve::ParticipantProgram& program, const resolve::Assessment& assessment,
                           const WriterContext& context, const UiStrings& strings, ScormVersion version,
                           const std::vector<PackageFile>& player_files, Diagnostics& diagnostics) {
  return Player(program, assessment, context, strings, version, diagnostics).Build(player_files);
}

}  // namespace trainkit::writers::scorm
