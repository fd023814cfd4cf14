// An XML file parsed safely into a small tree in which every element and attribute knows its
// file:line:column.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/base/source_location.h"
#include "trainkit/env.h"

namespace trainkit::xml {

inline constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

struct Attribute {
  std::string name;       // local name
  std::string ns;         // namespace URI; empty for unprefixed attributes
  std::string prefix;     // as written ("w" in w:val); empty for unprefixed attributes
  std::string value;
  SourceLocation location;        // of the name
  SourceLocation value_location;  // of the first character of the value
};

// A namespace declaration on an element: xmlns:prefix="uri" (xmlns="uri" when prefix is empty).
struct NamespaceDeclaration {
  std::string prefix;
  std::string uri;
};

struct Node {
  enum class Kind { kElement, kText };

  Kind kind = Kind::kElement;
  std::string name;  // element local name
  std::string ns;    // element namespace URI
  std::string prefix;  // as written ("w" in <w:p>); empty for none
  std::string text;  // text content (kText only)
  std::vector<NamespaceDeclaration> namespaces;  // declared on this element, as written
  std::vector<Attribute> attributes;
  std::vector<Node> children;
  SourceLocation location;  // the element's '<'; a text node has its parent's

  bool is_element() const { return kind == Kind::kElement; }
  // The unprefixed attribute `name`, or null.
  const Attribute* FindAttribute(std::string_view attribute_name) const;
  // The attribute `name` in namespace `ns_uri`, or null.
  const Attribute* FindAttribute(std::string_view ns_uri, std::string_view attribute_name) const;
};

class Schema;

// A parsed file. Owns its libxml2 tree so the file can still be checked against a schema.
class Document {
 public:
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const Node& root() const { return root_; }
  const SourceFilePtr& file() const { return file_; }

  // Checks the document against `schema`, reporting each violation as E019 at the element
  // it concerns. Returns false if there was any.
  bool Validate(const Schema& schema, Diagnostics& diagnostics) const;

 private:
  friend class Parser;
  Document() = default;

 public:
  struct Impl;  // libxml2 details, defined in document_impl.h

 private:
  std::unique_ptr<Impl> impl_;
  SourceFilePtr file_;
  Node root_;
};

struct ParseLimits {
  // Curricula are text; anything larger is a mistake or an attack.
  uintmax_t max_file_bytes = 32u << 20;
};

// Reads `path` through `env` whole, for `display_path` in diagnostics. A file that cannot be
// read (E001) or is too large (E004) is reported and gives null.
SourceFilePtr ReadSource(const Env& env, const std::filesystem::path& path, const std::string& display_path,
                         Diagnostics& diagnostics, const ParseLimits& limits = {});

// Reads `path` through `env` and parses it. Problems with the file or its XML are reported
// (E001-E006) and give null.
std::unique_ptr<Document> ParseFile(const Env& env, const std::filesystem::path& path,
                                    const std::string& display_path, Diagnostics& diagnostics,
                                    const ParseLimits& limits = {});

// Reads `path` from the disk and parses it. Problems with the file or its XML are reported (E001-E006) and
// give null. Never reads anything but `path`: no network, no external entities, no DTDs.
std::unique_ptr<Document> ParseFile(const std::filesystem::path& path,
                                    const std::string& display_path, Diagnostics& diagnostics,
                                    const ParseLimits& limits = {});

// Parses text already in memory; `file` names it in diagnostics.
std::unique_ptr<Document> ParseText(SourceFilePtr file, Diagnostics& diagnostics);
// Sets libxml2 up, once: before parsing on several threads at once.
void SetUpParser();

// The encoding the XML declaration at the start of `text` names (`<?xml ... encoding="X"?>`),
// or "" when there is none. ParseText refuses any but UTF-8; a caller that reads files it
// did not write can tell that apart from broken XML.
std::string DeclaredEncoding(const std::string& text);

}  // namespace trainkit::xml
