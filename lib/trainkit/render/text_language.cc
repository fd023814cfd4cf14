#include "trainkit/render/text_language.h"

namespace trainkit::render {

std::string LanguageToMark(const resolve::ProgramDescription& program, const resolve::Provenance& provenance) {
  return LanguageToMark(program, provenance.translated);
}

std::string LanguageToMark(const resolve::ProgramDescription& program, bool translated) {
  return translated ? "" : SourceLanguageToMark(program);
}

std::string SourceLanguageToMark(const resolve::ProgramDescription& program) {
  return program.source_language.empty() || program.source_language == program.language ? ""
                                                                                           : program.source_language;
}

}  // namespace trainkit::render
