// The handout's parts, one by one, from a program resolved in process.
#include "trainkit/writers/handout_docx_writer.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "trainkit/package/zip_reader.h"
#include "trainkit/reader/load.h"
#include "trainkit/resolve/resolve.h"

using namespace trainkit;
namespace fs = std::filesystem;

namespace {

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The parts of the minimal curriculum's handout for `country` and `audience`.
std::map<std::string, std::string> Parts(const std::string& country, const std::string& audience,
                                         Diagnostics& diagnostics, const std::string& paper = "") {
  fs::path root(TRAINKIT_SOURCE_DIR);
  Diagnostics ignored;
  auto loaded = reader::LoadCurriculum(root / "tests/data/minimal", ignored);
  auto resolved = resolve::Resolve(loaded, {country, audience, "", "", Date{2026, 11, 28}}, ignored);
  const auto& program = std::get<resolve::ResolvedProgram>(resolved);
  writers::WriterContext context;
  context.templates["docx/styles.xml"] = Read(root / "templates/docx/styles.xml");
  context.templates["docx/settings.xml"] = Read(root / "templates/docx/settings.xml");
  context.english_strings_json = Read(root / "templates/strings/en.json");
  context.strings_json = program.language == "en" ? "" : Read(root / "templates/strings" / (program.language + ".json"));
  context.load_media = [&](const std::string& source) -> std::optional<std::string> {
    return Read(root / "tests/data/minimal" / source);
  };
  context.paper = paper;
  context.timestamp = Date{2026, 11, 28};
  std::string docx;
  writers::BytesSink sink(context.timestamp);
  REQUIRE(writers::WriteHandoutDocx(resolve::ParticipantViewOf(program), context, sink, diagnostics).ok());
  REQUIRE(sink.Finish(docx).ok());
  std::map<std::string, std::string> parts;
  REQUIRE(package::ReadZip(docx, parts).ok());
  return parts;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("the package lists every part with its content type and relationship") {
  Diagnostics diagnostics;
  auto parts = Parts("UA", "police", diagnostics);
  CHECK(diagnostics.items().empty());
  std::vector<std::string> names;
  for (const auto& [name, data] : parts) names.push_back(name);
  CHECK(names == std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                                          "docProps/custom.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/footer1.xml",
                                          "word/header1.xml", "word/media/image1.png", "word/numbering.xml",
                                          "word/settings.xml", "word/styles.xml"});
  const std::string& types = parts.at("[Content_Types].xml");
  for (const char* part : {"/word/document.xml", "/word/styles.xml", "/word/numbering.xml", "/word/settings.xml",
                           "/word/header1.xml", "/word/footer1.xml", "/docProps/core.xml", "/docProps/app.xml",
                           "/docProps/custom.xml"}) {
    CHECK(types.find(std::string("PartName=\"") + part + "\"") != std::string::npos);
  }
  CHECK(types.find("Extension=\"png\" ContentType=\"image/png\"") != std::string::npos);
  const std::string& rels = parts.at("word/_rels/document.xml.rels");
  for (const char* target : {"styles.xml", "numbering.xml", "settings.xml", "header1.xml", "footer1.xml", "media/image1.png"}) {
    CHECK(rels.find(std::string("Target=\"") + target + "\"") != std::string::npos);
  }
  CHECK(parts.at("_rels/.rels").find("Target=\"word/document.xml\"") != std::string::npos);
}

TEST_CASE("the document is the participant content, in its language, with the section last") {
  Diagnostics diagnostics;
  auto parts = Parts("UA", "police", diagnostics);
  const std::string& document = parts.at("word/document.xml");
  CHECK(document.find("<w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:rPr><w:lang w:val=\"uk\"/></w:rPr><w:t xml:space=\"preserve\">"
                      "Мінімальна навчальна програма</w:t>") != std::string::npos);
  CHECK(document.find("<w:pStyle w:val=\"HelpBoxHeading\"/>") != std::string::npos);
  CHECK(document.find("Торгівля людьми має ") != std::string::npos);
  CHECK(document.find("<w:b/><w:lang w:val=\"uk\"/></w:rPr><w:t xml:space=\"preserve\">три</w:t>") != std::string::npos);
  // The prompt asks for four lines: each a tab to the right margin with an underscore leader,
  // kept on the page of the next but the last.
  const std::string line = "<w:tabs><w:tab w:val=\"right\" w:leader=\"underscore\" w:pos=\"9638\"/></w:tabs></w:pPr>"
                           "<w:r><w:tab/></w:r></w:p>";
  CHECK(Count(document, "<w:p><w:pPr><w:pStyle w:val=\"WriteIn\"/><w:keepNext/>" + line) == 3);
  CHECK(Count(document, "<w:p><w:pPr><w:pStyle w:val=\"WriteIn\"/>" + line) == 1);
  CHECK(document.rfind("<w:sectPr>") > document.rfind("</w:p>"));
  CHECK(document.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);
  CHECK(document.find("Ask who has met a case") == std::string::npos);
}

TEST_CASE("styles, numbering, header, footer and properties") {
  Diagnostics diagnostics;
  auto parts = Parts("UA", "police", diagnostics, "letter");
  CHECK(parts.at("word/styles.xml").find("<w:lang w:val=\"uk\" w:eastAsia=\"uk\" w:bidi=\"uk\"/>") != std::string::npos);
  CHECK(parts.at("word/styles.xml").find("%LANG%") == std::string::npos);
  const std::string& numbering = parts.at("word/numbering.xml");
  CHECK(Count(numbering, "<w:abstractNum ") == 2);
  CHECK(numbering.find("<w:numFmt w:val=\"bullet\"/>") != std::string::npos);
  CHECK(numbering.find("<w:numFmt w:val=\"decimal\"/>") != std::string::npos);
  // The title and the country's name as fields, showing this handout's.
  CHECK(parts.at("word/header1.xml").find("<w:fldSimple w:instr=\" TITLE \"><w:r><w:t xml:space=\"preserve\">"
                                          "Мінімальна навчальна програма</w:t></w:r></w:fldSimple><w:r><w:t "
                                          "xml:space=\"preserve\"> · </w:t></w:r><w:fldSimple w:instr=\" DOCPROPERTY "
                                          "Country \"><w:r><w:t xml:space=\"preserve\">Україна</w:t></w:r></w:fldSimple>") !=
        std::string::npos);
  CHECK(parts.at("docProps/custom.xml").find("name=\"Country\"><vt:lpwstr>Україна</vt:lpwstr>") != std::string::npos);
  // "Page N of M" in the handout's language, the numbers as fields.
  CHECK(parts.at("word/footer1.xml").find(
            "<w:r><w:t xml:space=\"preserve\">Сторінка </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t>"
            "</w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> з </w:t></w:r><w:fldSimple w:instr=\" NUMPAGES \">"
            "<w:r><w:t>1</w:t></w:r></w:fldSimple>") != std::string::npos);
  const std::string& core = parts.at("docProps/core.xml");
  CHECK(core.find("<dc:title>Мінімальна навчальна програма</dc:title>") != std::string::npos);
  CHECK(core.find("<dc:language>uk</dc:language>") != std::string::npos);
  CHECK(core.find("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-11-28T00:00:00Z</dcterms:modified>") != std::string::npos);
  CHECK(parts.at("docProps/app.xml").find("<Application>trainkit</Application>") != std::string::npos);
  CHECK(parts.at("word/document.xml").find("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>") != std::string::npos);
}

TEST_CASE("a table's columns are sized by their content, its rows kept whole, its header repeated") {
  Diagnostics diagnostics;
  const std::string document = Parts("UA", "police", diagnostics).at("word/document.xml");
  size_t table = document.find("<w:tbl>");
  REQUIRE(table != std::string::npos);
  std::string grid = document.substr(table, document.find("</w:tblGrid>", table) - table);
  CHECK(grid.find("<w:tblLayout w:type=\"fixed\"/>") != std::string::npos);
  // "Елемент | Приклад", "Дія | Вербування": the second column has the longer text.
  CHECK(grid.find("<w:tblGrid><w:gridCol w:w=\"4296\"/><w:gridCol w:w=\"5342\"/>") != std::string::npos);
  CHECK(document.find("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"4296\" "
                      "w:type=\"dxa\"/>", table) != std::string::npos);
  CHECK(document.find("<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"4296\" w:type=\"dxa\"/>", table) !=
        std::string::npos);
  // The caption keeps with its table.
  CHECK(document.find("<w:pStyle w:val=\"Caption\"/><w:keepNext/>") != std::string::npos);
}

TEST_CASE("the international version prints no number and says whom to ask") {
  Diagnostics diagnostics;
  auto parts = Parts("", "general-public", diagnostics);
  const std::string& document = parts.at("word/document.xml");
  CHECK(document.find("Ask your facilitator for the verified national contacts") != std::string::npos);
  CHECK(document.find("116 123") == std::string::npos);
  CHECK(document.find("<w:lang w:val=\"en\"/>") != std::string::npos);
}
