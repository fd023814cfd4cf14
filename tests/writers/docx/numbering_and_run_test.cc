// The handout's list numbering and runs, each checked as the XML it writes.
#include <catch2/catch.hpp>

#include "trainkit/writers/docx/numbering.h"
#include "trainkit/writers/docx/run.h"

using namespace trainkit;

TEST_CASE("each list has a numbering of its own and a numbered one starts again at 1") {
  writers::docx::ListNumbering numbering;
  CHECK(numbering.Add(false) == "1");
  CHECK(numbering.Add(true) == "2");
  std::string part = numbering.Part();
  CHECK(part.find("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>") != std::string::npos);
  CHECK(part.find("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
                  "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>") != std::string::npos);
  CHECK(part.find("<w:lvlText w:val=\"%2.\"/>") != std::string::npos);
}

TEST_CASE("a run's properties come in the schema's order and empty text writes nothing") {
  render::XmlWriter xml;
  xml.Start("w:p");
  writers::docx::WriteRun(xml, "", {"Hyperlink", true, false, "uk"});
  writers::docx::WriteRun(xml, "116 123", {"Hyperlink", true, true, "en"});
  xml.End();
  std::string part = xml.Finish();
  CHECK(part.find("<w:p><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:b/><w:i/><w:lang w:val=\"en\"/></w:rPr>"
                  "<w:t xml:space=\"preserve\">116 123</w:t></w:r></w:p>") != std::string::npos);
}
