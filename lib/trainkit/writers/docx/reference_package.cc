#include "trainkit/writers/docx/reference_package.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include "trainkit/writers/docx/fields.h"
#include "trainkit/writers/docx/xml_part.h"
#include "trainkit/render/xml_writer.h"
#include "trainkit/xml/serialize.h"

namespace trainkit::writers::docx {

using render::XmlWriter;
namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kPackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
constexpr const char* kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* kWml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
// Where carried parts go in the handout, so that none meets one of trainkit's own.
constexpr const char* kCarried = "word/reference/";

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

std::string Folder(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// The relationships part of `part` ("" for the package itself).
std::string RelationshipsPart(const std::string& part) {
  if (part.empty()) return "_rels/.rels";
  return Folder(part) + "_rels/" + part.substr(Folder(part).size()) + ".rels";
}

// The part a relationship of `source` points at, or empty when the target leaves the package.
std::string Resolve(const std::string& source, const std::string& target) {
  std::string decoded;
  for (size_t i = 0; i < target.size(); ++i) {
    if (target[i] == '%' && i + 2 < target.size() && std::isxdigit(static_cast<unsigned char>(target[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(target[i + 2]))) {
      decoded += static_cast<char>(std::strtol(target.substr(i + 1, 2).c_str(), nullptr, 16));
      i += 2;
    } else {
      decoded += target[i];
    }
  }
  std::string path = !decoded.empty() && decoded[0] == '/' ? decoded.substr(1) : Folder(source) + decoded;
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = std::min(path.find('/', start), path.size());
    std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (segments.empty()) return {};
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string resolved;
  for (const std::string& segment : segments) resolved += (resolved.empty() ? "" : "/") + segment;
  return resolved;
}

bool IsXml(const std::string& content_type) {
  return content_type.size() >= 4 &&
         (content_type.compare(content_type.size() - 4, 4, "+xml") == 0 || content_type == "application/xml" ||
          content_type == "text/xml");
}

// A measure in twentieths of a point: a number, or a number and a unit (ST_TwipsMeasure).
std::optional<int> Twips(const xml::Node& element, const char* attribute) {
  const xml::Attribute* a = element.FindAttribute(kW, attribute);
  if (!a) return std::nullopt;
  const char* text = a->value.c_str();
  char* end = nullptr;
  double number = std::strtod(text, &end);
  if (end == text) return std::nullopt;
  static const std::pair<const char*, double> kUnits[] = {{"", 1},      {"mm", 56.6929}, {"cm", 566.929},
                                                            {"in", 1440}, {"pt", 20},      {"pc", 240}, {"pi", 240}};
  for (const auto& [unit, twips] : kUnits) {
    if (std::string(end) == unit && std::abs(number * twips) < 1e6) return static_cast<int>(number * twips + 0.5);
  }
  return std::nullopt;
}

const xml::Node* Child(const xml::Node& node, const char* name) {
  for (const xml::Node& child : node.children) {
    if (child.is_element() && child.ns == kW && child.name == name) return &child;
  }
  return nullptr;
}

struct Relationship {
  std::string id, type, target;
  bool external = false;
  std::string part;  // the part an internal relationship points at
};

class PackageReader {
 public:
  PackageReader(const ReferenceDocx& reference, const std::map<std::string, std::string>& fields,
                ReferencePackage& package)
      : reference_(reference), fields_(fields), package_(package) {}

  Status Read();

 private:
  Status Error(const std::string& message) const {
    return Status::Error(fmt::format("reference DOCX {}: {}", reference_.name, message));
  }
  Status Parse(const std::string& part, std::unique_ptr<xml::Document>& document) const {
    Status status = ParseXmlPart(part, reference_.parts.at(part), document);
    return status.ok() ? status : Error(status.message());
  }
  bool Has(const std::string& part) const { return reference_.parts.count(part) > 0; }
  Status ReadContentTypes();
  Status ReadRelationships(const std::string& source, std::vector<Relationship>& relationships);
  std::string ContentType(const std::string& part) const;
  Status Carry(const std::string& part, const std::string& from);
  Status ReadSection(const xml::Node& section, const std::vector<Relationship>& relationships,
                     const std::string& relationships_part);

  const ReferenceDocx& reference_;
  const std::map<std::string, std::string>& fields_;
  ReferencePackage& package_;
  std::map<std::string, std::string> defaults_;   // extension (lower case) -> content type
  std::map<std::string, std::string> overrides_;  // part name (lower case) -> content type
  std::set<std::string> carried_;
};

Status PackageReader::ReadContentTypes() {
  const std::string part = "[Content_Types].xml";
  if (!Has(part)) return Status::Ok();
  std::unique_ptr<xml::Document> types;
  if (Status status = Parse(part, types); !status.ok()) return status;
  for (const xml::Node& type : types->root().children) {
    if (!type.is_element() || type.ns != kContentTypes) continue;
    const xml::Attribute* content_type = type.FindAttribute("ContentType");
    if (!content_type) continue;
    if (const xml::Attribute* extension = type.FindAttribute("Extension"); extension && type.name == "Default") {
      defaults_[Lower(extension->value)] = content_type->value;
    }
    if (const xml::Attribute* name = type.FindAttribute("PartName"); name && type.name == "Override") {
      overrides_[Lower(name->value)] = content_type->value;
    }
  }
  return Status::Ok();
}

std::string PackageReader::ContentType(const std::string& part) const {
  auto type = overrides_.find(Lower("/" + part));
  if (type != overrides_.end()) return type->second;
  size_t dot = part.rfind('.');
  type = dot == std::string::npos ? defaults_.end() : defaults_.find(Lower(part.substr(dot + 1)));
  return type == defaults_.end() ? "" : type->second;
}

Status PackageReader::ReadRelationships(const std::string& source, std::vector<Relationship>& relationships) {
  std::string part = RelationshipsPart(source);
  if (!Has(part)) return Status::Ok();
  std::unique_ptr<xml::Document> document;
  if (Status status = Parse(part, document); !status.ok()) return status;
  for (const xml::Node& node : document->root().children) {
    if (!node.is_element() || node.ns != kPackageRelationships || node.name != "Relationship") continue;
    Relationship r;
    for (const auto& [field, name] : {std::pair{&r.id, "Id"}, {&r.type, "Type"}, {&r.target, "Target"}}) {
      if (const xml::Attribute* a = node.FindAttribute(name)) *field = a->value;
    }
    const xml::Attribute* mode = node.FindAttribute("TargetMode");
    r.external = mode && mode->value == "External";
    if (!r.external) {
      r.part = Resolve(source, r.target);
      if (r.part.empty()) return Error(fmt::format("{} points outside the file: {}", part, r.target));
    }
    relationships.push_back(std::move(r));
  }
  return Status::Ok();
}

Status PackageReader::Carry(const std::string& part, const std::string& from) {
  if (!carried_.insert(part).second) return Status::Ok();
  if (!Has(part)) return Error(fmt::format("{} points at {}, which is not in the file", from, part));
  std::string content_type = ContentType(part);
  if (content_type.empty()) return Error(fmt::format("{} has no content type in [Content_Types].xml", part));
  std::string data = reference_.parts.at(part);
  if (IsXml(content_type)) {
    std::unique_ptr<xml::Document> document;
    if (Status status = Parse(part, document); !status.ok()) return status;
    if (content_type == std::string(kWml) + "header+xml" || content_type == std::string(kWml) + "footer+xml") {
      xml::Node root = document->root();
      SetFieldResults(root, fields_);
      data = xml::Serialize(root);
    }
  }
  std::vector<Relationship> relationships;
  if (Status status = ReadRelationships(part, relationships); !status.ok()) return status;
  if (Has(RelationshipsPart(part))) {
    XmlWriter rels;
    rels.Start("Relationships", {{"xmlns", kPackageRelationships}});
    for (const Relationship& r : relationships) {
      if (r.external) {
        rels.Empty("Relationship", {{"Id", r.id}, {"Type", r.type}, {"Target", r.target}, {"TargetMode", "External"}});
        continue;
      }
      if (Status status = Carry(r.part, RelationshipsPart(part)); !status.ok()) return status;
      // Relative targets hold as they are; the whole package moved under word/reference/.
      std::string target = !r.target.empty() && r.target[0] == '/' ? "/" + std::string(kCarried) + r.target.substr(1) : r.target;
      rels.Empty("Relationship", {{"Id", r.id}, {"Type", r.type}, {"Target", target}});
    }
    rels.End();
    package_.parts.push_back({kCarried + RelationshipsPart(part), "", rels.Finish()});
  }
  package_.parts.push_back({kCarried + part, content_type, std::move(data)});
  return Status::Ok();
}

Status PackageReader::ReadSection(const xml::Node& section, const std::vector<Relationship>& relationships,
                                  const std::string& relationships_part) {
  PageSetup page;
  if (const xml::Node* size = Child(section, "pgSz")) {
    page.width = Twips(*size, "w").value_or(page.width);
    page.height = Twips(*size, "h").value_or(page.height);
    const xml::Attribute* orient = size->FindAttribute(kW, "orient");
    page.landscape = orient && orient->value == "landscape";
  }
  if (const xml::Node* margins = Child(section, "pgMar")) {
    for (const auto& [field, name] : {std::pair{&page.top, "top"}, {&page.right, "right"}, {&page.bottom, "bottom"},
                                      {&page.left, "left"}, {&page.header, "header"}, {&page.footer, "footer"},
                                      {&page.gutter, "gutter"}}) {
      *field = Twips(*margins, name).value_or(*field);
    }
  }
  if (const xml::Node* title_page = Child(section, "titlePg")) {
    const xml::Attribute* value = title_page->FindAttribute(kW, "val");
    page.title_page = !value || (value->value != "0" && value->value != "false" && value->value != "off");
  }
  if (page.width > 31680 * 2 || page.height < 1440 || page.height > 31680 * 2 || page.text_width() < 1440) {
    return Error(fmt::format("its page ({} by {} twips, margins {} and {}) leaves less than an inch for the text",
                             page.width, page.height, page.left, page.right));
  }
  package_.page = page;
  for (const xml::Node& reference : section.children) {
    bool header = reference.is_element() && reference.ns == kW && reference.name == "headerReference";
    bool footer = reference.is_element() && reference.ns == kW && reference.name == "footerReference";
    if (!header && !footer) continue;
    const xml::Attribute* id = reference.FindAttribute(kR, "id");
    auto r = std::find_if(relationships.begin(), relationships.end(),
                          [&](const Relationship& rel) { return id && rel.id == id->value && !rel.external; });
    if (r == relationships.end()) {
      return Error(fmt::format("its section names {} '{}', which {} does not have", header ? "header" : "footer",
                               id ? id->value : "", relationships_part));
    }
    if (Status status = Carry(r->part, relationships_part); !status.ok()) return status;
    const xml::Attribute* type = reference.FindAttribute(kW, "type");
    package_.headers_footers.push_back({header, type ? type->value : "default", "reference/" + r->part});
  }
  return Status::Ok();
}

Status PackageReader::Read() {
  if (Status status = ReadContentTypes(); !status.ok()) return status;
  std::vector<Relationship> root, document;
  if (Status status = ReadRelationships("", root); !status.ok()) return status;
  std::string main = "word/document.xml";
  for (const Relationship& r : root) {
    if (r.type == std::string(kOfficeRel) + "officeDocument" && !r.external) main = r.part;
  }
  if (Status status = ReadRelationships(main, document); !status.ok()) return status;

  std::string styles = Folder(main) + "styles.xml";
  for (const Relationship& r : document) {
    if (r.type == std::string(kOfficeRel) + "styles" && !r.external) styles = r.part;
  }
  if (!Has(styles)) return Error(fmt::format("it has no {}", styles));
  if (Status status = Parse(styles, package_.styles); !status.ok()) return status;
  if (package_.styles->root().ns != kW || package_.styles->root().name != "styles") {
    return Error(fmt::format("{}: the root element is not w:styles", styles));
  }

  for (const Relationship& r : document) {
    if (r.type != std::string(kOfficeRel) + "theme" || r.external) continue;
    if (Status status = Carry(r.part, RelationshipsPart(main)); !status.ok()) return status;
    package_.theme = "reference/" + r.part;
  }
  if (!Has(main)) return Status::Ok();
  std::unique_ptr<xml::Document> body_document;
  if (Status status = Parse(main, body_document); !status.ok()) return status;
  const xml::Node* body = Child(body_document->root(), "body");
  // The body's own section properties are its last element.
  const xml::Node* section = nullptr;
  for (size_t i = 0; body && i < body->children.size(); ++i) {
    const xml::Node& child = body->children[i];
    if (child.is_element()) section = child.ns == kW && child.name == "sectPr" ? &child : nullptr;
  }
  return section ? ReadSection(*section, document, RelationshipsPart(main)) : Status::Ok();
}

}  // namespace

Status ReadReferencePackage(const ReferenceDocx& reference, const std::map<std::string, std::string>& fields,
                            ReferencePackage& package) {
  return PackageReader(reference, fields, package).Read();
}

}  // namespace trainkit::writers::docx
