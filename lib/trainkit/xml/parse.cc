// Parsing with libxml2: no network, no DTDs, no entity expansion; exact element locations
// recovered in a SAX2 hook, because libxml2 keeps only a line (where the start tag ends).
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <system_error>

#include "trainkit/base/utf8.h"
#include "trainkit/env.h"
#include "trainkit/xml/document.h"
#include "trainkit/xml/document_impl.h"

namespace trainkit::xml {

const Attribute* Node::FindAttribute(std::string_view attribute_name) const {
  return FindAttribute("", attribute_name);
}

const Attribute* Node::FindAttribute(std::string_view ns_uri,
                                     std::string_view attribute_name) const {
  for (const Attribute& attribute : attributes) {
    if (attribute.ns == ns_uri && attribute.name == attribute_name) return &attribute;
  }
  return nullptr;
}

Document::~Document() = default;

namespace {

std::string Trim(std::string text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  return text;
}

}  // namespace

std::string DeclaredEncoding(const std::string& text) {
  size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  if (text.compare(start, 5, "<?xml") != 0) return {};
  size_t end = text.find("?>", start);
  size_t key = text.find("encoding", start);
  if (end == std::string::npos || key == std::string::npos || key > end) return {};
  size_t quote = text.find_first_of("\"'", key);
  if (quote == std::string::npos || quote > end) return {};
  size_t close = text.find(text[quote], quote + 1);
  if (close == std::string::npos || close > end) return {};
  return text.substr(quote + 1, close - quote - 1);
}

namespace {

// What a file that is not text is ("a zip archive"), or nullopt for text. Its bytes say
// nothing a reader can use, so it is named, not quoted. A file with a NUL byte near its start
// is binary unless it starts like XML: then the NUL is a stray byte, reported where it is.
std::optional<std::string_view> BinaryKind(std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kMagic[] = {
      {"PK\x03\x04", "a zip archive (a SCORM package or a DOCX, say)"},
      {"%PDF-", "a PDF document"},
      {"\x89PNG\r\n\x1a\n", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"\x1F\x8B", "a gzip archive"},
  };
  for (const auto& [magic, kind] : kMagic) {
    if (text.substr(0, magic.size()) == magic) return kind;
  }
  size_t first = text.find_first_not_of(" \t\r\n", text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
  bool starts_like_xml = first != std::string_view::npos && text[first] == '<';
  if (!starts_like_xml && text.substr(0, 8000).find('\0') != std::string_view::npos) return "a binary file";
  return std::nullopt;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

// Runs one libxml2 parse and turns its tree into ours.
class Parser {
 public:
  Parser(SourceFilePtr file, Diagnostics& diagnostics)
      : file_(std::move(file)), diagnostics_(diagnostics) {}

  std::unique_ptr<Document> Run();

 private:
  static void OnStartElement(void* context, const xmlChar* localname, const xmlChar* prefix,
                             const xmlChar* uri, int nb_namespaces, const xmlChar** namespaces,
                             int nb_attributes, int nb_defaulted, const xmlChar** attributes);
  static void OnDoctype(void* context, const xmlChar* name, const xmlChar* external_id,
                        const xmlChar* system_id);
  static void OnError(void* context, xmlErrorPtr error);
  static Parser& From(void* context) {
    return *static_cast<Parser*>(static_cast<xmlParserCtxtPtr>(context)->_private);
  }

  SourceLocation At(size_t offset) const {
    auto [line, column] = file_->LineColumn(offset);
    return {file_, line, column};
  }
  size_t CurrentOffset(xmlParserCtxtPtr context) const {
    return static_cast<size_t>(context->input->consumed) +
           static_cast<size_t>(context->input->cur - context->input->base);
  }
  Node Convert(const xmlNode* element) const;
  void ReadAttributeLocations(size_t tag_start, Node& node) const;

  SourceFilePtr file_;
  Diagnostics& diagnostics_;
  bool rejected_doctype_ = false;
  bool reported_error_ = false;
};

void Parser::OnStartElement(void* context, const xmlChar* localname, const xmlChar* prefix,
                            const xmlChar* uri, int nb_namespaces, const xmlChar** namespaces,
                            int nb_attributes, int nb_defaulted, const xmlChar** attributes) {
  xmlSAX2StartElementNs(context, localname, prefix, uri, nb_namespaces, namespaces,
                        nb_attributes, nb_defaulted, attributes);
  auto* ctxt = static_cast<xmlParserCtxtPtr>(context);
  Parser& self = From(context);
  // libxml2 calls this with the input just past the start tag's attributes; '<' cannot occur
  // inside a start tag, so the last '<' before here opens it.
  size_t offset = self.CurrentOffset(ctxt);
  size_t open = self.file_->contents().rfind('<', std::min(offset, self.file_->contents().size()));
  if (ctxt->node != nullptr && open != std::string::npos) Document::Impl::SetOffset(ctxt->node, open);
}

void Parser::OnDoctype(void* context, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(context);
  Parser& self = From(context);
  size_t offset = self.file_->contents().rfind("<!DOCTYPE", self.CurrentOffset(ctxt));
  self.diagnostics_.Report(
      Code::E006, self.At(offset == std::string::npos ? 0 : offset),
      "DOCTYPE declarations are not allowed: curricula use no DTD, and entities could read other "
      "files or expand without bound");
  self.rejected_doctype_ = true;
  // Stop before the internal subset is read, so no entity is ever declared or expanded.
  xmlStopParser(ctxt);
}

void Parser::OnError(void* context, xmlErrorPtr error) {
  Parser& self = From(context);
  if (error == nullptr || error->level == XML_ERR_WARNING || self.rejected_doctype_) return;
  // After the first fatal error libxml2 has stopped; later messages only repeat it.
  if (self.reported_error_) return;
  self.reported_error_ = true;
  std::string message = Trim(error->message ? error->message : "unknown XML error");
  SourceLocation location{self.file_, std::max(error->line, 1), std::max(error->int2, 1)};
  self.diagnostics_.Report(Code::E005, location, "malformed XML: " + message);
}

std::unique_ptr<Document> Parser::Run() {
  const std::string& text = file_->contents();
  xmlInitParser();
  xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(text.data(), static_cast<int>(text.size()));
  if (ctxt == nullptr) {
    diagnostics_.Report(Code::E005, {file_, 0, 0}, "malformed XML: libxml2 could not start");
    return nullptr;
  }
  ctxt->_private = this;
  ctxt->sax->startElementNs = &Parser::OnStartElement;
  ctxt->sax->internalSubset = &Parser::OnDoctype;
  ctxt->sax->serror = &Parser::OnError;
  // NONET: never fetch. No NOENT, DTDLOAD or XINCLUDE: nothing outside this text is read.
  xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA);
  xmlParseDocument(ctxt);

  auto document = std::unique_ptr<Document>(new Document());
  document->impl_ = std::make_unique<Document::Impl>();
  document->impl_->doc = ctxt->myDoc;
  bool well_formed = ctxt->wellFormed && !rejected_doctype_;
  xmlFreeParserCtxt(ctxt);
  if (!well_formed || document->impl_->doc == nullptr) {
    if (!reported_error_ && !rejected_doctype_) {
      diagnostics_.Report(Code::E005, {file_, 1, 1}, "malformed XML");
    }
    return nullptr;
  }
  const xmlNode* root = xmlDocGetRootElement(document->impl_->doc);
  if (root == nullptr) {
    diagnostics_.Report(Code::E005, {file_, 1, 1}, "malformed XML: no root element");
    return nullptr;
  }
  document->file_ = file_;
  document->root_ = Convert(root);
  return document;
}

Node Parser::Convert(const xmlNode* element) const {
  Node node;
  node.kind = Node::Kind::kElement;
  node.name = reinterpret_cast<const char*>(element->name);
  if (element->ns && element->ns->href) node.ns = reinterpret_cast<const char*>(element->ns->href);
  if (element->ns && element->ns->prefix) node.prefix = reinterpret_cast<const char*>(element->ns->prefix);
  for (const xmlNs* declared = element->nsDef; declared != nullptr; declared = declared->next) {
    node.namespaces.push_back({declared->prefix ? reinterpret_cast<const char*>(declared->prefix) : "",
                               declared->href ? reinterpret_cast<const char*>(declared->href) : ""});
  }
  size_t start = 0;
  const bool placed = Document::Impl::OffsetOf(element, start);
  node.location = At(start);

  for (const xmlAttr* attr = element->properties; attr != nullptr; attr = attr->next) {
    Attribute attribute;
    attribute.name = reinterpret_cast<const char*>(attr->name);
    if (attr->ns && attr->ns->href) attribute.ns = reinterpret_cast<const char*>(attr->ns->href);
    if (attr->ns && attr->ns->prefix) attribute.prefix = reinterpret_cast<const char*>(attr->ns->prefix);
    const xmlNode* only = attr->children;
    if (only && !only->next && only->type == XML_TEXT_NODE && only->content) {
      attribute.value = reinterpret_cast<const char*>(only->content);  // the usual case, not copied twice
    } else {
      xmlChar* value = xmlNodeListGetString(element->doc, attr->children, 1);
      attribute.value = value ? reinterpret_cast<const char*>(value) : "";
      xmlFree(value);
    }
    attribute.location = attribute.value_location = node.location;
    node.attributes.push_back(std::move(attribute));
  }
  if (placed) ReadAttributeLocations(start, node);

  // Room for every child at once: a Node is large, and moving those already there each time
  // the vector grew was half the time of converting a tree.
  size_t children = 0;
  for (const xmlNode* child = element->children; child != nullptr; child = child->next) ++children;
  node.children.reserve(children);
  for (const xmlNode* child = element->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) {
      node.children.push_back(Convert(child));
    } else if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      Node text;
      text.kind = Node::Kind::kText;
      text.text = child->content ? reinterpret_cast<const char*>(child->content) : "";
      text.location = node.location;
      // libxml2 may split one run of text into several nodes; keep one.
      if (!node.children.empty() && !node.children.back().is_element()) {
        node.children.back().text += text.text;
      } else {
        node.children.push_back(std::move(text));
      }
    }
  }
  return node;
}

// Finds each attribute's name and value in the start tag at `tag_start`.
void Parser::ReadAttributeLocations(size_t tag_start, Node& node) const {
  const std::string& text = file_->contents();
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t i = tag_start + 1;
  while (i < text.size() && !is_space(text[i]) && text[i] != '>' && text[i] != '/') ++i;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    if (i >= text.size() || text[i] == '>' || text[i] == '/') return;
    size_t name_start = i;
    while (i < text.size() && text[i] != '=' && !is_space(text[i]) && text[i] != '>') ++i;
    std::string qname = text.substr(name_start, i - name_start);
    while (i < text.size() && (is_space(text[i]) || text[i] == '=')) ++i;
    if (i >= text.size() || (text[i] != '"' && text[i] != '\'')) return;
    char quote = text[i];
    size_t value_start = ++i;
    size_t close = text.find(quote, value_start);
    if (close == std::string::npos) return;
    i = close + 1;
    std::string local = qname.substr(qname.find(':') == std::string::npos ? 0 : qname.find(':') + 1);
    for (Attribute& attribute : node.attributes) {
      bool prefixed = qname.find(':') != std::string::npos;
      if (attribute.name == local && prefixed == !attribute.ns.empty()) {
        attribute.location = At(name_start);
        attribute.value_location = At(value_start);
      }
    }
  }
}

