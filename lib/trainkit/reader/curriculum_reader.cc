// Reading curriculum.xml: metadata, declarations, modules and tracks.
#include <fmt/format.h>

#include "trainkit/reader/read_helpers.h"
#include "trainkit/reader/reader.h"
#include "trainkit/reader/root_check.h"

namespace trainkit::reader {
namespace {

class CurriculumReader : public Reader {
 public:
  using Reader::Reader;
  model::Curriculum Read(const xml::Node& root);

 private:
  void ReadSources(const xml::Node& node, model::Curriculum& curriculum);
  void ReadDeclarations(const xml::Node& node, model::Curriculum& curriculum);
  model::FreshnessRule FreshnessRule(const xml::Node& node);
};

model::Curriculum CurriculumReader::Read(const xml::Node& root) {
  model::Curriculum curriculum;
  curriculum.location = root.location;
  CheckAttributes(root, {"id", "version", "date", "pass-mark", "xml:lang"});
  if (const auto* id = Required(root, "id")) curriculum.id = Id(*id).value_or(id->value);
  if (const auto* version = Required(root, "version")) curriculum.version = version->value;
  if (const auto* date = Required(root, "date")) {
    if (auto parsed = ParseDate(date->value)) {
      curriculum.date = *parsed;
    } else {
      diagnostics().Report(Code::E015, date->value_location,
                           fmt::format("invalid value '{}' for 'date': expected a date as "
                                       "YYYY-MM-DD",
                                       date->value));
    }
  }
  if (const auto* pass_mark = root.FindAttribute("pass-mark")) {
    curriculum.pass_mark = PositiveInteger(*pass_mark, 100).value_or(curriculum.pass_mark);
  }
  if (const auto* language = Required(root, "xml:lang")) {
    curriculum.language = language->value;
    curriculum.language_location = language->value_location;
  }

  bool title = false, summary = false, facilitator_summary = false, authors = false, license = false, sources = false,
       audiences = false, goals = false, objectives = false, facts = false, glossary = false,
       tracks = false;
  ForEachChild(root, {"title", "summary", "facilitator-summary", "authors", "license", "sources", "audiences", "goals",
                      "objectives", "facts", "glossary", "module", "tracks"},
               [&](const xml::Node& child) {
    const std::string& name = child.name;
    if (name == "title") {
      CheckAttributes(child, {});
      if (FirstOf(child, title)) curriculum.title = Inlines(child);
    } else if (name == "summary") {
      CheckAttributes(child, {});
      if (FirstOf(child, summary)) curriculum.summary = Blocks(child);
    } else if (name == "facilitator-summary") {
      CheckAttributes(child, {});
      if (FirstOf(child, facilitator_summary)) curriculum.facilitator_summary = Blocks(child);
    } else if (name == "authors") {
      if (!FirstOf(child, authors)) return;
      CheckAttributes(child, {});
      ForEachChild(child, {"author"}, [&](const xml::Node& author) {
        CheckAttributes(author, {"role"});
        curriculum.authors.push_back(PlainText(author));
      });
    } else if (name == "license") {
      if (!FirstOf(child, license)) return;
      CheckAttributes(child, {"href"});
      if (const auto* href = child.FindAttribute("href")) curriculum.license.href = href->value;
      curriculum.license.text = Inlines(child);
    } else if (name == "sources") {
      if (FirstOf(child, sources)) ReadSources(child, curriculum);
    } else if (name == "module") {
      curriculum.modules.push_back(Module(child));
    } else if (name == "tracks") {
      if (!FirstOf(child, tracks)) return;
      CheckAttributes(child, {});
      ForEachChild(child, {"track"}, [&](const xml::Node& track) {
        curriculum.tracks.push_back(Track(track));
      });
    } else {
      bool& seen = name == "audiences" ? audiences
                   : name == "goals"   ? goals
                   : name == "objectives" ? objectives
                   : name == "facts"   ? facts
                                       : glossary;
      if (FirstOf(child, seen)) ReadDeclarations(child, curriculum);
    }
  });
  RequireChild(root, "title", title);
  RequireChild(root, "summary", summary);
  RequireChild(root, "authors", authors);
  RequireChild(root, "license", license);
  RequireChild(root, "audiences", audiences);
  RequireChild(root, "goals", goals);
  RequireChild(root, "objectives", objectives);
  RequireChild(root, "module", !curriculum.modules.empty());
  RequireChild(root, "tracks", tracks);
  return curriculum;
}

// <freshness kind="phone" months="12"/>; months="none": a check of this kind never goes stale.
model::FreshnessRule CurriculumReader::FreshnessRule(const xml::Node& node) {
  CheckAttributes(node, {"kind", "months"});
  ForEachChild(node, {}, [](const xml::Node&) {});
  model::FreshnessRule rule;
  rule.location = node.location;
  if (const auto* kind = Required(node, "kind")) {
    rule.kind = OneOf(*kind, model::FactKindNames()).value_or(model::FactKind::kText);
  }
  if (const auto* months = Required(node, "months")) {
    if (months->value != "none") {
      rule.months = PositiveInteger(*months, 600).value_or(0);
    }
  }
  return rule;
}

void CurriculumReader::ReadSources(const xml::Node& node, model::Curriculum& curriculum) {
  CheckAttributes(node, {});
  ForEachChild(node, {"source"}, [&](const xml::Node& child) {
    CheckAttributes(child, {"id", "url"});
    model::Source source;
    source.location = child.location;
    if (const auto* id = Required(child, "id")) source.id = Id(*id).value_or(id->value);
    if (const auto* url = child.FindAttribute("url")) source.url = url->value;
    source.title = Inlines(child);
    curriculum.sources.push_back(std::move(source));
  });
}

// <audiences>, <goals>, <objectives>, <facts> and <glossary>: lists of declarations with ids.
void CurriculumReader::ReadDeclarations(const xml::Node& node, model::Curriculum& curriculum) {
  CheckAttributes(node, {});
  const std::string& name = node.name;
  if (name == "audiences") {
    ForEachChild(node, {"audience"}, [&](const xml::Node& child) { curriculum.audiences.push_back(Audience(child)); });
  } else if (name == "goals") {
    ForEachChild(node, {"goal"}, [&](const xml::Node& child) {
      CheckAttributes(child, {"id", "revised"});
      model::Goal goal{"", Revised(child), Inlines(child), child.location};
      if (const auto* id = Required(child, "id")) goal.id = Id(*id).value_or(id->value);
      curriculum.goals.push_back(std::move(goal));
    });
  } else if (name == "objectives") {
    ForEachChild(node, {"objective"}, [&](const xml::Node& child) {
      CheckAttributes(child, {"id", "type", "goal", "revised"});
      model::Objective objective;
      objective.revised = Revised(child);
      objective.location = child.location;
      objective.text = Inlines(child);
      if (const auto* id = Required(child, "id")) objective.id = Id(*id).value_or(id->value);
      if (const auto* type = Required(child, "type")) {
        objective.type = OneOf(*type, model::ObjectiveTypeNames())
                             .value_or(model::ObjectiveType::kCognitive);
      }
      if (const auto* goal = Required(child, "goal")) objective.goal = RefOf(*goal);
      curriculum.objectives.push_back(std::move(objective));
    });
  } else if (name == "facts") {
    ForEachChild(node, {"freshness", "fact-def"}, [&](const xml::Node& child) {
      if (child.name == "freshness") {
        model::FreshnessRule rule = FreshnessRule(child);
        for (const auto& earlier : curriculum.freshness) {
          if (earlier.kind != rule.kind) continue;
          diagnostics()
              .Report(Code::E018, rule.location,
                      fmt::format("<freshness kind=\"{}\"> given twice: one policy per kind", model::Name(rule.kind)))
              .notes.push_back({earlier.location, "first given here"});
          return;
        }
        curriculum.freshness.push_back(std::move(rule));
        return;
      }
      CheckAttributes(child, {"key", "kind", "required"});
      model::FactDefinition fact;
      fact.location = child.location;
      fact.label = Inlines(child);
      if (const auto* key = Required(child, "key")) fact.key = Id(*key).value_or(key->value);
      if (const auto* kind = Required(child, "kind")) {
        fact.kind = OneOf(*kind, model::FactKindNames())
                        .value_or(model::FactKind::kText);
      }
      if (const auto* required = child.FindAttribute("required")) {
        fact.required = Boolean(*required).value_or(false);
      }
      curriculum.facts.push_back(std::move(fact));
    });
  } else {
    ForEachChild(node, {"term"}, [&](const xml::Node& child) {
      CheckAttributes(child, {"id", "audience", "exclude-audience", "delivery", "revised"});
      model::GlossaryTerm term;
      term.revised = Revised(child);
      term.location = child.location;
      term.condition = ConditionOf(child);
      if (const auto* id = Required(child, "id")) term.id = Id(*id).value_or(id->value);
      bool term_name = false, definition = false;
      ForEachChild(child, {"name", "definition"}, [&](const xml::Node& part) {
        CheckAttributes(part, {});
        bool& seen = part.name == "name" ? term_name : definition;
        if (FirstOf(part, seen)) (part.name == "name" ? term.name : term.definition) = Inlines(part);
      });
      RequireChild(child, "name", term_name);
      RequireChild(child, "definition", definition);
      curriculum.glossary.push_back(std::move(term));
    });
  }
}

}  // namespace

std::optional<model::Curriculum> ReadCurriculum(const xml::Document& document,
                                                Diagnostics& diagnostics) {
  if (!CheckRoot(document.root(), "curriculum", diagnostics)) return std::nullopt;
  return CurriculumReader(diagnostics).Read(document.root());
}

}  // namespace trainkit::reader
