// A curriculum's text in one language: translations/<language>.xml beside the curriculum.
#pragma once

#include <string>
#include <vector>

#include "trainkit/model/content.h"

namespace trainkit::model {

// One translated text, named by its unit key (translation/units.h).
struct UnitTranslation {
  std::string key;
  std::string source_hash;  // of the source text it translates; empty when not recorded
  Inlines text;
  SourceLocation location;
};

// Every translated text of a curriculum in one language. A pack tagged with a region ("ro-MD")
// holds a country's overrides of the language's pack ("ro").
struct LanguagePack {
  std::string curriculum;  // the id of the curriculum it translates
  std::string language;    // BCP 47
  std::vector<UnitTranslation> units;  // in file order

  SourceLocation location;
  SourceLocation curriculum_location;
  SourceLocation language_location;
};

}  // namespace trainkit::model
