// Reading modules and what they hold: sections, activities, assessment items.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "trainkit/reader/read_helpers.h"

namespace trainkit::reader {

namespace {

std::optional<model::GroupSize> ParseGroupSize(const std::string& text) {
  auto all_digits = [](std::string_view s) {
    return !s.empty() && s.size() <= 4 &&
           std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  size_t dash = text.find('-');
  std::string low = text.substr(0, dash);
  std::string high = dash == std::string::npos ? low : text.substr(dash + 1);
  if (!all_digits(low) || !all_digits(high)) return std::nullopt;
  model::GroupSize size{std::stoi(low), std::stoi(high)};
  if (size.min < 1 || size.max < size.min) return std::nullopt;
  return size;
}

}  // namespace

std::vector<model::MaterialItem> Reader::Materials(const xml::Node& node) {
  CheckAttributes(node, {});
  std::vector<model::MaterialItem> items;
  ForEachChild(node, {"item"}, [&](const xml::Node& item) {
    CheckAttributes(item, {"audience", "exclude-audience", "delivery"});
    items.push_back({Inlines(item), ConditionOf(item), item.location});
  });
  return items;
}

model::Section Reader::Section(const xml::Node& node) {
  CheckAttributes(node, {"id", "for", "sources", "audience", "exclude-audience", "delivery", "revised",
                         "country-specific"});
  model::Section section;
  section.location = node.location;
  if (const auto* country_specific = node.FindAttribute("country-specific")) {
    section.country_specific = country_specific->value;
  }
  section.condition = ConditionOf(node);
  if (const auto* id = Required(node, "id")) section.id = Id(*id).value_or(id->value);
  section.revised = Revised(node);
  if (const auto* for_attribute = node.FindAttribute("for")) {
    section.facilitators_only =
        OneOf(*for_attribute, model::NameTable<bool>{{"participants", false}, {"facilitators", true}}).value_or(false);
  }
  if (const auto* sources = node.FindAttribute("sources")) section.sources = RefList(*sources);
  bool title = false;
  ForEachChild(node, {"title", "p", "heading", "ul", "ol", "table", "note", "image", "quote",
                      "prompt", "facilitator-note", "safety-note"},
               [&](const xml::Node& child) {
                 if (child.name == "title") {
                   CheckAttributes(child, {});
                   if (FirstOf(child, title)) section.title = Inlines(child);
                 } else if (child.name == "facilitator-note" || child.name == "safety-note") {
                   section.content.emplace_back(FacilitatorNoteOf(child));
                 } else if (auto block = BlockOf(child)) {
                   section.content.emplace_back(std::move(*block));
                 }
               });
  RequireChild(node, "title", title);
  return section;
}

model::Activity Reader::Activity(const xml::Node& node) {
  CheckAttributes(node, {"id", "method", "minutes", "group-size", "sources", "audience",
                         "exclude-audience", "delivery", "revised"});
  model::Activity activity;
  activity.location = node.location;
  activity.condition = ConditionOf(node);
  if (const auto* id = Required(node, "id")) activity.id = Id(*id).value_or(id->value);
  activity.revised = Revised(node);
  if (const auto* method = Required(node, "method")) {
    activity.method = OneOf(*method, model::MethodNames())
                          .value_or(model::Method::kPlenary);
  }
  if (const auto* minutes = Required(node, "minutes")) activity.minutes = Minutes(*minutes).value_or(0);
  if (const auto* size = node.FindAttribute("group-size")) {
    activity.group_size = ParseGroupSize(size->value);
    if (!activity.group_size) {
      diagnostics().Report(Code::E015, size->value_location,
                           fmt::format("invalid value '{}' for 'group-size': expected a number "
                                       "of people (\"4\") or a range (\"4-5\")",
                                       size->value));
    }
  }
  if (const auto* sources = node.FindAttribute("sources")) activity.sources = RefList(*sources);

  bool title = false, purpose = false, materials = false, steps = false, worksheet = false,
       debrief = false;
  ForEachChild(node, {"title", "purpose", "materials", "steps", "worksheet", "debrief",
                      "facilitator-note", "safety-note"},
               [&](const xml::Node& child) {
    const std::string& name = child.name;
    if (name == "title" || name == "purpose") {
      CheckAttributes(child, {});
      if (FirstOf(child, name == "title" ? title : purpose)) {
        (name == "title" ? activity.title : activity.purpose) = Inlines(child);
      }
    } else if (name == "materials") {
      if (FirstOf(child, materials)) activity.materials = Materials(child);
    } else if (name == "steps") {
      if (!FirstOf(child, steps)) return;
      CheckAttributes(child, {});
      ForEachChild(child, {"step"}, [&](const xml::Node& step_node) {
        CheckAttributes(step_node, {"minutes", "audience", "exclude-audience", "delivery"});
        model::Step step;
        step.location = step_node.location;
        step.condition = ConditionOf(step_node);
        if (const auto* minutes = step_node.FindAttribute("minutes")) step.minutes = Minutes(*minutes);
        step.text = Inlines(step_node);
        activity.steps.push_back(std::move(step));
      });
      if (activity.steps.empty()) {
        diagnostics().Report(Code::E016, child.location, "<steps> needs at least one <step> element");
      }
    } else if (name == "worksheet") {
      if (!FirstOf(child, worksheet)) return;
      CheckAttributes(child, {});
      model::Worksheet sheet;
      sheet.location = child.location;
      bool sheet_title = false;
      ForEachChild(child, {"title", "p", "heading", "ul", "ol", "table", "note", "image", "quote",
                           "prompt"},
                   [&](const xml::Node& part) {
                     if (part.name == "title") {
                       CheckAttributes(part, {});
                       if (FirstOf(part, sheet_title)) sheet.title = Inlines(part);
                     } else if (auto block = BlockOf(part)) {
                       sheet.blocks.push_back(std::move(*block));
                     }
                   });
      activity.worksheet = std::move(sheet);
    } else if (name == "debrief") {
      if (!FirstOf(child, debrief)) return;
      CheckAttributes(child, {});
      ForEachChild(child, {"question"}, [&](const xml::Node& question) {
        CheckAttributes(question, {"audience", "exclude-audience", "delivery"});
        activity.debrief.push_back({Inlines(question), ConditionOf(question), question.location});
      });
    } else {
      activity.facilitator_notes.push_back(FacilitatorNoteOf(child));
    }
  });
  RequireChild(node, "title", title);
  RequireChild(node, "steps", steps);
  return activity;
}

model::AssessmentItem Reader::Item(const xml::Node& node) {
  CheckAttributes(node, {"id", "type", "answer", "use", "objectives", "audience", "exclude-audience", "delivery", "revised"});
  model::AssessmentItem item;
  item.location = node.location;
  item.condition = ConditionOf(node);
  if (const auto* id = Required(node, "id")) item.id = Id(*id).value_or(id->value);
  item.revised = Revised(node);
  if (const auto* type = Required(node, "type")) {
    item.type = OneOf(*type, model::ItemTypeNames())
                    .value_or(model::ItemType::kSingleChoice);
  }
  if (const auto* answer = node.FindAttribute("answer")) item.answer = Boolean(*answer);
  if (const auto* objectives = node.FindAttribute("objectives")) item.objectives = RefList(*objectives);
  if (const auto* use = node.FindAttribute("use")) {
    for (const model::Ref& token : RefList(*use)) {
      xml::Attribute single = *use;
      single.value = token.id;
      single.value_location = token.location;
      if (auto value = OneOf(single, model::ItemUseNames())) {
        item.uses.push_back(*value);
      }
    }
  }
  bool question = false, explanation = false;
  ForEachChild(node, {"question", "choice", "explanation"}, [&](const xml::Node& child) {
    if (child.name == "choice") {
      CheckAttributes(child, {"correct"});
      model::Choice choice{Inlines(child), false, child.location};
      if (const auto* correct = child.FindAttribute("correct")) {
        choice.correct = Boolean(*correct).value_or(false);
      }
      item.choices.push_back(std::move(choice));
      return;
    }
    CheckAttributes(child, {});
    bool& seen = child.name == "question" ? question : explanation;
    if (FirstOf(child, seen)) {
      (child.name == "question" ? item.question : item.explanation) = Inlines(child);
    }
  });
  RequireChild(node, "question", question);
  RequireChild(node, "explanation", explanation);
  return item;
}

model::Module Reader::Module(const xml::Node& node) {
  CheckAttributes(node, {"id", "minutes", "objectives", "sources", "origin", "audience",
                         "exclude-audience", "delivery", "revised"});
  model::Module module;
  module.location = node.location;
  module.condition = ConditionOf(node);
  if (const auto* id = Required(node, "id")) module.id = Id(*id).value_or(id->value);
  module.revised = Revised(node);
  if (const auto* minutes = Required(node, "minutes")) module.minutes = Minutes(*minutes).value_or(0);
  if (const auto* objectives = Required(node, "objectives")) module.objectives = RefList(*objectives);
  if (const auto* sources = node.FindAttribute("sources")) module.sources = RefList(*sources);
  if (const auto* origin = node.FindAttribute("origin")) {
    module.origin = OneOf(*origin, model::OriginNames())
                        .value_or(model::Origin::kUnspecified);
  }
  bool title = false, summary = false, facilitator_summary = false, materials = false, preparation = false,
       key_messages = false, assessment = false;
  ForEachChild(node, {"title", "summary", "facilitator-summary", "materials", "preparation", "section", "activity",
                      "facilitator-note", "safety-note", "key-messages", "handout", "assessment"},
               [&](const xml::Node& child) {
    const std::string& name = child.name;
    if (name == "title") {
      CheckAttributes(child, {});
      if (FirstOf(child, title)) module.title = Inlines(child);
    } else if (name == "summary") {
      CheckAttributes(child, {});
      if (FirstOf(child, summary)) module.summary = Blocks(child);
    } else if (name == "facilitator-summary") {
      CheckAttributes(child, {});
      if (FirstOf(child, facilitator_summary)) module.facilitator_summary = Blocks(child);
    } else if (name == "materials") {
      if (FirstOf(child, materials)) module.materials = Materials(child);
    } else if (name == "preparation") {
      CheckAttributes(child, {});
      if (FirstOf(child, preparation)) module.preparation = Blocks(child);
    } else if (name == "section") {
      module.parts.emplace_back(Section(child));
    } else if (name == "activity") {
      module.parts.emplace_back(Activity(child));
    } else if (name == "key-messages") {
      if (!FirstOf(child, key_messages)) return;
      CheckAttributes(child, {});
      ForEachChild(child, {"message"}, [&](const xml::Node& message) {
        CheckAttributes(message, {"id", "audience", "exclude-audience", "delivery", "revised"});
        model::KeyMessage key_message;
        key_message.revised = Revised(message);
        if (const auto* id = Required(message, "id")) key_message.id = Id(*id).value_or(id->value);
        key_message.text = Inlines(message);
        key_message.condition = ConditionOf(message);
        key_message.location = message.location;
        module.key_messages.push_back(std::move(key_message));
      });
    } else if (name == "handout") {
      CheckAttributes(child, {"id", "form", "audience", "exclude-audience", "delivery", "revised"});
      model::Handout handout;
      if (const auto* form = child.FindAttribute("form")) {
        handout.evaluation_form = form->value == "evaluation";
        if (!handout.evaluation_form) {
          diagnostics_.Report(Code::E015, form->value_location,
                              fmt::format("form '{}' is not one trainkit knows: the only form is 'evaluation'", form->value));
        }
      }
      handout.revised = Revised(child);
      handout.location = child.location;
      handout.condition = ConditionOf(child);
      if (const auto* id = Required(child, "id")) handout.id = Id(*id).value_or(id->value);
      bool handout_title = false;
      ForEachChild(child, {"title", "p", "heading", "ul", "ol", "table", "note", "image", "quote",
                           "prompt"},
                   [&](const xml::Node& part) {
                     if (part.name == "title") {
                       CheckAttributes(part, {});
                       if (FirstOf(part, handout_title)) handout.title = Inlines(part);
                     } else if (auto block = BlockOf(part)) {
                       handout.blocks.push_back(std::move(*block));
                     }
                   });
      RequireChild(child, "title", handout_title);
      module.handouts.push_back(std::move(handout));
    } else if (name == "assessment") {
      if (!FirstOf(child, assessment)) return;
      CheckAttributes(child, {});
      ForEachChild(child, {"item"}, [&](const xml::Node& item) { module.assessment.push_back(Item(item)); });
    } else {
      module.parts.emplace_back(FacilitatorNoteOf(child));
    }
  });
  RequireChild(node, "title", title);
  return module;
}

}  // namespace trainkit::reader
