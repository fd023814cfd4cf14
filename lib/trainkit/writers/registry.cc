#include "trainkit/writers/writer.h"

#include <iterator>

#include "trainkit/writers/dump_writer.h"
#include "trainkit/writers/guide_pdf_writer.h"
#include "trainkit/writers/handout_docx_writer.h"
#include "trainkit/writers/markdown_writer.h"
#include "trainkit/writers/scorm/scorm_writer.h"

namespace trainkit::writers {

const std::vector<Writer>& AllWriters() {
  const std::vector<std::string_view> kScormTemplates(std::begin(kScormPlayerFiles), std::end(kScormPlayerFiles));
  // name, extension, description, template files, write, uses_paper, takes_reference_docx
  static const std::vector<Writer> writers = {
      {"guide-pdf", "pdf", "the facilitator guide, to print and teach from", {"pdf/style.json"}, &WriteGuidePdf,
       true},
      {"handout-docx", "docx", "the participant handout, to edit in Word or LibreOffice and print",
       {"docx/styles.xml", "docx/settings.xml"}, &WriteHandoutDocx, true, true},
      {"scorm12", "zip", "a SCORM 1.2 package, to import into an LMS", kScormTemplates, &WriteScorm12},
      {"scorm2004", "zip", "a SCORM 2004 (4th edition) package, to import into an LMS", kScormTemplates,
       &WriteScorm2004},
      {"markdown", "md", "what participants read, as Markdown, for wikis and websites", {}, &WriteMarkdown},
      {"guide-layout", "txt", "the facilitator guide's pages as text, to check the layout", {"pdf/style.json"},
       &WriteGuideLayout, true},
      {"dump", "txt", "the resolved program as indented text, with where each piece came from", {}, &WriteDump},
  };
  return writers;
}

const Writer* FindWriter(std::string_view name) {
  for (const Writer& writer : AllWriters()) {
    if (writer.name == name) return &writer;
  }
  return nullptr;
}

}  // namespace trainkit::writers
