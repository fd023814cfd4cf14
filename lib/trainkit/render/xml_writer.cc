#include "trainkit/render/xml_writer.h"

#include <libxml/xmlwriter.h>

#include <string>

namespace trainkit::render {
namespace {

const xmlChar* X(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

}  // namespace

XmlWriter::XmlWriter() : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
  xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", "yes");
}

XmlWriter::~XmlWriter() {
  if (writer_) xmlFreeTextWriter(writer_);
  xmlBufferFree(buffer_);
}

void XmlWriter::Start(const char* name, Attributes attributes) {
  xmlTextWriterStartElement(writer_, X(name));
  for (const auto& [key, value] : attributes) {
    xmlTextWriterWriteAttribute(writer_, X(key), X(std::string(value).c_str()));
  }
}

void XmlWriter::End() { xmlTextWriterEndElement(writer_); }

void XmlWriter::Empty(const char* name, Attributes attributes) {
  Start(name, attributes);
  End();
}

void XmlWriter::Text(std::string_view text) { xmlTextWriterWriteString(writer_, X(std::string(text).c_str())); }

void XmlWriter::TextElement(const char* name, std::string_view text, Attributes attributes) {
  Start(name, attributes);
  Text(text);
  End();
}

std::string XmlWriter::Finish() {
  xmlTextWriterEndDocument(writer_);
  xmlFreeTextWriter(writer_);
  writer_ = nullptr;
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)), static_cast<size_t>(xmlBufferLength(buffer_)));
}

}  // namespace trainkit::render
