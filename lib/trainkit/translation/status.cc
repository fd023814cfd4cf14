#include "trainkit/translation/status.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "trainkit/base/diagnostic.h"
#include "trainkit/base/language_tag.h"
#include "trainkit/resolve/overlay.h"
#include "trainkit/translation/apply.h"

namespace trainkit::translation {
namespace {

// The curriculum's units as a country's programs take them: after its operations, without
// the text the country wrote itself (it is in the country's language already).
std::shared_ptr<const std::vector<TranslationUnit>> UnitsFor(
    const reader::LoadedCurriculum& loaded, const std::string& country,
    const std::shared_ptr<const std::vector<TranslationUnit>>& curriculum_units) {
  if (country.empty()) return curriculum_units;
  const model::Adaptation* adaptation = nullptr;
  for (const auto& a : loaded.adaptations) {
    if (a.country == country) adaptation = &a;
  }
  if (!adaptation) return curriculum_units;
  model::Curriculum adapted = *loaded.curriculum;
  Diagnostics ignored;  // the validator reports the operations' problems
  resolve::ApplyOperations(*adaptation, adapted, ignored);
  auto units = std::make_shared<std::vector<TranslationUnit>>();
  for (auto& unit : ExtractUnits(adapted, *curriculum_units)) {
    bool countrys_own = unit.location.file && adaptation->location.file &&
                        unit.location.file->path() == adaptation->location.file->path();
    if (!countrys_own) units->push_back(std::move(unit));
  }
  return units;
}

// A unit's field and, for blocks, the block: "opening-welcome/body/5/r2c1" gives
// "opening-welcome/body/5"; "t-greta/name" stays as it is.
std::string FieldGroup(const TranslationUnit& unit) {
  size_t field = unit.owner.size() + 1;
  size_t slash = unit.key.find('/', field);
  if (slash == std::string::npos) return unit.key;
  size_t block = unit.key.find('/', slash + 1);
  return block == std::string::npos ? unit.key : unit.key.substr(0, block);
}

// What the country's <translate> elements make of each unit, for units whose owner keeps its
// shape (the same keys): a translation that replaced a section's paragraphs with a different
// number of them cannot be split into units. A text the translation kept as it was ("GRETA")
// counts as translated where the translation changed something else in the same field or
// block (a table's "1949" beside translated cells): the translator chose to keep it.
std::map<std::string, model::UnitTranslation> AdaptationTranslations(const reader::LoadedCurriculum& loaded,
                                                                     const std::string& country) {
  std::map<std::string, model::UnitTranslation> found;
  const model::Adaptation* adaptation = nullptr;
  for (const auto& a : loaded.adaptations) {
    if (a.country == country) adaptation = &a;
  }
  if (!adaptation || adaptation->translations.empty()) return found;
  model::Curriculum adapted = *loaded.curriculum;
  Diagnostics ignored;
  resolve::ApplyOperations(*adaptation, adapted, ignored);
  model::Curriculum translated = adapted;
  auto where = resolve::ApplyTranslations(*adaptation, translated);

  auto by_owner = [](const std::vector<TranslationUnit>& units) {
    std::map<std::string, std::vector<std::string>> keys;
    for (const auto& unit : units) keys[unit.owner].push_back(unit.key);
    return keys;
  };
  std::vector<TranslationUnit> before = ExtractUnits(adapted);
  std::vector<TranslationUnit> after = ExtractUnits(translated);
  auto shape_before = by_owner(before);
  auto shape_after = by_owner(after);
  std::map<std::string, const TranslationUnit*> source;
  for (const auto& unit : before) source[unit.key] = &unit;
  // The fields ("t-greta/name", "opening-welcome/body/5") a <translate> changed something in.
  std::set<std::string> changed_fields;
  for (const auto& unit : after) {
    auto original = source.find(unit.key);
    if (original != source.end() && !SameText(original->second->source, unit.source)) {
      changed_fields.insert(FieldGroup(unit));
    }
  }
  for (const auto& unit : after) {
    auto translation = where.find(unit.owner);
    auto original = source.find(unit.key);
    if (translation == where.end() || original == source.end()) continue;
    if (shape_before[unit.owner] != shape_after[unit.owner]) continue;
    // <translate> carried participant text only: facilitator text it left alone is not translated.
    bool same = SameText(original->second->source, unit.source);
    if (same && (unit.readers != Readers::kParticipants || !changed_fields.count(FieldGroup(unit)))) continue;
    found[unit.key] = {unit.key, original->second->source_hash, unit.source, translation->second};
  }
  return found;
}

}  // namespace

std::string_view StateName(UnitState state) {
  switch (state) {
    case UnitState::kMissing: return "missing";
    case UnitState::kTranslated: return "translated";
    case UnitState::kOutdated: return "outdated";
  }
  return "";
}

LanguageStatus StatusOf(const reader::LoadedCurriculum& loaded, const std::string& language,
                        const std::string& country, bool with_country_pack) {
  return StatusOf(loaded, std::make_shared<const std::vector<TranslationUnit>>(ExtractUnits(*loaded.curriculum)),
                  language, country, with_country_pack);
}

LanguageStatus StatusOf(const reader::LoadedCurriculum& loaded,
                        const std::shared_ptr<const std::vector<TranslationUnit>>& curriculum_units,
                        const std::string& language, const std::string& country, bool with_country_pack) {
  LanguageStatus status;
  status.language = language;
  status.country = country;
  struct Kept {
    const model::UnitTranslation* translation;
    const model::LanguagePack* pack;
  };
  // Hash maps keyed by views of keys and hashes held by the packs and the units, which outlive
  // them: string-keyed trees of every unit were most of the time of a language's status.
  std::unordered_map<std::string_view, Kept> by_key;  // the country's pack last, so it wins
  std::string base = SplitRegion(language).language;
  for (const auto* pack : PacksFor(loaded.translations, language, country)) {
    if (!with_country_pack && pack->language != base) continue;
    for (const auto& unit : pack->units) by_key[unit.key] = {&unit, pack};
  }

  status.held = UnitsFor(loaded, country, curriculum_units);
  const std::vector<TranslationUnit>& units = *status.held;
  std::unordered_set<std::string_view> unit_keys;
  std::unordered_map<std::string_view, const TranslationUnit*> unit_by_hash;
  std::vector<std::string> keys;
  for (const auto& unit : units) {
    unit_keys.insert(unit.key);
    unit_by_hash.emplace(unit.source_hash, &unit);
    keys.push_back(unit.key);
  }
  // Translations under keys the curriculum no longer has (what a country replaces is still
  // the curriculum's); those whose text moved serve the unit it moved to. In key order.
  std::unordered_set<std::string_view> curriculum_keys;
  for (const auto& unit : *curriculum_units) curriculum_keys.insert(unit.key);
  std::vector<std::string_view> orphan_keys;
  for (const auto& entry : by_key) {
    if (!unit_keys.count(entry.first) && !curriculum_keys.count(entry.first)) orphan_keys.push_back(entry.first);
  }
  std::sort(orphan_keys.begin(), orphan_keys.end());
  for (std::string_view key : orphan_keys) {
    const Kept& kept = by_key.at(key);
    OrphanTranslation orphan{kept.translation, kept.pack, "", ""};
    auto moved = unit_by_hash.find(kept.translation->source_hash);
    if (!kept.translation->source_hash.empty() && moved != unit_by_hash.end() && !by_key.count(moved->second->key)) {
      orphan.moved_to = moved->second->key;
    } else if (auto closest = ClosestMatch(key, keys)) {
      orphan.closest = *closest;
    }
    status.orphans.push_back(orphan);
  }
  std::unordered_map<std::string_view, const OrphanTranslation*> moved_to;
  for (const auto& orphan : status.orphans) {
    if (!orphan.moved_to.empty()) moved_to[orphan.moved_to] = &orphan;
  }

  std::map<std::string, model::UnitTranslation> adapted;
  if (!country.empty()) adapted = AdaptationTranslations(loaded, country);

  status.units.reserve(units.size());
  for (const auto& unit : units) {
    UnitStatus entry;
    auto found = by_key.find(unit.key);
    auto given = adapted.find(unit.key);
    // As programs print it: the adaptation's <translate> over the packs.
    if (given != adapted.end()) {
      entry.from_adaptation = std::make_shared<const model::UnitTranslation>(given->second);
      entry.translation = entry.from_adaptation.get();
      entry.state = UnitState::kTranslated;
    } else if (found != by_key.end()) {
      entry.translation = found->second.translation;
      entry.pack = found->second.pack;
      entry.state = entry.translation->source_hash == unit.source_hash ? UnitState::kTranslated : UnitState::kOutdated;
    } else if (auto moved = moved_to.find(unit.key); moved != moved_to.end()) {
      entry.translation = moved->second->translation;
      entry.pack = moved->second->pack;
      entry.moved_from = entry.translation->key;
      entry.state = UnitState::kTranslated;
    }
    entry.unit = &unit;
    switch (entry.state) {
      case UnitState::kMissing: ++status.missing; break;
      case UnitState::kTranslated: ++status.translated; break;
      case UnitState::kOutdated: ++status.outdated; break;
    }
    status.units.push_back(std::move(entry));
  }
  return status;
}

}  // namespace trainkit::translation
