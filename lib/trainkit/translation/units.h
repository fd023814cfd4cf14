// The one place that knows what in a curriculum is translatable: every run of text, named by a
// stable key made of the nearest id and the text's place under it (doc/format.md,
// "Translation units").
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "trainkit/base/source_location.h"
#include "trainkit/model/curriculum.h"

namespace trainkit::translation {

// Who reads a text: everyone in the room, or only the facilitator (the guide alone prints it).
enum class Readers { kParticipants, kFacilitators };

// One translatable text in place. Exactly one of `text` and `plain` is set: `plain` is text
// that allows no markup (an image's alternative text).
// The owner and the module are views of the walked curriculum's ids: valid as long as it is.
struct UnitSlot {
  std::string key;          // "a-recruitment/steps/3"
  std::string_view owner;   // the nearest id: "a-recruitment"
  std::string_view module;  // the module it is in; empty for curriculum-wide text
  Readers readers = Readers::kParticipants;
  model::Inlines* text = nullptr;
  std::string* plain = nullptr;
  const SourceLocation* location = nullptr;  // never null while visited
};

// Calls `visit` for every translatable text of `curriculum`, in document order. Texts without a
// letter (numbers, dashes) and source titles (quoted in their own language) are not units.
void ForEachUnit(model::Curriculum& curriculum, const std::function<void(UnitSlot&)>& visit);

// A unit's source as it stands, for listing, hashing and exchange.
struct TranslationUnit {
  std::string key;
  std::string owner;
  std::string module;
  Readers readers = Readers::kParticipants;
  bool plain = false;
  model::Inlines source;  // a plain unit holds one Text
  std::string source_hash;
  SourceLocation location;
};

std::vector<TranslationUnit> ExtractUnits(const model::Curriculum& curriculum);
// The same, for a curriculum made from the one `known` was extracted from (an adaptation of
// it): a unit whose key and text are the same as there keeps its hash, not hashed again.
std::vector<TranslationUnit> ExtractUnits(const model::Curriculum& curriculum, const std::vector<TranslationUnit>& known);

// The text as the format writes it: runs with <em>, <strong>, <link href> and <fact ref>,
// escaped. Two texts with the same markup say the same thing.
std::string Markup(const model::Inlines& text);
// A plain unit's text (an image's alternative text) as inlines: one run.
model::Inlines PlainInlines(const std::string& text);
// Whether `text` has a letter of any script (not only digits, punctuation and facts).
bool HasLetters(const model::Inlines& text);
// The first 16 hexadecimal digits of the SHA-256 of Markup(text): what a translation records
// of the source it translated.
std::string SourceHash(const model::Inlines& text);
// Whether two texts say the same thing: Markup(a) == Markup(b), found without writing the
// markup when they are made of the same runs (as the reader makes them).
bool SameText(const model::Inlines& a, const model::Inlines& b);

std::string_view ReadersName(Readers readers);

}  // namespace trainkit::translation
