// Internal to the reader: checks of attributes and children shared by every element, and the
// readers of rich text and modules that both the base and the adaptations use.
#pragma once

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/model/curriculum.h"
#include "trainkit/model/names.h"
#include "trainkit/xml/document.h"

namespace trainkit::reader {

inline constexpr std::string_view kNamespace = "urn:trainkit:curriculum:1";

// State of one file's reading.
class Reader {
 public:
  explicit Reader(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}
  Diagnostics& diagnostics() { return diagnostics_; }

  // Reports E013 for each attribute of `node` not in `allowed` ("xml:lang" names the XML
  // namespace's). Attributes in the XML Schema instance namespace are always allowed.
  void CheckAttributes(const xml::Node& node, std::initializer_list<std::string_view> allowed);
  // The attribute's value, or nullopt after reporting E014.
  const xml::Attribute* Required(const xml::Node& node, std::string_view name);

  // Calls `read` for each child element named in `allowed`, reporting E012 for other
  // elements and E017 for text that is not white space.
  void ForEachChild(const xml::Node& node, std::initializer_list<std::string_view> allowed,
                    const std::function<void(const xml::Node&)>& read);
  // Reports E016 when `found` is false.
  void RequireChild(const xml::Node& node, std::string_view child, bool found);
  // Reports E018 when `seen` was already true; sets it.
  bool FirstOf(const xml::Node& child, bool& seen);

  // Attribute values. Each reports E015 and returns nullopt on a malformed value.
  std::optional<std::string> Id(const xml::Attribute& attribute);
  model::Ref RefOf(const xml::Attribute& attribute);
  model::Refs RefList(const xml::Attribute& attribute);
  std::optional<int> Minutes(const xml::Attribute& attribute);
  std::optional<int> PositiveInteger(const xml::Attribute& attribute, int max);
  std::optional<bool> Boolean(const xml::Attribute& attribute);
  // Value of an enumerated attribute: looks `attribute.value` up in `table`.
  template <typename Enum>
  std::optional<Enum> OneOf(const xml::Attribute& attribute, const model::NameTable<Enum>& table);

  model::Condition ConditionOf(const xml::Node& node);
  // The `revised` attribute's value, or "".
  std::string Revised(const xml::Node& node);
  model::Inlines Inlines(const xml::Node& node);
  // Reads the children of `node` as blocks.
  model::Blocks Blocks(const xml::Node& node);
  // The block `node` is, or nullopt if it is no block element.
  std::optional<model::Block> BlockOf(const xml::Node& node);
  // Reads a <facilitator-note> or <safety-note>.
  model::FacilitatorNote FacilitatorNoteOf(const xml::Node& node);
  // The plain text of an element that allows no markup (author, etc.).
  std::string PlainText(const xml::Node& node);

  model::Module Module(const xml::Node& node);
  model::Section Section(const xml::Node& node);
  model::Activity Activity(const xml::Node& node);
  model::AssessmentItem Item(const xml::Node& node);
  std::vector<model::MaterialItem> Materials(const xml::Node& node);
  model::Track Track(const xml::Node& node);
  model::Audience Audience(const xml::Node& node);

 private:
  void ReportBadValue(const xml::Attribute& attribute, std::string_view expected,
                      const std::vector<std::string>& suggestions = {});
  void InlinesInto(const xml::Node& node, model::Inlines& out);
  model::List ListOf(const xml::Node& node, bool ordered);
  model::Table TableOf(const xml::Node& node);

  Diagnostics& diagnostics_;
};

template <typename Enum>
std::optional<Enum> Reader::OneOf(const xml::Attribute& attribute, const model::NameTable<Enum>& table) {
  std::vector<std::string> names;
  for (const auto& [name, value] : table) {
    if (attribute.value == name) return value;
    names.emplace_back(name);
  }
  std::string expected = "one of";
  for (size_t i = 0; i < names.size(); ++i) expected += (i ? ", '" : " '") + names[i] + "'";
  ReportBadValue(attribute, expected, names);
  return std::nullopt;
}

// "<name>" for messages.
std::string Tag(std::string_view name);

}  // namespace trainkit::reader
