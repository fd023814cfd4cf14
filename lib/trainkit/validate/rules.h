// Internal to the validator: one function per family of rules.
#pragma once

#include "trainkit/model/adaptation.h"
#include "trainkit/model/curriculum.h"
#include "trainkit/validate/id_index.h"
#include "trainkit/validate/walk.h"
#include "trainkit/validate/validate.h"

namespace trainkit::validate {

// Audiences, facts, sources and images named in `visit`ed content exist (E103, E104, E102,
// E140-E142).
void CheckContentReferences(const IdIndex& index, const Env& env, const std::filesystem::path& folder,
                            const std::function<void(const ContentVisitor&)>& visit,
                            Diagnostics& diagnostics);

// Objective → goal, module → objectives, track → modules (E102, E112); coverage (W110, W111).
void CheckStructure(const model::Curriculum& curriculum, const IdIndex& index,
                    Diagnostics& diagnostics);

// Activity and step minutes (W113, W114); each track against its budget for every audience
// (W120, W121, W122).
void CheckTiming(const model::Curriculum& curriculum, Diagnostics& diagnostics);

// Activities, the curriculum's and the countries' own, that need a group and are not marked for
// the classroom (W177): a self-paced program would show them to one person alone.
void CheckDelivery(const model::Curriculum& curriculum, const std::vector<model::Adaptation>& adaptations,
                   Diagnostics& diagnostics);

// Answer keys of every item (E150-E153).
void CheckAssessmentItem(const model::AssessmentItem& item, Diagnostics& diagnostics);

// The image file: inside the folder, present, PNG or JPEG (E140-E142).
void CheckImage(const model::Image& image, const Env& env, const std::filesystem::path& folder,
                Diagnostics& diagnostics);

// A language tag: well-formed (E132), of subtags that exist (E190) and are not deprecated
// (W191), by ICU's copy of the IANA subtag registry.
void CheckLanguage(const std::string& tag, const SourceLocation& location, Diagnostics& diagnostics);

// The text `visit` walks is mostly in the script of `tag` at `location`: its script subtag, or
// its language's usual script ("sr": Cyrillic). Else W192, once, at the tag.
void CheckTextScript(const std::string& tag, const SourceLocation& location,
                     const std::function<void(const ContentVisitor&)>& visit, Diagnostics& diagnostics);

// Everything about one country adaptation: country, file name, language, version, facts,
// operations and translations.
void CheckAdaptation(const model::Adaptation& adaptation, const model::Curriculum& curriculum,
                     const IdIndex& base_index, const Options& options, Diagnostics& diagnostics);

// What a country's draft has left to write: facts to fill (W194), replacements still holding the
// curriculum's text (W195), country-specific sections kept (W196).
void CheckDraft(const model::Adaptation& adaptation, const model::Curriculum& curriculum, const IdIndex& base_index,
                Diagnostics& diagnostics);

// Every translations/<language>.xml: of this curriculum (E163), its tag (E132, E190, W191), keys
// given once (E162), markup kept (E161, E166), keys that match no text (W164) and translations
// of an earlier source (W165).
void CheckTranslations(const reader::LoadedCurriculum& loaded, Diagnostics& diagnostics);

}  // namespace trainkit::validate
