#include "trainkit/writers/docx/fields.h"

#include <cctype>
#include <sstream>
#include <vector>

namespace trainkit::writers::docx {
namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

bool Is(const xml::Node& node, const char* name) { return node.is_element() && node.ns == kW && node.name == name; }

std::string Attribute(const xml::Node& node, const char* name) {
  const xml::Attribute* a = node.FindAttribute(kW, name);
  return a ? a->value : "";
}

std::string TextOf(const xml::Node& node) {
  std::string text;
  for (const xml::Node& child : node.children) text += child.is_element() ? TextOf(child) : child.text;
  return text;
}

void SetText(xml::Node& t, const std::string& text) {
  t.children.clear();
  if (text.empty()) return;
  xml::Node node;
  node.kind = xml::Node::Kind::kText;
  node.text = text;
  node.location = t.location;
  t.children.push_back(std::move(node));
}

// A field being read: its instruction, whether its result has begun, whether a w:t of the
// result has been given the value.
struct OpenField {
  std::string instruction;
  bool in_result = false;
  bool set = false;
};

class ResultSetter {
 public:
  explicit ResultSetter(const std::map<std::string, std::string>& values) : values_(values) {}

  void Visit(xml::Node& node) {
    if (Is(node, "fldSimple")) {
      auto value = values_.find(FieldKey(Attribute(node, "instr")));
      if (value != values_.end()) {
        bool set = false;
        SetAll(node, value->second, set);
        return;
      }
    } else if (Is(node, "fldChar")) {
      std::string type = Attribute(node, "fldCharType");
      if (type == "begin") fields_.push_back({});
      if (type == "separate" && !fields_.empty()) fields_.back().in_result = true;
      if (type == "end" && !fields_.empty()) fields_.pop_back();
      return;
    } else if (Is(node, "instrText")) {
      if (!fields_.empty() && !fields_.back().in_result) fields_.back().instruction += TextOf(node);
      return;
    } else if (Is(node, "t")) {
      if (fields_.empty() || !fields_.back().in_result) return;
      OpenField& field = fields_.back();
      auto value = values_.find(FieldKey(field.instruction));
      if (value == values_.end()) return;
      SetText(node, field.set ? "" : value->second);
      field.set = true;
      return;
    }
    for (xml::Node& child : node.children) {
      if (child.is_element()) Visit(child);
    }
  }

 private:
  // Every w:t under a simple field: the first shows the value, the others nothing.
  void SetAll(xml::Node& node, const std::string& value, bool& set) {
    for (xml::Node& child : node.children) {
      if (Is(child, "t")) {
        SetText(child, set ? "" : value);
        set = true;
      } else if (child.is_element()) {
        SetAll(child, value, set);
      }
    }
  }

  const std::map<std::string, std::string>& values_;
  std::vector<OpenField> fields_;
};

}  // namespace

std::string FieldKey(const std::string& instruction) {
  std::istringstream words(instruction);
  std::string key, word;
  while (words >> word) {
    if (word[0] == '\\') break;  // switches (\* MERGEFORMAT) say how, not what
    std::string plain;
    for (char c : word) {
      if (c != '"') plain += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (!plain.empty()) key += (key.empty() ? "" : " ") + plain;
  }
  return key;
}

void SetFieldResults(xml::Node& part, const std::map<std::string, std::string>& values) {
  ResultSetter(values).Visit(part);
}

}  // namespace trainkit::writers::docx
