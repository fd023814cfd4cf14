#include "trainkit/xml/schema.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <fmt/format.h>

#include <stdexcept>

#include "trainkit/xml/document.h"
#include "trainkit/xml/document_impl.h"

namespace trainkit::embedded {
extern const std::string_view kCurriculumSchema;
}

namespace trainkit::xml {

struct Schema::Impl {
  ~Impl() {
    if (schema) xmlSchemaFree(schema);
  }
  xmlSchemaPtr schema = nullptr;
};

Schema::~Schema() = default;

namespace {

void CollectMessage(void* context, xmlErrorPtr error) {
  auto* out = static_cast<std::string*>(context);
  if (error && error->message && out->empty()) *out = error->message;
}

std::string Clean(std::string message) {
  // libxml2 names elements as '{namespace-uri}name'; our users know them as 'name'.
  const std::string kPrefix = "{urn:trainkit:curriculum:1}";
  for (size_t at; (at = message.find(kPrefix)) != std::string::npos;) message.erase(at, kPrefix.size());
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

struct ValidationState {
  SourceFilePtr file;
  Diagnostics* diagnostics;
  int count = 0;
};

void ReportViolation(void* context, xmlErrorPtr error) {
  auto* state = static_cast<ValidationState*>(context);
  if (error == nullptr || error->level == XML_ERR_WARNING) return;
  ++state->count;
  const xmlNode* node = static_cast<const xmlNode*>(error->node);
  if (node && node->type == XML_ATTRIBUTE_NODE) node = node->parent;
  SourceLocation location{state->file, std::max(error->line, 0), 1};
  if (node) location = Document::Impl::LocationOf(state->file, node).value_or(location);
  state->diagnostics->Report(Code::E019, location,
                             "does not match the schema: " + Clean(error->message ? error->message : ""));
}

}  // namespace

std::unique_ptr<Schema> Schema::Compile(std::string_view xsd, std::string* error) {
  xmlInitParser();
  std::string message;
  xmlSchemaParserCtxtPtr parser =
      xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
  if (parser == nullptr) {
    if (error) *error = "cannot create schema parser";
    return nullptr;
  }
  xmlSchemaSetParserStructuredErrors(parser, &CollectMessage, &message);
  xmlSchemaPtr compiled = xmlSchemaParse(parser);
  xmlSchemaFreeParserCtxt(parser);
  if (compiled == nullptr) {
    if (error) *error = Clean(message.empty() ? "schema does not compile" : message);
    return nullptr;
  }
  auto schema = std::unique_ptr<Schema>(new Schema());
  schema->impl_ = std::make_unique<Impl>();
  schema->impl_->schema = compiled;
  return schema;
}

bool Document::Validate(const Schema& schema, Diagnostics& diagnostics) const {
  xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema.impl().schema);
  if (context == nullptr) return true;
  ValidationState state{file_, &diagnostics};
  xmlSchemaSetValidStructuredErrors(context, &ReportViolation, &state);
  xmlSchemaValidateDoc(context, impl_->doc);
  xmlSchemaFreeValidCtxt(context);
  return state.count == 0;
}

std::string_view CurriculumSchemaText() { return embedded::kCurriculumSchema; }

const Schema& CurriculumSchema() {
  static const std::unique_ptr<Schema> schema = [] {
    std::string error;
    auto compiled = Schema::Compile(CurriculumSchemaText(), &error);
    // The schema is part of the binary and tested; failing here is a build defect.
    if (!compiled) throw std::logic_error("embedded curriculum schema does not compile: " + error);
    return compiled;
  }();
  return *schema;
}

}  // namespace trainkit::xml
