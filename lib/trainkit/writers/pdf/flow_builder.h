// What the guide and the handout share when they turn a program into a Flow: the curriculum's
// content blocks (paragraphs, lists, tables, notes, images, quotes, prompts) and inline text
// as spans, each part marked with its language where that is not the program's.
#pragma once

#include <map>
#include <string>

#include "trainkit/model/content.h"
#include "trainkit/render/text_language.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/pdf/flow.h"

namespace trainkit::writers::pdf {

// Indents that leave room for what hangs in them: a bullet, or a number up to "99.".
inline constexpr double kBulletIndent = 14;
inline constexpr double kNumberIndent = 20;

class FlowBuilder {
 public:
  // `image_aspects`: height / width of each image the document holds; an image not in it is
  // replaced by its alt text. `write_in`: a prompt gets its lines to write on (participants'
  // paper); otherwise it is the question alone (the facilitator's).
  FlowBuilder(const resolve::ProgramDescription& program, const std::map<std::string, double>& image_aspects,
              bool write_in)
      : program_(program), image_aspects_(image_aspects), write_in_(write_in) {}

 protected:
  Spans ToSpans(const model::Inlines& inlines, Face face = Face::kRegular, const std::string& link = "") const;
  // The document's own words, always in the program's language.
  Spans Text(const std::string& text, Face face = Face::kRegular) const { return {{text, face, ""}}; }
  static Spans Join(Spans first, const Spans& second);
  // While it lives, the text of a part is marked with the part's language where that is not
  // the program's (render/text_language.h): the source language of a part left untranslated.
  render::ScopedLanguage MarkLanguage(const resolve::Provenance& provenance) {
    return render::ScopedLanguage(language_, render::LanguageToMark(program_, provenance));
  }
  render::ScopedLanguage MarkLanguage(bool translated) {
    return render::ScopedLanguage(language_, render::LanguageToMark(program_, translated));
  }

  void Add(FlowBlock block) { flow_.push_back(std::move(block)); }
  void Para(Spans spans, Role role = Role::kBody, double indent = 0, std::string marker = "",
            Callout callout = Callout::kNone);
  // A paragraph with a symbol hanging in its indent.
  void Para(Spans spans, double indent, Symbol symbol, Callout callout = Callout::kNone);
  // A paragraph kept on the page with what follows it: a label, or a caption over a table.
  void Label(Spans spans, Role role = Role::kBody, double indent = 0, Callout callout = Callout::kNone);
  void Blocks(const model::Blocks& blocks, double indent = 0, Callout callout = Callout::kNone);
  void List(const model::List& list, double indent, Callout callout);

  const resolve::ProgramDescription& program_;
  Flow flow_;
  std::string language_;  // of the part being written, where not the program's

 private:
  const std::map<std::string, double>& image_aspects_;
  bool write_in_;
};

}  // namespace trainkit::writers::pdf
