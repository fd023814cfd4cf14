#include "trainkit/xml/schema.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "trainkit/xml/document.h"

using namespace trainkit;

TEST_CASE("the embedded schema is the shipped one and compiles") {
  CHECK(xml::CurriculumSchemaText().find("targetNamespace=\"urn:trainkit:curriculum:1\"") != std::string_view::npos);
  CHECK_NOTHROW(xml::CurriculumSchema());
}

TEST_CASE("the minimal curriculum and its adaptation are valid against the schema") {
  for (const char* file : {"curriculum.xml", "countries/UA.xml"}) {
    Diagnostics diagnostics;
    auto document = xml::ParseFile(std::filesystem::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal" / file,
                                   file, diagnostics);
    REQUIRE(document);
    CHECK(document->Validate(xml::CurriculumSchema(), diagnostics));
    CHECK(diagnostics.items().empty());
  }
}

TEST_CASE("schema violations are placed at the element they concern") {
  Diagnostics diagnostics;
  auto document = xml::ParseText(
      std::make_shared<SourceFile>("t.xml",
                                   "<adaptation xmlns=\"urn:trainkit:curriculum:1\" country=\"UA\" "
                                   "based-on=\"1\">\n  <remove/>\n</adaptation>\n"),
      diagnostics);
  REQUIRE(document);
  CHECK_FALSE(document->Validate(xml::CurriculumSchema(), diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].location.ToString() == "t.xml:2:3");
  CHECK(diagnostics.items()[0].message ==
        "does not match the schema: Element 'remove': The attribute 'ref' is required but missing.");
}

TEST_CASE("a schema that does not compile says why") {
  std::string error;
  CHECK_FALSE(xml::Schema::Compile("<not-a-schema/>", &error));
  CHECK_FALSE(error.empty());
}
