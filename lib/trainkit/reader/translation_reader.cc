// Reading translations/<language>.xml: one <unit> per translated text.
#include "trainkit/reader/read_helpers.h"
#include "trainkit/reader/reader.h"
#include "trainkit/reader/root_check.h"

namespace trainkit::reader {

std::optional<model::LanguagePack> ReadLanguagePack(const xml::Document& document, Diagnostics& diagnostics) {
  const xml::Node& root = document.root();
  if (!CheckRoot(root, "translation", diagnostics)) return std::nullopt;
  Reader reader(diagnostics);
  model::LanguagePack pack;
  pack.location = root.location;
  reader.CheckAttributes(root, {"curriculum", "xml:lang"});
  if (const auto* curriculum = reader.Required(root, "curriculum")) {
    pack.curriculum = curriculum->value;
    pack.curriculum_location = curriculum->value_location;
  }
  if (const auto* language = reader.Required(root, "xml:lang")) {
    pack.language = language->value;
    pack.language_location = language->value_location;
  }
  reader.ForEachChild(root, {"unit"}, [&](const xml::Node& node) {
    reader.CheckAttributes(node, {"key", "source"});
    model::UnitTranslation unit;
    unit.location = node.location;
    if (const auto* key = reader.Required(node, "key")) unit.key = key->value;
    if (const auto* source = node.FindAttribute("source")) unit.source_hash = source->value;
    unit.text = reader.Inlines(node);
    pack.units.push_back(std::move(unit));
  });
  return pack;
}

}  // namespace trainkit::reader
