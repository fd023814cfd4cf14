#include "trainkit/writers/docx/xml_part.h"

#include "trainkit/base/diagnostic_format.h"

namespace trainkit::writers::docx {

Status ParseXmlPart(const std::string& name, std::string text, std::unique_ptr<xml::Document>& document) {
  Diagnostics diagnostics;
  document = xml::ParseText(std::make_shared<SourceFile>(name, std::move(text)), diagnostics);
  if (document) return Status::Ok();
  if (diagnostics.items().empty()) return Status::Error(name + ": malformed XML");
  // The first line only: parts that office suites save are often one line of a hundred
  // kilobytes, too long to quote.
  std::string message = FormatText(diagnostics.items().front());
  return Status::Error(message.substr(0, message.find('\n')));
}

}  // namespace trainkit::writers::docx