void SetUpParser() { xmlInitParser(); }

std::unique_ptr<Document> ParseText(SourceFilePtr file, Diagnostics& diagnostics) {
  const std::string& text = file->contents();
  if (text.empty()) {
    diagnostics.Report(Code::E002, {file, 0, 0}, "file is empty");
    return nullptr;
  }
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                           (text[0] == '\xFE' && text[1] == '\xFF'))) {
    diagnostics.Report(Code::E003, {file, 1, 1},
                       "file is UTF-16 text; save it as UTF-8 (without a byte order mark is best)");
    return nullptr;
  }
  if (auto kind = BinaryKind(text)) {
    diagnostics.Report(Code::E003, {file, 0, 0},
                       fmt::format("file is {}, not the XML text of a curriculum", *kind));
    return nullptr;
  }
  if (auto bad = FindInvalidUtf8(text)) {
    auto [line, column] = file->LineColumn(*bad);
    diagnostics.Report(Code::E003, {file, line, column},
                       text[*bad] == '\0'
                           ? "file contains a NUL byte: is it a binary file rather than XML text?"
                           : "file is not valid UTF-8 text here; save it as UTF-8");
    return nullptr;
  }
  std::string encoding = DeclaredEncoding(text);
  if (!encoding.empty() && !EqualsIgnoringCase(encoding, "UTF-8")) {
    diagnostics.Report(Code::E003, {file, 1, 1},
                       fmt::format("the XML declaration says encoding '{}'; trainkit reads UTF-8 "
                                   "only: save the file as UTF-8 and declare encoding=\"UTF-8\"",
                                   encoding));
    return nullptr;
  }
  if (text.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    diagnostics.Report(Code::E004, {file, 0, 0}, "file is too large");
    return nullptr;
  }
  return Parser(std::move(file), diagnostics).Run();
}

