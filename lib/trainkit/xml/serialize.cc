#include "trainkit/xml/serialize.h"

namespace trainkit::xml {

void AppendEscaped(std::string_view text, bool attribute, std::string& out) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      // In an attribute, quotes end the value and line breaks and tabs would be normalised
      // to spaces when it is read again.
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default: out += c;
    }
  }
}

namespace {

std::string Qualified(const std::string& prefix, const std::string& name) {
  return prefix.empty() ? name : prefix + ":" + name;
}

void Write(const Node& node, std::string& out) {
  if (!node.is_element()) {
    AppendEscaped(node.text, false, out);
    return;
  }
  std::string name = Qualified(node.prefix, node.name);
  out += "<" + name;
  for (const NamespaceDeclaration& declared : node.namespaces) {
    out += declared.prefix.empty() ? " xmlns=\"" : " xmlns:" + declared.prefix + "=\"";
    AppendEscaped(declared.uri, true, out);
    out += "\"";
  }
  for (const Attribute& attribute : node.attributes) {
    out += " " + Qualified(attribute.prefix, attribute.name) + "=\"";
    AppendEscaped(attribute.value, true, out);
    out += "\"";
  }
  if (node.children.empty()) {
    out += "/>";
    return;
  }
  out += ">";
  for (const Node& child : node.children) Write(child, out);
  out += "</" + name + ">";
}

}  // namespace

std::string Serialize(const Node& root) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  Write(root, out);
  return out;
}

}  // namespace trainkit::xml
