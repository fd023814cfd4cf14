#include "trainkit/writers/docx/brand_styles.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace trainkit::writers::docx {
namespace {

constexpr std::string_view kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// The w: child element `name` of `node`, or null.
xml::Node* Child(xml::Node& node, std::string_view name) {
  for (xml::Node& child : node.children) {
    if (child.is_element() && child.ns == kW && child.name == name) return &child;
  }
  return nullptr;
}

// The w: attribute `name` of `node`, or null.
xml::Attribute* Attribute(xml::Node& node, std::string_view name) {
  for (xml::Attribute& attribute : node.attributes) {
    if (attribute.ns == kW && attribute.name == name) return &attribute;
  }
  return nullptr;
}

// The colour of the Heading1 style's text, as written ("1F5F8B"), or empty.
std::string AccentOf(xml::Node& styles) {
  for (xml::Node& style : styles.children) {
    xml::Attribute* id = style.is_element() && style.ns == kW && style.name == "style" ? Attribute(style, "styleId") : nullptr;
    if (!id || id->value != "Heading1") continue;
    xml::Node* run = Child(style, "rPr");
    xml::Node* color = run ? Child(*run, "color") : nullptr;
    xml::Attribute* value = color ? Attribute(*color, "val") : nullptr;
    return value ? value->value : "";
  }
  return "";
}

bool SameColor(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}

// Every w:color's value and every border's and shading's w:color that is `from` becomes `to`.
void Recolor(xml::Node& node, const std::string& from, const std::string& to) {
  if (node.ns != kW) return;
  for (xml::Attribute& attribute : node.attributes) {
    bool colour = attribute.ns == kW && ((node.name == "color" && attribute.name == "val") || attribute.name == "color");
    if (colour && SameColor(attribute.value, from)) attribute.value = to;
  }
  for (xml::Node& child : node.children) Recolor(child, from, to);
}

}  // namespace

void ApplyBrandStyles(const model::Brand& brand, xml::Node& styles) {
  auto accent = brand.colors.find("accent");
  std::string own = AccentOf(styles);
  if (accent != brand.colors.end() && !own.empty()) {
    std::string to = accent->second.substr(1);  // "#8a1538" -> "8A1538", as Word writes it
    std::transform(to.begin(), to.end(), to.begin(), [](unsigned char c) { return std::toupper(c); });
    Recolor(styles, own, to);
  }
  if (brand.font_family.empty()) return;
  xml::Node* defaults = Child(styles, "docDefaults");
  xml::Node* run_defaults = defaults ? Child(*defaults, "rPrDefault") : nullptr;
  xml::Node* run = run_defaults ? Child(*run_defaults, "rPr") : nullptr;
  xml::Node* fonts = run ? Child(*run, "rFonts") : nullptr;
  if (!fonts) return;
  for (xml::Attribute& attribute : fonts->attributes) {
    if (attribute.ns != kW) continue;
    if (attribute.name == "ascii" || attribute.name == "hAnsi" || attribute.name == "eastAsia" ||
        attribute.name == "cs") {
      attribute.value = brand.font_family;
    }
  }
}

}  // namespace trainkit::writers::docx
