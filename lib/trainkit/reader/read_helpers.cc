#include "trainkit/reader/read_helpers.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "trainkit/base/indefinite_article.h"

namespace trainkit::reader {
namespace {

constexpr std::string_view kSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

std::string QualifiedName(const xml::Attribute& attribute) {
  return attribute.ns == xml::kXmlNamespace ? "xml:" + attribute.name : attribute.name;
}

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsBlank(std::string_view text) { return std::all_of(text.begin(), text.end(), IsXmlSpace); }

// Collapses each run of XML white space into one space, as HTML does.
std::string CollapseSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_space = false;
  for (char c : text) {
    if (IsXmlSpace(c)) {
      if (!in_space) out += ' ';
      in_space = true;
    } else {
      out += c;
      in_space = false;
    }
  }
  return out;
}

// Trims the white space at both ends of a run of inlines, where it is layout, not content.
void TrimEnds(model::Inlines& inlines) {
  while (!inlines.empty()) {
    auto* text = std::get_if<model::Text>(&inlines.front().value);
    if (!text) break;
    size_t start = text->text.find_first_not_of(' ');
    if (start == std::string::npos) {
      inlines.erase(inlines.begin());
      continue;
    }
    text->text.erase(0, start);
    break;
  }
  while (!inlines.empty()) {
    auto* text = std::get_if<model::Text>(&inlines.back().value);
    if (!text) break;
    size_t end = text->text.find_last_not_of(' ');
    if (end == std::string::npos) {
      inlines.pop_back();
      continue;
    }
    text->text.erase(end + 1);
    break;
  }
}

bool IsIdText(std::string_view value) {
  if (value.empty() || !std::isalnum(static_cast<unsigned char>(value[0]))) return false;
  return std::all_of(value.begin(), value.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
  });
}

SourceLocation Shifted(SourceLocation location, size_t columns) {
  location.column += static_cast<int>(columns);
  return location;
}

}  // namespace

std::string Tag(std::string_view name) { return fmt::format("<{}>", name); }

void Reader::CheckAttributes(const xml::Node& node,
                             std::initializer_list<std::string_view> allowed) {
  std::vector<std::string> names(allowed.begin(), allowed.end());
  for (const xml::Attribute& attribute : node.attributes) {
    if (attribute.ns == kSchemaInstance) continue;
    std::string name = QualifiedName(attribute);
    bool known = std::find(names.begin(), names.end(), name) != names.end() &&
                 (attribute.ns.empty() || attribute.ns == xml::kXmlNamespace);
    if (known) continue;
    std::string message =
        fmt::format("unknown attribute '{}' on {}{}", name, Tag(node.name), DidYouMean(name, names));
    if (names.empty()) message += fmt::format("; {} takes no attributes", Tag(node.name));
    diagnostics_.Report(Code::E013, attribute.location, message);
  }
}

const xml::Attribute* Reader::Required(const xml::Node& node, std::string_view name) {
  const xml::Attribute* attribute =
      name.substr(0, 4) == "xml:" ? node.FindAttribute(xml::kXmlNamespace, name.substr(4))
                                  : node.FindAttribute(name);
  if (!attribute) {
    diagnostics_.Report(Code::E014, node.location,
                        fmt::format("{} needs the attribute '{}'", Tag(node.name), name));
  }
  return attribute;
}

void Reader::ForEachChild(const xml::Node& node, std::initializer_list<std::string_view> allowed,
                          const std::function<void(const xml::Node&)>& read) {
  std::vector<std::string> names(allowed.begin(), allowed.end());
  bool reported_text = false;
  for (const xml::Node& child : node.children) {
    if (!child.is_element()) {
      if (!reported_text && !IsBlank(child.text)) {
        diagnostics_.Report(Code::E017, node.location,
                            fmt::format("text is not allowed directly inside {}; put it in one "
                                        "of its elements",
                                        Tag(node.name)));
        reported_text = true;
      }
      continue;
    }
    if (child.ns != kNamespace) {
      diagnostics_.Report(Code::E012, child.location,
                          fmt::format("unknown element {} in namespace '{}' inside {}",
                                      Tag(child.name), child.ns, Tag(node.name)));
      continue;
    }
    if (std::find(names.begin(), names.end(), child.name) == names.end()) {
      std::string message = fmt::format("unknown element {} inside {}{}", Tag(child.name),
                                        Tag(node.name), DidYouMean(child.name, names));
      if (names.empty()) message += fmt::format("; {} has no child elements", Tag(node.name));
      diagnostics_.Report(Code::E012, child.location, message);
      continue;
    }
    read(child);
  }
}

