#include "trainkit/translation/apply.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "trainkit/base/language_tag.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/translation/units.h"

namespace trainkit::translation {
namespace {

struct Tally {
  int participant_units = 0, participant_translated = 0;
  int facilitator_units = 0, facilitator_translated = 0;
  SourceLocation first_translation;
};

}  // namespace

std::string CountryPackLanguage(const std::string& language, const std::string& country) {
  return language + "-" + country;
}

std::vector<std::string> PackLanguagesFor(const std::string& language, const std::string& country) {
  // "ro-MD" for Moldova: Romanian, then Moldova's overrides.
  std::vector<std::string> tags = {SplitRegion(language).language};
  if (language != tags.front()) tags.push_back(language);
  if (!country.empty()) {
    std::string regional = CountryPackLanguage(tags.front(), country);
    if (std::find(tags.begin(), tags.end(), regional) == tags.end()) tags.push_back(regional);
  }
  return tags;
}

std::vector<const model::LanguagePack*> PacksFor(const std::vector<model::LanguagePack>& packs,
                                                 const std::string& language, const std::string& country) {
  std::vector<const model::LanguagePack*> chosen;
  for (const auto& tag : PackLanguagesFor(language, country)) {
    for (const auto& pack : packs) {
      if (pack.language == tag) chosen.push_back(&pack);
    }
  }
  return chosen;
}

std::map<std::string, SourceLocation> ApplyPacks(model::Curriculum& curriculum,
                                                 const std::vector<const model::LanguagePack*>& packs) {
  // Views of the packs' keys and hashes, which outlive this: hash maps, not trees of copies.
  std::unordered_map<std::string_view, const model::UnitTranslation*> by_key;
  for (const auto* pack : packs) {
    for (const auto& unit : pack->units) by_key[unit.key] = &unit;
  }
  std::set<std::string, std::less<>> keys;
  ForEachUnit(curriculum, [&](UnitSlot& slot) { keys.insert(std::move(slot.key)); });
  // Translations whose key is gone, by the source they translated: their text may have moved.
  // Looked through in key order, so that of two with one source the first by key is found.
  std::vector<std::pair<std::string_view, const model::UnitTranslation*>> gone;
  for (const auto& [key, unit] : by_key) {
    if (keys.find(key) == keys.end() && !unit->source_hash.empty()) gone.emplace_back(key, unit);
  }
  std::sort(gone.begin(), gone.end());
  std::map<std::string, const model::UnitTranslation*> orphans;
  for (const auto& [key, unit] : gone) orphans.emplace(unit->source_hash, unit);
  std::map<std::string, SourceLocation> applied;
  ForEachUnit(curriculum, [&](UnitSlot& slot) {
    const model::UnitTranslation* translation = nullptr;
    if (auto found = by_key.find(slot.key); found != by_key.end()) {
      translation = found->second;
    } else if (!orphans.empty()) {
      auto moved = orphans.find(SourceHash(slot.text ? *slot.text : PlainInlines(*slot.plain)));
      if (moved != orphans.end()) {
        translation = moved->second;
        orphans.erase(moved);  // its first place only, as translate status counts it
      }
    }
    if (!translation) return;
    if (slot.text) {
      *slot.text = translation->text;
    } else {
      *slot.plain = render::PlainText(translation->text);
    }
    applied.emplace(slot.key, translation->location);
  });
  return applied;
}

TranslatedElements TranslatedElementsOf(model::Curriculum& program, const model::Curriculum& source,
                                        const std::map<std::string, SourceLocation>& from_packs,
                                        const std::string& adaptation_file) {
  // Each unit's text in the base curriculum, which is only read: walked in place.
  struct SourceText {
    const model::Inlines* text;
    const std::string* plain;
  };
  std::unordered_map<std::string, SourceText> source_texts;
  ForEachUnit(const_cast<model::Curriculum&>(source),
              [&](UnitSlot& slot) { source_texts.emplace(slot.key, SourceText{slot.text, slot.plain}); });
  std::map<std::string_view, Tally> tallies;  // by the program's ids, which outlive it
  ForEachUnit(program, [&](UnitSlot& slot) {
    Tally& tally = tallies[slot.owner];
    bool participants = slot.readers == Readers::kParticipants;
    (participants ? tally.participant_units : tally.facilitator_units)++;
    auto pack = from_packs.find(slot.key);
    bool own = slot.location->file && slot.location->file->path() == adaptation_file;
    auto original = source_texts.find(slot.key);
    bool changed = false;
    if (original != source_texts.end()) {
      const SourceText& was = original->second;
      changed = slot.text ? was.text && !SameText(*was.text, *slot.text) : was.plain && *was.plain != *slot.plain;
    }
    if (pack == from_packs.end() && !own && !changed) return;
    (participants ? tally.participant_translated : tally.facilitator_translated)++;
    if (!tally.first_translation.known() && pack != from_packs.end()) tally.first_translation = pack->second;
  });
  TranslatedElements translated;
  for (const auto& [owner, tally] : tallies) {
    bool facilitator_text = tally.facilitator_units > 0 && tally.facilitator_translated == tally.facilitator_units;
    // A section only facilitators read is "participant text" to the program's provenance.
    bool participant_text = tally.participant_units > 0 ? tally.participant_translated == tally.participant_units
                                                        : facilitator_text;
    if (participant_text && tally.first_translation.known()) {
      translated.participant_text.emplace(std::string(owner), tally.first_translation);
    }
    if (facilitator_text) translated.facilitator_text.emplace(owner);
  }
  return translated;
}

}  // namespace trainkit::translation
