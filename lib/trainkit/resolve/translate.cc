// Putting an adaptation's translations into the curriculum's text, element by element.
#include "trainkit/base/overloaded.h"
#include "trainkit/resolve/overlay.h"

namespace trainkit::resolve {
namespace {

// Section content keeps its facilitator notes (not translated) after the translated blocks.
void TranslateContent(std::vector<model::SectionContent>& content, const model::Blocks& blocks) {
  std::vector<model::SectionContent> translated(blocks.begin(), blocks.end());
  for (auto& part : content) {
    if (std::holds_alternative<model::FacilitatorNote>(part)) translated.push_back(std::move(part));
  }
  content = std::move(translated);
}

class Translator {
 public:
  explicit Translator(const model::Translation& t) : t_(t) {}

  bool Apply(model::Curriculum& curriculum) {
    const std::string& id = t_.target.id;
    if (curriculum.id == id) {
      if (t_.title) curriculum.title = *t_.title;
      if (t_.summary) curriculum.summary = *t_.summary;
      return true;
    }
    for (auto& a : curriculum.audiences) if (a.id == id) return a.name = t_.text, true;
    for (auto& g : curriculum.goals) if (g.id == id) return g.text = t_.text, true;
    for (auto& o : curriculum.objectives) if (o.id == id) return o.text = t_.text, true;
    for (auto& term : curriculum.glossary) {
      if (term.id != id) continue;
      if (t_.name) term.name = *t_.name;
      if (t_.definition) term.definition = *t_.definition;
      return true;
    }
    for (auto& track : curriculum.tracks) {
      if (track.id == id) {
        if (t_.title) track.title = *t_.title;
        return true;
      }
      for (auto& entry : track.entries) {
        auto* pause = std::get_if<model::Break>(&entry);
        if (pause && pause->id == id) return pause->label = t_.text, true;
      }
    }
    for (auto& module : curriculum.modules) {
      if (Apply(module)) return true;
    }
    // Fact keys come last: an id of the same name is what the reference means.
    for (auto& f : curriculum.facts) if (f.key == id) return f.label = t_.text, true;
    return false;
  }

 private:
  bool Apply(model::Module& module) {
    const std::string& id = t_.target.id;
    if (module.id == id) {
      if (t_.title) module.title = *t_.title;
      if (t_.summary) module.summary = *t_.summary;
      return true;
    }
    for (auto& part : module.parts) {
      bool done = std::visit(Overloaded{
                                 [&](model::Section& s) {
                                   if (s.id != id) return false;
                                   if (t_.title) s.title = *t_.title;
                                   if (!t_.blocks.empty()) TranslateContent(s.content, t_.blocks);
                                   return true;
                                 },
                                 [&](model::Activity& a) {
                                   if (a.id != id) return false;
                                   if (t_.title) a.title = *t_.title;
                                   if (t_.purpose) a.purpose = *t_.purpose;
                                   if (a.worksheet && !t_.blocks.empty()) a.worksheet->blocks = t_.blocks;
                                   if (a.worksheet && t_.worksheet_title) a.worksheet->title = *t_.worksheet_title;
                                   return true;
                                 },
                                 [&](model::FacilitatorNote&) { return false; },
                             },
                             part);
      if (done) return true;
    }
    for (auto& message : module.key_messages) {
      if (message.id == id) return message.text = t_.text, true;
    }
    for (auto& handout : module.handouts) {
      if (handout.id != id) continue;
      if (t_.title) handout.title = *t_.title;
      if (!t_.blocks.empty()) handout.blocks = t_.blocks;
      return true;
    }
    for (auto& item : module.assessment) {
      if (item.id != id) continue;
      if (t_.question) item.question = *t_.question;
      for (size_t i = 0; i < item.choices.size() && i < t_.choices.size(); ++i) item.choices[i].text = t_.choices[i];
      if (t_.explanation) item.explanation = *t_.explanation;
      return true;
    }
    return false;
  }

  const model::Translation& t_;
};

}  // namespace

std::map<std::string, SourceLocation> ApplyTranslations(const model::Adaptation& adaptation,
                                                        model::Curriculum& curriculum) {
  std::map<std::string, SourceLocation> translated;
  for (const auto& translation : adaptation.translations) {
    if (Translator(translation).Apply(curriculum)) translated[translation.target.id] = translation.location;
  }
  return translated;
}

}  // namespace trainkit::resolve
