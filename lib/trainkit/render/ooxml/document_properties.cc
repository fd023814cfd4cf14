#include "trainkit/render/ooxml/document_properties.h"

#include <string>

#include "trainkit/render/xml_writer.h"

namespace trainkit::render::ooxml {

std::string CorePropertiesPart(const CoreProperties& properties) {
  XmlWriter x;
  x.Start("cp:coreProperties",
          {{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
           {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
           {"xmlns:dcterms", "http://purl.org/dc/terms/"},
           {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
  x.TextElement("dc:title", properties.title);
  x.TextElement("dc:subject", properties.subject);
  x.TextElement("dc:creator", properties.creator);
  x.TextElement("cp:keywords", properties.keywords);
  x.TextElement("dc:language", properties.language);
  std::string date = properties.date.ToString() + "T00:00:00Z";
  x.TextElement("dcterms:created", date, {{"xsi:type", "dcterms:W3CDTF"}});
  x.TextElement("dcterms:modified", date, {{"xsi:type", "dcterms:W3CDTF"}});
  x.End();
  return x.Finish();
}

std::string AppPropertiesPart(const std::string& application, const std::string& company) {
  XmlWriter x;
  x.Start("Properties", {{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}});
  x.TextElement("Application", application);
  if (!company.empty()) x.TextElement("Company", company);
  x.End();
  return x.Finish();
}

std::string CustomPropertiesPart(const std::vector<std::pair<std::string, std::string>>& properties) {
  XmlWriter x;
  x.Start("Properties", {{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"},
                         {"xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"}});
  int pid = 2;  // property ids start at 2
  for (const auto& [name, text] : properties) {
    // The format identifier every custom property has.
    x.Start("property", {{"fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"}, {"pid", std::to_string(pid++)}, {"name", name}});
    x.TextElement("vt:lpwstr", text);
    x.End();
  }
  x.End();
  return x.Finish();
}

}  // namespace trainkit::render::ooxml
