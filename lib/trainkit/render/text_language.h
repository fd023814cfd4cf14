// The language of a part of a program, where it is not the program's own: a part the country
// left untranslated stays in the source language, and outputs say so on it (`lang` in HTML,
// `w:lang` in DOCX), so screen readers pronounce it and spelling checkers check it in the
// language it is written in (WCAG 2.1, 3.1.2 Language of Parts).
#pragma once

#include <string>
#include <utility>

#include "trainkit/resolve/program.h"

namespace trainkit::render {

// The BCP 47 tag to mark on a part with this provenance, or empty when its text is in the
// program's language.
std::string LanguageToMark(const resolve::ProgramDescription& program, const resolve::Provenance& provenance);

// The same for a text whose translation is known by a flag (a fact's label).
std::string LanguageToMark(const resolve::ProgramDescription& program, bool translated);

// The tag to mark on text that is always in the source language (the licence as the
// curriculum states it), or empty when that is the program's language.
std::string SourceLanguageToMark(const resolve::ProgramDescription& program);

// While it lives, a writer's "language of the text being written" is `language`; then what it
// was. Writers mark a part by opening one around it.
class ScopedLanguage {
 public:
  ScopedLanguage(std::string& current, std::string language)
      : current_(current), outer_(std::exchange(current, std::move(language))) {}
  ~ScopedLanguage() { current_ = std::move(outer_); }
  ScopedLanguage(const ScopedLanguage&) = delete;
  ScopedLanguage& operator=(const ScopedLanguage&) = delete;

 private:
  std::string& current_;
  std::string outer_;
};

}  // namespace trainkit::render