SourceFilePtr ReadSource(const Env& env, const std::filesystem::path& path, const std::string& display_path,
                         Diagnostics& diagnostics, const ParseLimits& limits) {
  std::string text;
  Env::ReadError error = env.ReadFile(path, limits.max_file_bytes, text);
  if (!error) return std::make_shared<SourceFile>(display_path, std::move(text));
  SourceLocation nowhere{std::make_shared<SourceFile>(display_path, ""), 0, 0};
  if (error.reason == Env::ReadError::Reason::kTooLarge) {
    diagnostics.Report(Code::E004, nowhere,
                       fmt::format("file is too large: {} bytes, the limit is {} bytes", error.size,
                                   limits.max_file_bytes));
  } else {
    diagnostics.Report(Code::E001, nowhere, "cannot read file: " + error.message);
  }
  return nullptr;
}

std::unique_ptr<Document> ParseFile(const Env& env, const std::filesystem::path& path,
                                    const std::string& display_path, Diagnostics& diagnostics,
                                    const ParseLimits& limits) {
  SourceFilePtr source = ReadSource(env, path, display_path, diagnostics, limits);
  return source ? ParseText(std::move(source), diagnostics) : nullptr;
}

std::unique_ptr<Document> ParseFile(const std::filesystem::path& path,
                                    const std::string& display_path, Diagnostics& diagnostics,
                                    const ParseLimits& limits) {
  return ParseFile(DiskEnv(), path, display_path, diagnostics, limits);
}

}  // namespace trainkit::xml
