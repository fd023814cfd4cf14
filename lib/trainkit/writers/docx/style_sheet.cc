#include "trainkit/writers/docx/style_sheet.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

namespace trainkit::writers::docx {
namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string Value(const xml::Node& node, const char* attribute) {
  const xml::Attribute* a = node.FindAttribute(kW, attribute);
  return a ? a->value : "";
}

// The value of the child element `name` (w:name, w:basedOn…), or empty.
std::string ChildValue(const xml::Node& style, const char* name) {
  for (const xml::Node& child : style.children) {
    if (child.is_element() && child.ns == kW && child.name == name) return Value(child, "val");
  }
  return {};
}

const xml::Node* FindChild(const xml::Node& node, const char* name) {
  for (const xml::Node& child : node.children) {
    if (child.is_element() && child.ns == kW && child.name == name) return &child;
  }
  return nullptr;
}

bool IsStyle(const xml::Node& node) { return node.is_element() && node.ns == kW && node.name == "style"; }

// A style's type; w:type may be left out for a paragraph style.
std::string Type(const xml::Node& style) {
  std::string type = Value(style, "type");
  return type.empty() ? "paragraph" : type;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

const xml::Node* FindById(const xml::Node& styles, const std::string& id) {
  for (const xml::Node& style : styles.children) {
    if (IsStyle(style) && Value(style, "styleId") == id) return &style;
  }
  return nullptr;
}

// The id of the style in `sheet` that stands for `wanted` (a style of another sheet), or empty.
std::string FindMatch(const xml::Node& sheet, const xml::Node& wanted) {
  std::string type = Type(wanted), name = ChildValue(wanted, "name"), id = Value(wanted, "styleId");
  auto find = [&](auto&& same) -> std::string {
    for (const xml::Node& style : sheet.children) {
      if (IsStyle(style) && Type(style) == type && same(style)) return Value(style, "styleId");
    }
    return {};
  };
  std::string found;
  if (!name.empty()) found = find([&](const xml::Node& s) { return ChildValue(s, "name") == name; });
  if (found.empty() && !name.empty()) {
    found = find([&](const xml::Node& s) { return Lower(ChildValue(s, "name")) == Lower(name); });
  }
  if (found.empty()) found = find([&](const xml::Node& s) { return Value(s, "styleId") == id; });
  return found;
}

// Declares on `node` every prefix it or its descendants use that `root` does not declare for
// the same namespace, so that it means the same once moved under `root`.
void DeclarePrefixes(xml::Node& node, const xml::Node& root) {
  std::set<std::pair<std::string, std::string>> used;
  auto collect = [&](auto&& self, const xml::Node& n) -> void {
    if (!n.is_element()) return;
    if (!n.prefix.empty()) used.insert({n.prefix, n.ns});
    for (const xml::Attribute& a : n.attributes) {
      if (!a.prefix.empty() && a.prefix != "xml") used.insert({a.prefix, a.ns});
    }
    for (const xml::Node& child : n.children) self(self, child);
  };
  collect(collect, node);
  for (const auto& entry : used) {  // not a structured binding: C++17 lambdas cannot capture one
    bool declared = std::any_of(root.namespaces.begin(), root.namespaces.end(), [&](const auto& d) {
      return d.prefix == entry.first && d.uri == entry.second;
    });
    if (!declared) node.namespaces.push_back({entry.first, entry.second});
  }
}

}  // namespace

std::string MissingStyles(const xml::Node& own, const std::vector<std::string>& needed) {
  std::string missing;
  for (const std::string& id : needed) {
    if (!FindById(own, id)) missing += (missing.empty() ? "" : ", ") + id;
  }
  return missing;
}

StyleSheet OwnStyleSheet(xml::Node own, const std::vector<std::string>& needed) {
  StyleSheet sheet;
  sheet.root = std::move(own);
  for (const std::string& id : needed) sheet.ids[id] = id;
  return sheet;
}

StyleSheet MatchStyleSheet(const xml::Node& own, xml::Node reference, const std::vector<std::string>& needed) {
  StyleSheet sheet;
  // The needed styles and, first, those they are based on, which a copy may need to point at.
  std::vector<const xml::Node*> wanted;
  std::set<const xml::Node*> seen;  // a basedOn loop ends here
  auto want = [&](auto&& self, const std::string& id) -> void {
    if (id.empty()) return;
    const xml::Node* style = FindById(own, id);
    if (!style || !seen.insert(style).second) return;
    self(self, ChildValue(*style, "basedOn"));
    wanted.push_back(style);
  };
  for (const std::string& id : needed) want(want, id);

  std::vector<const xml::Node*> lacking;
  for (const xml::Node* style : wanted) {
    std::string match = FindMatch(reference, *style);
    if (match.empty()) {
      lacking.push_back(style);
    } else {
      sheet.ids[Value(*style, "styleId")] = match;
    }
  }
  // A copied style keeps its id unless the reference uses it for a style of another type.
  for (const xml::Node* style : lacking) {
    std::string id = Value(*style, "styleId"), unique = id;
    for (int n = 1; FindById(reference, unique); ++n) unique = id + std::to_string(n);
    sheet.ids[id] = unique;
  }
  for (const xml::Node* style : lacking) {
    xml::Node copy = *style;
    for (xml::Attribute& a : copy.attributes) {
      if (a.ns == kW && a.name == "styleId") a.value = sheet.ids[a.value];
    }
    // The reference has its own default style of each type.
    copy.attributes.erase(std::remove_if(copy.attributes.begin(), copy.attributes.end(),
                                         [](const xml::Attribute& a) { return a.ns == kW && a.name == "default"; }),
                          copy.attributes.end());
    // Links to other styles point at their matches, or go when there is none.
    auto is_link = [](const xml::Node& child) {
      return child.is_element() && child.ns == kW &&
             (child.name == "basedOn" || child.name == "next" || child.name == "link");
    };
    for (xml::Node& child : copy.children) {
      if (!is_link(child)) continue;
      for (xml::Attribute& a : child.attributes) {
        auto target = sheet.ids.find(a.value);
        if (a.ns == kW && a.name == "val") a.value = target == sheet.ids.end() ? "" : target->second;
      }
    }
    copy.children.erase(std::remove_if(copy.children.begin(), copy.children.end(),
                                       [&](const xml::Node& child) { return is_link(child) && Value(child, "val").empty(); }),
                        copy.children.end());
    DeclarePrefixes(copy, reference);
    reference.children.push_back(std::move(copy));
    sheet.added.push_back(ChildValue(*style, "name").empty() ? Value(*style, "styleId") : ChildValue(*style, "name"));
  }
  sheet.root = std::move(reference);
  return sheet;
}

TableMeasures MeasureTableStyle(const StyleSheet& sheet, const std::string& table_style) {
  // The value of the element at `path` under `node` (w:rPr/w:sz…), or 0.
  auto number = [](const xml::Node* node, std::initializer_list<const char*> path, const char* attribute) {
    for (const char* name : path) node = node ? FindChild(*node, name) : nullptr;
    return node ? std::atoi(Value(*node, attribute).c_str()) : 0;
  };
  std::vector<const xml::Node*> chain;  // the table style, then those it is based on
  for (const xml::Node* style = FindById(sheet.root, table_style); style && chain.size() < 16;
       style = FindById(sheet.root, ChildValue(*style, "basedOn"))) {
    chain.push_back(style);
  }
  const xml::Node* default_paragraph = nullptr;
  for (const xml::Node& style : sheet.root.children) {
    if (IsStyle(style) && Type(style) == "paragraph" && Value(style, "default") == "1") default_paragraph = &style;
  }
  const xml::Node* defaults = FindChild(sheet.root, "docDefaults");
  TableMeasures measures;
  std::vector<int> sizes;
  for (const xml::Node* style : chain) sizes.push_back(number(style, {"rPr", "sz"}, "val"));
  sizes.push_back(number(default_paragraph, {"rPr", "sz"}, "val"));
  sizes.push_back(number(defaults, {"rPrDefault", "rPr", "sz"}, "val"));
  auto size = std::find_if(sizes.begin(), sizes.end(), [](int s) { return s > 0; });
  if (size != sizes.end()) measures.text_size = *size;
  for (const xml::Node* style : chain) {
    const xml::Node* margins = FindChild(*style, "tblPr");
    margins = margins ? FindChild(*margins, "tblCellMar") : nullptr;
    if (!margins) continue;
    int left = std::max(number(margins, {"left"}, "w"), number(margins, {"start"}, "w"));
    int right = std::max(number(margins, {"right"}, "w"), number(margins, {"end"}, "w"));
    measures.cell_margins = left + right;
    break;
  }
  return measures;
}

}  // namespace trainkit::writers::docx
