// The package parts every Office format shares, each checked whole, as libxlsxwriter tests
// one part per file.
#include <catch2/catch.hpp>

#include "trainkit/render/ooxml/content_types.h"
#include "trainkit/render/ooxml/document_properties.h"
#include "trainkit/render/ooxml/relationships.h"

using namespace trainkit::render::ooxml;

namespace {
const std::string kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
}

TEST_CASE("relationships keep their order and number only those added without an id") {
  Relationships rels;
  rels.Add("rIdStyles", std::string(kOfficeRelationship) + "styles", "styles.xml");
  CHECK(rels.AddNumbered(std::string(kOfficeRelationship) + "hyperlink", "tel:116123", true) == "rId1");
  CHECK(rels.AddNumbered(std::string(kOfficeRelationship) + "image", "media/image1.png") == "rId2");
  CHECK(rels.Part() ==
        kDeclaration +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rIdStyles\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
            "Target=\"tel:116123\" TargetMode=\"External\"/>"
            "<Relationship Id=\"rId2\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
            "Target=\"media/image1.png\"/>"
            "</Relationships>\n");
}

TEST_CASE("content types list the package's defaults and then each part by name") {
  ContentTypes types = ContentTypes::ForPackage();
  types.overrides.push_back({"/docProps/core.xml", kCorePropertiesType});
  CHECK(types.Part() ==
        kDeclaration +
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Default Extension=\"png\" ContentType=\"image/png\"/>"
            "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
            "<Override PartName=\"/docProps/core.xml\" "
            "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            "</Types>\n");
}

TEST_CASE("core properties escape their text and date the document at midnight UTC") {
  CoreProperties properties{"Know & act", "Handout · <police>", "trainkit project", "a, b", "uk", {2026, 12, 1}};
  CHECK(CorePropertiesPart(properties) ==
        kDeclaration +
            "<cp:coreProperties "
            "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            "<dc:title>Know &amp; act</dc:title><dc:subject>Handout · &lt;police&gt;</dc:subject>"
            "<dc:creator>trainkit project</dc:creator><cp:keywords>a, b</cp:keywords><dc:language>uk</dc:language>"
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-12-01T00:00:00Z</dcterms:created>"
            "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-12-01T00:00:00Z</dcterms:modified>"
            "</cp:coreProperties>\n");
}

TEST_CASE("custom properties are numbered from 2 with the one format identifier") {
  std::string part = CustomPropertiesPart({{"Country", "Україна"}, {"Audience", "police"}});
  CHECK(part.find("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Country\">"
                  "<vt:lpwstr>Україна</vt:lpwstr></property>") != std::string::npos);
  CHECK(part.find("pid=\"3\" name=\"Audience\"><vt:lpwstr>police</vt:lpwstr>") != std::string::npos);
  CHECK(AppPropertiesPart("trainkit").find("<Application>trainkit</Application>") != std::string::npos);
}