void Reader::RequireChild(const xml::Node& node, std::string_view child, bool found) {
  if (!found) {
    diagnostics_.Report(Code::E016, node.location,
                        fmt::format("{} needs {} element", Tag(node.name), WithArticle(Tag(child))));
  }
}

bool Reader::FirstOf(const xml::Node& child, bool& seen) {
  if (seen) {
    diagnostics_.Report(Code::E018, child.location,
                        fmt::format("{} is given more than once here; only one is allowed",
                                    Tag(child.name)));
    return false;
  }
  seen = true;
  return true;
}

void Reader::ReportBadValue(const xml::Attribute& attribute, std::string_view expected,
                            const std::vector<std::string>& suggestions) {
  diagnostics_.Report(Code::E015, attribute.value_location,
                      fmt::format("invalid value '{}' for '{}': expected {}{}", attribute.value,
                                  QualifiedName(attribute), expected,
                                  DidYouMean(attribute.value, suggestions)));
}

std::optional<std::string> Reader::Id(const xml::Attribute& attribute) {
  if (!IsIdText(attribute.value)) {
    ReportBadValue(attribute,
                   "an id: letters, digits, '.', '_' and '-', starting with a letter or digit");
    return std::nullopt;
  }
  return attribute.value;
}

model::Ref Reader::RefOf(const xml::Attribute& attribute) {
  Id(attribute);
  return {attribute.value, attribute.value_location};
}

model::Refs Reader::RefList(const xml::Attribute& attribute) {
  model::Refs refs;
  const std::string& value = attribute.value;
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && IsXmlSpace(value[i])) ++i;
    size_t start = i;
    while (i < value.size() && !IsXmlSpace(value[i])) ++i;
    if (i == start) break;
    std::string id = value.substr(start, i - start);
    SourceLocation location = Shifted(attribute.value_location, start);
    if (!IsIdText(id)) {
      diagnostics_.Report(Code::E015, location,
                          fmt::format("invalid id '{}' in '{}': ids use letters, digits, '.', "
                                      "'_' and '-'; separate them with spaces",
                                      id, QualifiedName(attribute)));
      continue;
    }
    refs.push_back({std::move(id), location});
  }
  return refs;
}

