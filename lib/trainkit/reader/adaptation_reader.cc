// Reading countries/<CC>.xml: facts, overlay operations and translations.
#include <fmt/format.h>

#include "trainkit/reader/read_helpers.h"
#include "trainkit/reader/reader.h"
#include "trainkit/reader/root_check.h"

namespace trainkit::reader {
namespace {

class AdaptationReader : public Reader {
 public:
  using Reader::Reader;
  model::Adaptation Read(const xml::Node& root);

 private:
  model::FactValue ReadFact(const xml::Node& node);
  void ReadSourceDate(const xml::Node& node, model::FactValue& fact);
  void ReadCheck(const xml::Node& node, model::FactValue& fact);
  model::WithheldFact ReadWithheldFact(const xml::Node& node);
  std::optional<model::Operation> ReadOperation(const xml::Node& node);
  model::Translation ReadTranslation(const xml::Node& node);
};

model::Adaptation AdaptationReader::Read(const xml::Node& root) {
  model::Adaptation adaptation;
  adaptation.location = root.location;
  CheckAttributes(root, {"country", "based-on", "xml:lang"});
  if (const auto* country = Required(root, "country")) {
    adaptation.country = country->value;
    adaptation.country_location = country->value_location;
  }
  if (const auto* based_on = Required(root, "based-on")) {
    adaptation.based_on = based_on->value;
    adaptation.based_on_location = based_on->value_location;
  }
  if (const auto* language = Required(root, "xml:lang")) {
    adaptation.language = language->value;
    adaptation.language_location = language->value_location;
  }
  bool audiences = false, facts = false, tracks = false;
  ForEachChild(root, {"audiences", "facts", "tracks", "replace", "append", "remove", "add-module", "restrict",
                      "translate"},
               [&](const xml::Node& child) {
    if (child.name == "audiences") {
      if (!FirstOf(child, audiences)) return;
      CheckAttributes(child, {"only"});
      ForEachChild(child, {"audience"}, [&](const xml::Node& audience) {
        adaptation.audiences.push_back(Audience(audience));
      });
      if (const auto* only = child.FindAttribute("only")) adaptation.audiences_only = RefList(*only);
      if (!child.FindAttribute("only") && adaptation.audiences.empty()) {
        diagnostics().Report(Code::E016, child.location,
                             "<audiences> in an adaptation needs only=\"…\" (the base's audiences it offers), "
                             "<audience> elements of its own, or both");
      }
    } else if (child.name == "tracks") {
      if (!FirstOf(child, tracks)) return;
      CheckAttributes(child, {});
      ForEachChild(child, {"track"}, [&](const xml::Node& track) { adaptation.tracks.push_back(Track(track)); });
    } else if (child.name == "facts") {
      if (!FirstOf(child, facts)) return;
      CheckAttributes(child, {});
      ForEachChild(child, {"fact", "no-fact", "to-fill"}, [&](const xml::Node& fact) {
        if (fact.name == "fact") {
          adaptation.facts.push_back(ReadFact(fact));
        } else {
          adaptation.withheld_facts.push_back(ReadWithheldFact(fact));
        }
      });
    } else if (child.name == "translate") {
      adaptation.translations.push_back(ReadTranslation(child));
    } else if (auto operation = ReadOperation(child)) {
      adaptation.operations.push_back(std::move(*operation));
    }
  });
  return adaptation;
}

model::FactValue AdaptationReader::ReadFact(const xml::Node& node) {
  CheckAttributes(node, {"key", "source", "source-url", "source-date", "verified", "checked",
                         "checked-how", "to-check", "confidence", "number", "dial-from", "operator",
                         "hours"});
  model::FactValue fact;
  fact.location = node.location;
  fact.value = Inlines(node);
  if (const auto* key = Required(node, "key")) fact.key = RefOf(*key);
  if (const auto* source = Required(node, "source")) fact.source = source->value;
  ReadSourceDate(node, fact);
  ReadCheck(node, fact);
  if (const auto* confidence = node.FindAttribute("confidence")) {
    fact.confidence = OneOf(*confidence, model::ConfidenceNames())
                          .value_or(model::Confidence::kUnspecified);
  }
  auto text = [&](const char* name, std::string& out) {
    if (const auto* attribute = node.FindAttribute(name)) out = attribute->value;
  };
  text("source-url", fact.source_url);
  text("number", fact.number);
  text("dial-from", fact.dial_from);
  text("operator", fact.operator_name);
  text("hours", fact.hours);
  text("to-check", fact.to_check);
  return fact;
}

// source-date: when the source was published. `verified`, its old name, said "last checked"
// while holding a source's date; it is read as source-date, with a warning to rename it.
void AdaptationReader::ReadSourceDate(const xml::Node& node, model::FactValue& fact) {
  const auto* source_date = node.FindAttribute("source-date");
  const auto* verified = node.FindAttribute("verified");
  if (verified && !source_date) {
    diagnostics().Report(Code::W186, verified->location,
                         "'verified' is ambiguous and no longer read as a check: rename it "
                         "source-date=\"...\" if it is the date of the source, or record a real check "
                         "as checked=\"YYYY-MM-DD\" checked-how=\"...\"");
    source_date = verified;
  } else if (verified) {
    diagnostics().Report(Code::E013, verified->location,
                         "unknown attribute 'verified' beside 'source-date': remove it");
  }
  if (!source_date) {
    diagnostics().Report(Code::E014, node.location,
                         "<fact> needs source-date=\"...\": the date of its source (YYYY, YYYY-MM or YYYY-MM-DD)");
    return;
  }
  fact.source_date_location = source_date->value_location;
  if (source_date->value == kUndated) {  // a page that gives no date: say so, never guess one
    fact.source_date.text = source_date->value;
  } else if (auto date = ParsePartialDate(source_date->value)) {
    fact.source_date = *date;
  } else {
    diagnostics().Report(Code::E015, source_date->value_location,
                         fmt::format("invalid value '{}' for '{}': expected the date of the source, "
                                     "as YYYY-MM-DD (or YYYY-MM, or YYYY when the source gives no more, or "
                                     "'undated' when it gives none)",
                                     source_date->value, source_date->name));
  }
}

// checked and checked-how: a real check by a person, on a full date, and how it was made.
void AdaptationReader::ReadCheck(const xml::Node& node, model::FactValue& fact) {
  const auto* checked = node.FindAttribute("checked");
  const auto* how = node.FindAttribute("checked-how");
  if (!checked) {
    if (how) {
      diagnostics().Report(Code::E014, node.location,
                           "checked-how=\"...\" needs checked=\"YYYY-MM-DD\": the day of the check");
    }
    return;
  }
  auto date = ParseDate(checked->value);
  if (!date) {
    diagnostics().Report(Code::E015, checked->value_location,
                         fmt::format("invalid value '{}' for 'checked': expected the full day a person "
                                     "checked the value with its operator or the official text, as YYYY-MM-DD",
                                     checked->value));
    return;
  }
  if (!how || how->value.empty()) {
    diagnostics().Report(Code::E014, checked->location,
                         "checked=\"...\" needs checked-how=\"...\": how the value was checked (\"called the "
                         "operator\", \"read the official gazette\")");
    return;
  }
  fact.checked = model::FactCheck{*date, how->value, checked->value_location};
}

model::WithheldFact AdaptationReader::ReadWithheldFact(const xml::Node& node) {
  CheckAttributes(node, {"key"});
  model::WithheldFact withheld;
  withheld.location = node.location;
  if (const auto* key = Required(node, "key")) withheld.key = RefOf(*key);
  withheld.note = PlainText(node);
  withheld.to_fill = node.name == "to-fill";
  return withheld;
}

std::optional<model::Operation> AdaptationReader::ReadOperation(const xml::Node& node) {
  if (node.name == "remove") {
    CheckAttributes(node, {"ref"});
    ForEachChild(node, {}, [](const xml::Node&) {});
    const auto* ref = Required(node, "ref");
    if (!ref) return std::nullopt;
    return model::Remove{RefOf(*ref), node.location};
  }
  if (node.name == "restrict") {
    CheckAttributes(node, {"ref", "audience", "exclude-audience"});
    ForEachChild(node, {}, [](const xml::Node&) {});
    const auto* ref = Required(node, "ref");
    model::Condition condition = ConditionOf(node);
    if (ref && condition.empty()) {
      diagnostics().Report(Code::E014, node.location,
                           "<restrict> needs audience=\"…\" (only these see it) or exclude-audience=\"…\" (these do not)");
    }
    if (!ref) return std::nullopt;
    return model::Restrict{RefOf(*ref), std::move(condition), node.location};
  }
  if (node.name == "add-module") {
    CheckAttributes(node, {"after"});
    std::optional<model::Module> module;
    bool seen = false;
    ForEachChild(node, {"module"}, [&](const xml::Node& child) {
      if (FirstOf(child, seen)) module = Module(child);
    });
    RequireChild(node, "module", seen);
    const auto* after = Required(node, "after");
    if (!after || !module) return std::nullopt;
    return model::AddModule{RefOf(*after), std::move(*module), node.location};
  }
  if (node.name == "replace") {
    CheckAttributes(node, {"to-fill"});
    std::optional<model::Replaceable> replacement;
    bool seen = false;
    ForEachChild(node, {"module", "section", "activity", "item"}, [&](const xml::Node& child) {
      if (!FirstOf(child, seen)) return;
      if (child.name == "module") replacement = Module(child);
      if (child.name == "section") replacement = Section(child);
      if (child.name == "activity") replacement = Activity(child);
      if (child.name == "item") replacement = Item(child);
    });
    if (!seen) {
      diagnostics().Report(Code::E016, node.location,
                           "<replace> needs one <module>, <section>, <activity> or <item>: the "
                           "new version, with the id of the one it replaces");
    }
    if (!replacement) return std::nullopt;
    model::Replace replace{std::move(*replacement), std::nullopt, node.location};
    if (const auto* to_fill = node.FindAttribute("to-fill")) replace.to_fill = to_fill->value;
    return replace;
  }
  // <append>
  CheckAttributes(node, {"to"});
  model::Append append;
  append.location = node.location;
  ForEachChild(node, {"section", "activity", "item"}, [&](const xml::Node& child) {
    if (child.name == "section") append.parts.emplace_back(Section(child));
    if (child.name == "activity") append.parts.emplace_back(Activity(child));
    if (child.name == "item") append.parts.emplace_back(Item(child));
  });
  if (append.parts.empty()) {
    diagnostics().Report(Code::E016, node.location,
                         "<append> needs at least one <section>, <activity> or <item>");
  }
  const auto* to = Required(node, "to");
  if (!to) return std::nullopt;
  append.module = RefOf(*to);
  return append;
}

model::Translation AdaptationReader::ReadTranslation(const xml::Node& node) {
  CheckAttributes(node, {"ref"});
  model::Translation translation;
  translation.location = node.location;
  if (const auto* ref = Required(node, "ref")) translation.target = RefOf(*ref);

  // Text and inline markup directly inside <translate> is the translation of a single run
  // of text; named children translate the parts of a larger element.
  xml::Node inline_part = node;
  inline_part.children.clear();
  for (const xml::Node& child : node.children) {
    bool is_inline = !child.is_element() ||
                     (child.ns == kNamespace && (child.name == "em" || child.name == "strong" ||
                                                 child.name == "link" || child.name == "fact"));
    if (is_inline) {
      inline_part.children.push_back(child);
      continue;
    }
    if (child.ns != kNamespace) {
      diagnostics().Report(Code::E012, child.location,
                           fmt::format("unknown element {} in namespace '{}' inside <translate>",
                                       Tag(child.name), child.ns));
      continue;
    }
    const std::string& name = child.name;
    auto once = [&](std::optional<model::Inlines>& field) {
      CheckAttributes(child, {});
      if (field) {
        diagnostics().Report(Code::E018, child.location,
                             fmt::format("{} is given more than once here; only one is allowed", Tag(name)));
        return;
      }
      field = Inlines(child);
    };
    if (name == "title") {
      once(translation.title);
    } else if (name == "purpose") {
      once(translation.purpose);
    } else if (name == "worksheet-title") {
      once(translation.worksheet_title);
    } else if (name == "question") {
      once(translation.question);
    } else if (name == "explanation") {
      once(translation.explanation);
    } else if (name == "name") {
      once(translation.name);
    } else if (name == "definition") {
      once(translation.definition);
    } else if (name == "choice") {
      CheckAttributes(child, {});
      translation.choices.push_back(Inlines(child));
    } else if (name == "summary") {
      CheckAttributes(child, {});
      translation.summary = Blocks(child);
    } else if (auto block = BlockOf(child)) {
      translation.blocks.push_back(std::move(*block));
    } else {
      static const std::vector<std::string> kAllowed = {
          "title", "summary", "purpose", "worksheet-title", "question", "choice", "explanation", "name",
          "definition", "p", "heading", "ul", "ol", "table", "note", "image", "quote", "prompt"};
      diagnostics().Report(Code::E012, child.location,
                           fmt::format("unknown element {} inside <translate>{}", Tag(name),
                                       DidYouMean(name, kAllowed)));
    }
  }
  translation.text = Inlines(inline_part);
  return translation;
}

}  // namespace

std::optional<model::Adaptation> ReadAdaptation(const xml::Document& document,
                                                Diagnostics& diagnostics) {
  if (!CheckRoot(document.root(), "adaptation", diagnostics)) return std::nullopt;
  return AdaptationReader(diagnostics).Read(document.root());
}

}  // namespace trainkit::reader