std::optional<int> Reader::PositiveInteger(const xml::Attribute& attribute, int max) {
  const std::string& value = attribute.value;
  bool digits = !value.empty() && value.size() <= 9 &&
                std::all_of(value.begin(), value.end(),
                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  int number = digits ? std::stoi(value) : 0;
  if (!digits || number < 1 || number > max) {
    ReportBadValue(attribute, fmt::format("a whole number from 1 to {}", max));
    return std::nullopt;
  }
  return number;
}

std::optional<int> Reader::Minutes(const xml::Attribute& attribute) {
  return PositiveInteger(attribute, 10000);
}

std::optional<bool> Reader::Boolean(const xml::Attribute& attribute) {
  static const model::NameTable<bool> kBooleans = {{"true", true}, {"false", false}};
  return OneOf(attribute, kBooleans);
}

std::string Reader::Revised(const xml::Node& node) {
  const auto* revised = node.FindAttribute("revised");
  return revised ? revised->value : std::string();
}

model::Condition Reader::ConditionOf(const xml::Node& node) {
  model::Condition condition;
  if (const auto* include = node.FindAttribute("audience")) condition.include = RefList(*include);
  if (const auto* exclude = node.FindAttribute("exclude-audience")) {
    condition.exclude = RefList(*exclude);
  }
  if (const auto* delivery = node.FindAttribute("delivery")) {
    if (delivery->value == "classroom") {
      condition.delivery = model::Delivery::kClassroom;
    } else if (delivery->value == "self-paced") {
      condition.delivery = model::Delivery::kSelfPaced;
    } else {
      diagnostics_.Report(Code::E015, delivery->value_location,
                          fmt::format("delivery=\"{}\" is neither \"classroom\" (in a room, with a facilitator) nor "
                                      "\"self-paced\" (one person learning alone)",
                                      delivery->value));
    }
  }
  return condition;
}

std::string Reader::PlainText(const xml::Node& node) {
  std::string text;
  for (const xml::Node& child : node.children) {
    if (child.is_element()) {
      diagnostics_.Report(Code::E012, child.location,
                          fmt::format("unknown element {} inside {}; it holds plain text only",
                                      Tag(child.name), Tag(node.name)));
    } else {
      text += child.text;
    }
  }
  std::string collapsed = CollapseSpace(text);
  size_t start = collapsed.find_first_not_of(' ');
  if (start == std::string::npos) return {};
  return collapsed.substr(start, collapsed.find_last_not_of(' ') - start + 1);
}

void Reader::InlinesInto(const xml::Node& node, model::Inlines& out) {
  static const std::vector<std::string> kInlineNames = {"em", "strong", "link", "fact"};
  for (const xml::Node& child : node.children) {
    if (!child.is_element()) {
      out.push_back({model::Text{CollapseSpace(child.text)}, child.location});
      continue;
    }
    if (child.ns == kNamespace && child.name == "em") {
      CheckAttributes(child, {});
      model::Emphasis emphasis;
      InlinesInto(child, emphasis.children);
      out.push_back({std::move(emphasis), child.location});
    } else if (child.ns == kNamespace && child.name == "strong") {
      CheckAttributes(child, {});
      model::Strong strong;
      InlinesInto(child, strong.children);
      out.push_back({std::move(strong), child.location});
    } else if (child.ns == kNamespace && child.name == "link") {
      CheckAttributes(child, {"href"});
      model::Link link;
      if (const auto* href = Required(child, "href")) link.href = href->value;
      InlinesInto(child, link.children);
      out.push_back({std::move(link), child.location});
    } else if (child.ns == kNamespace && child.name == "fact") {
      CheckAttributes(child, {"ref"});
      ForEachChild(child, {}, [](const xml::Node&) {});
      if (const auto* ref = Required(child, "ref")) {
        out.push_back({model::FactRef{RefOf(*ref)}, child.location});
      }
    } else {
      diagnostics_.Report(Code::E012, child.location,
                          fmt::format("unknown element {} inside {}: text here may use {}{}",
                                      Tag(child.name), Tag(node.name),
                                      "<em>, <strong>, <link> and <fact>",
                                      DidYouMean(child.name, kInlineNames)));
    }
  }
}

model::Inlines Reader::Inlines(const xml::Node& node) {
  model::Inlines inlines;
  InlinesInto(node, inlines);
  TrimEnds(inlines);
  return inlines;
}

model::List Reader::ListOf(const xml::Node& node, bool ordered) {
  model::List list;
  list.ordered = ordered;
  CheckAttributes(node, {"audience", "exclude-audience", "delivery"});
  ForEachChild(node, {"li"}, [&](const xml::Node& li) {
    CheckAttributes(li, {"audience", "exclude-audience", "delivery"});
    model::ListItem item;
    item.condition = ConditionOf(li);
    item.location = li.location;
    // A list item is text with optional nested lists; read the two apart.
    xml::Node text_part = li;
    text_part.children.clear();
    for (const xml::Node& child : li.children) {
      if (child.is_element() && child.ns == kNamespace && (child.name == "ul" || child.name == "ol")) {
        model::Block nested{ListOf(child, child.name == "ol"), ConditionOf(child), child.location};
        item.sublists.push_back(std::move(nested));
      } else {
        text_part.children.push_back(child);
      }
    }
    item.content = Inlines(text_part);
    list.items.push_back(std::move(item));
  });
  if (list.items.empty()) {
    diagnostics_.Report(Code::E016, node.location,
                        fmt::format("{} needs at least one {} element", Tag(node.name), Tag("li")));
  }
  return list;
}

model::Table Reader::TableOf(const xml::Node& node) {
  model::Table table;
  CheckAttributes(node, {"audience", "exclude-audience", "delivery"});
  bool caption_seen = false;
  ForEachChild(node, {"caption", "tr"}, [&](const xml::Node& child) {
    if (child.name == "caption") {
      CheckAttributes(child, {});
      if (FirstOf(child, caption_seen)) table.caption = Inlines(child);
      return;
    }
    CheckAttributes(child, {});
    model::TableRow row;
    row.location = child.location;
    ForEachChild(child, {"th", "td"}, [&](const xml::Node& cell) {
      CheckAttributes(cell, {});
      row.cells.push_back({cell.name == "th", Inlines(cell)});
    });
    if (row.cells.empty()) {
      diagnostics_.Report(Code::E016, child.location, "<tr> needs at least one <th> or <td> element");
    }
    table.rows.push_back(std::move(row));
  });
  if (table.rows.empty()) {
    diagnostics_.Report(Code::E016, node.location, "<table> needs at least one <tr> element");
  }
  return table;
}

std::optional<model::Block> Reader::BlockOf(const xml::Node& node) {
  model::Block block;
  block.location = node.location;
  block.condition = ConditionOf(node);
  const std::string& name = node.name;
  if (name == "p" || name == "heading") {
    CheckAttributes(node, {"audience", "exclude-audience", "delivery"});
    if (name == "p") {
      block.value = model::Paragraph{Inlines(node)};
    } else {
      block.value = model::Heading{Inlines(node)};
    }
  } else if (name == "ul" || name == "ol") {
    block.value = ListOf(node, name == "ol");
  } else if (name == "table") {
    block.value = TableOf(node);
  } else if (name == "note") {
    CheckAttributes(node, {"type", "audience", "exclude-audience", "delivery"});
    model::Note note;
    if (const auto* type = node.FindAttribute("type")) {
      note.type = OneOf(*type, model::NoteTypeNames())
                      .value_or(model::NoteType::kInfo);
    }
    note.content = Blocks(node);
    block.value = std::move(note);
  } else if (name == "image") {
    CheckAttributes(node, {"src", "alt", "width", "has-text", "audience", "exclude-audience", "delivery"});
    model::Image image;
    bool caption_seen = false;
    ForEachChild(node, {"caption"}, [&](const xml::Node& child) {
      CheckAttributes(child, {});
      if (FirstOf(child, caption_seen)) image.caption = Inlines(child);
    });
    if (const auto* has_text = node.FindAttribute("has-text")) image.has_text = Boolean(*has_text).value_or(false);
    if (const auto* src = Required(node, "src")) image.source = {src->value, src->value_location};
    if (const auto* alt = Required(node, "alt")) image.alt = alt->value;
    if (const auto* width = node.FindAttribute("width")) image.width_percent = PositiveInteger(*width, 100);
    block.value = std::move(image);
  } else if (name == "quote") {
    CheckAttributes(node, {"source", "audience", "exclude-audience", "delivery"});
    model::Quote quote{Inlines(node), std::nullopt};
    if (const auto* source = node.FindAttribute("source")) quote.source = RefOf(*source);
    block.value = std::move(quote);
  } else if (name == "prompt") {
    CheckAttributes(node, {"lines", "audience", "exclude-audience", "delivery"});
    model::Prompt prompt{Inlines(node), 3};
    if (const auto* lines = node.FindAttribute("lines")) prompt.lines = PositiveInteger(*lines, 40).value_or(3);
    block.value = std::move(prompt);
  } else {
    return std::nullopt;
  }
  return block;
}

model::Blocks Reader::Blocks(const xml::Node& node) {
  model::Blocks blocks;
  ForEachChild(node, {"p", "heading", "ul", "ol", "table", "note", "image", "quote", "prompt"},
               [&](const xml::Node& child) {
                 if (auto block = BlockOf(child)) blocks.push_back(std::move(*block));
               });
  return blocks;
}

model::FacilitatorNote Reader::FacilitatorNoteOf(const xml::Node& node) {
  CheckAttributes(node, {"audience", "exclude-audience", "delivery"});
  return {node.name == "safety-note", Blocks(node), ConditionOf(node), node.location};
}

}  // namespace trainkit::reader
