// Exporting the participant handout: reproducible bytes, paper sizes, reference DOCX files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "../support/run_process.h"
#include "../support/temp_dir.h"
#include "trainkit/package/zip_reader.h"
#include "trainkit/package/zip_writer.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;
using trainkit::test::RunTrainkit;

namespace {

struct Workspace {
  Workspace() { dir.CopyFromSource("tests/data/minimal", "minimal"); }
  trainkit::test::ProcessResult Handout(const std::string& output, const std::vector<std::string>& extra = {},
                                        const std::map<std::string, std::string>& environment = {}) const {
    std::vector<std::string> arguments = {"export", "minimal", "--country", "UA", "--audience", "police",
                                          "--format", "handout-docx", "-o", output};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return RunTrainkit(arguments, dir.path(), environment);
  }
  std::map<std::string, std::string> Parts(const std::string& file) const {
    std::map<std::string, std::string> parts;
    REQUIRE(trainkit::package::ReadZip(ReadFile(dir.path() / file), parts).ok());
    return parts;
  }
  trainkit::test::TempDir dir;
};

}  // namespace

TEST_CASE("the handout holds the participant content in its language, the same bytes every time") {
  Workspace ws;
  REQUIRE(ws.Handout("a.docx").exit_code == 0);
  REQUIRE(ws.Handout("b.docx").exit_code == 0);
  CHECK(ReadFile(ws.dir.path() / "a.docx") == ReadFile(ws.dir.path() / "b.docx"));
  auto parts = ws.Parts("a.docx");
  const std::string& document = parts.at("word/document.xml");
  CHECK(document.find("Що таке торгівля людьми?") != std::string::npos);
  CHECK(document.find("<w:lang w:val=\"uk\"/>") != std::string::npos);
  CHECK(document.find("116 123") != std::string::npos);             // the verified hotline, in the help box
  CHECK(document.find("never ask anyone to disclose") == std::string::npos);  // a facilitator note
  CHECK(document.find("Name a facilitator who can take") == std::string::npos);  // a safety note
  CHECK(document.find("w:tblHeader") != std::string::npos);
  CHECK(document.find("descr=\"Три блоки: дія, спосіб, мета\"") != std::string::npos);  // alt text of the image
  CHECK(parts.count("word/media/image1.png") == 1);
  CHECK(parts.at("docProps/core.xml").find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-28T00:00:00Z") !=
        std::string::npos);
  CHECK(parts.at("word/footer1.xml").find("w:instr=\" PAGE \"") != std::string::npos);
}

TEST_CASE("the letter paper size gives US Letter pages in the handout") {
  Workspace ws;
  REQUIRE(ws.Handout("a.docx", {"--paper", "letter"}).exit_code == 0);
  CHECK(ws.Parts("a.docx").at("word/document.xml").find("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>") != std::string::npos);
}

TEST_CASE("a reference DOCX gives the handout its styles, and a broken one is an error") {
  Workspace ws;
  REQUIRE(ws.Handout("made.docx").exit_code == 0);
  SECTION("a handout trainkit made, with a style changed") {
    auto parts = ws.Parts("made.docx");
    std::string styles = parts.at("word/styles.xml");
    styles.replace(styles.find("1F5F8B"), 6, "8B1F1F");
    std::string zip;
    REQUIRE(trainkit::package::BuildZip({{"word/styles.xml", styles}}, trainkit::Date{2026, 1, 1}, zip).ok());
    ws.dir.Write("brand.docx", zip);
    REQUIRE(ws.Handout("branded.docx", {"--reference-docx", "brand.docx"}).exit_code == 0);
    CHECK(ws.Parts("branded.docx").at("word/styles.xml").find("8B1F1F") != std::string::npos);
  }
  SECTION("not a zip") {
    ws.dir.Write("bad.docx", "just text");
    auto result = ws.Handout("x.docx", {"--reference-docx", "bad.docx"});
    CHECK(result.exit_code == 4);
    CHECK(result.err == "trainkit: reference DOCX bad.docx: not a zip archive (or a damaged one)\n");
  }
  SECTION("no styles part") {
    std::string zip;
    REQUIRE(trainkit::package::BuildZip({{"word/document.xml", "<w:document/>"}}, trainkit::Date{2026, 1, 1}, zip).ok());
    ws.dir.Write("empty.docx", zip);
    auto result = ws.Handout("x.docx", {"--reference-docx", "empty.docx"});
    CHECK(result.exit_code == 4);
    CHECK(result.err == "trainkit: reference DOCX empty.docx: it has no word/styles.xml\n");
  }
  SECTION("a zip bomb") {
    // 300 MB of spaces deflate to a few hundred kilobytes; unpacked, they pass the limit.
    std::string zip;
    REQUIRE(trainkit::package::BuildZip({{"word/styles.xml", std::string(300u << 20, ' ')}},
                                        trainkit::Date{2026, 1, 1}, zip)
                .ok());
    CHECK(zip.size() < (2u << 20));
    ws.dir.Write("bomb.docx", zip);
    auto result = ws.Handout("x.docx", {"--reference-docx", "bomb.docx"});
    CHECK(result.exit_code == 4);
    CHECK(result.err ==
          "trainkit: reference DOCX bomb.docx: the archive unpacks to more than its limit (a zip bomb?)\n");
  }
  SECTION("an entry named to leave the archive") {
    std::string zip;
    REQUIRE(trainkit::package::BuildZip({{"../../word/styles.xml", "<w:styles/>"}}, trainkit::Date{2026, 1, 1}, zip)
                .ok());
    ws.dir.Write("escape.docx", zip);
    auto result = ws.Handout("x.docx", {"--reference-docx", "escape.docx"});
    CHECK(result.exit_code == 4);
    CHECK(result.err ==
          "trainkit: reference DOCX escape.docx: the archive has an entry with an unsafe name: ../../word/styles.xml\n");
  }
  CHECK_FALSE(fs::exists(ws.dir.path() / "x.docx"));
}

// tests/data/word-reference (a reference DOCX as a German Word saves one), zipped.
std::string WordReference() {
  fs::path folder = fs::path(TRAINKIT_SOURCE_DIR) / "tests/data/word-reference";
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<trainkit::package::ZipEntry> entries;
  for (const fs::path& file : files) entries.push_back({file.lexically_relative(folder).generic_string(), ReadFile(file)});
  std::string zip;
  REQUIRE(trainkit::package::BuildZip(entries, trainkit::Date{2026, 1, 1}, zip).ok());
  return zip;
}

TEST_CASE("a reference DOCX's styles are found by name, then id, and those it lacks are trainkit's, with a warning") {
  Workspace ws;
  ws.dir.Write("word.docx", WordReference());
  auto result = ws.Handout("x.docx", {"--reference-docx", "word.docx"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.substr(0, result.err.find("trainkit: wrote x.docx (")) ==
        "word.docx: warning[W182]: the reference DOCX has no style named 'Subtitle', 'heading 3', 'Quote', 'Note', "
        "'Help Box', 'Help Box Heading', 'Worksheet Prompt', 'Write-in Line', 'footer', "
        "'Default Paragraph Font', 'Hyperlink', 'Handout Table'; the handout uses trainkit's own\n");
  auto parts = ws.Parts("x.docx");
  const std::string& document = parts.at("word/document.xml");
  const std::string& styles = parts.at("word/styles.xml");
  // By name as written, ignoring case, then by id; never by an id whose name is another style's.
  CHECK(document.find("<w:pStyle w:val=\"berschrift1\"/>") != std::string::npos);
  CHECK(document.find("<w:pStyle w:val=\"Ueberschrift2\"/>") != std::string::npos);
  CHECK(document.find("<w:pStyle w:val=\"Titel\"/>") != std::string::npos);
  CHECK(document.find("<w:pStyle w:val=\"Beschriftung\"/>") != std::string::npos);
  CHECK(document.find("<w:pStyle w:val=\"Listenabsatz\"/>") != std::string::npos);
  CHECK(document.find("<w:pStyle w:val=\"Heading1\"/>") == std::string::npos);
  CHECK(document.find("<w:pStyle w:val=\"Caption\"/>") == std::string::npos);
  CHECK(styles.find("<w:color w:val=\"C00000\"/>") != std::string::npos);  // the reference's own look
  // A copied style is based on the reference's match of its base; its id is free of the
  // reference's character style "Note".
  CHECK(styles.find("<w:style w:type=\"paragraph\" w:styleId=\"HelpBox\">\n    <w:name w:val=\"Help Box\"/>\n"
                    "    <w:basedOn w:val=\"Standard\"/>") != std::string::npos);
  CHECK(styles.find("<w:style w:type=\"paragraph\" w:styleId=\"Note1\">\n    <w:name w:val=\"Note\"/>") !=
        std::string::npos);
  CHECK(document.find("<w:pStyle w:val=\"Note1\"/>") != std::string::npos);
  CHECK(styles.find("<w:basedOn w:val=\"NormaleTabelle\"/>") != std::string::npos);
  CHECK(styles.find("w:default=\"1\" w:styleId=\"Normal\"") == std::string::npos);  // one default, the reference's
}

TEST_CASE("a reference DOCX gives the handout its page set-up, its headers with their images, and its theme") {
  Workspace ws;
  ws.dir.Write("word.docx", WordReference());
  REQUIRE(ws.Handout("x.docx", {"--reference-docx", "word.docx"}).exit_code == 0);
  auto parts = ws.Parts("x.docx");
  const std::string& document = parts.at("word/document.xml");
  const std::string& rels = parts.at("word/_rels/document.xml.rels");
  const std::string& types = parts.at("[Content_Types].xml");
  // US Letter with the reference's margins, a first page of its own, its two headers; its
  // header has no footer beside it, so the footer is trainkit's.
  std::string section = document.substr(document.rfind("<w:sectPr>"));
  CHECK(section ==
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/><w:headerReference w:type=\"first\" "
        "r:id=\"rId3\"/><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
        "<w:pgMar w:top=\"1440\" w:right=\"1080\" w:bottom=\"1440\" w:left=\"1080\" w:header=\"720\" w:footer=\"720\" "
        "w:gutter=\"0\"/><w:titlePg/></w:sectPr></w:body></w:document>\n");
  CHECK(rels.find("Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
                  "Target=\"reference/word/header1.xml\"") != std::string::npos);
  CHECK(rels.find("Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
                  "Target=\"reference/word/header2.xml\"") != std::string::npos);
  CHECK(rels.find("Target=\"footer1.xml\"") != std::string::npos);
  CHECK(rels.find("Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" "
                  "Target=\"reference/word/theme/theme1.xml\"") != std::string::npos);
  CHECK(parts.count("word/header1.xml") == 0);
  // The header with its logo and the relationship to it; the TITLE field shows this handout's title.
  const std::string& header = parts.at("word/reference/word/header1.xml");
  CHECK(header.find("<w:t>Мінімальна навчальна програма</w:t>") != std::string::npos);
  CHECK(header.find("Vorlage") == std::string::npos);
  CHECK(header.find("<a:blip r:embed=\"rId1\"/>") != std::string::npos);
  CHECK(parts.at("word/reference/word/_rels/header1.xml.rels").find("Target=\"media/logo.png\"") != std::string::npos);
  CHECK(parts.at("word/reference/word/media/logo.png") == ReadFile(fs::path(TRAINKIT_SOURCE_DIR) /
                                                                 "tests/data/word-reference/word/media/logo.png"));
  CHECK(parts.at("word/reference/word/theme/theme1.xml").find("<a:latin typeface=\"Georgia\"/>") != std::string::npos);
  for (const char* part : {"/word/reference/word/header1.xml", "/word/reference/word/header2.xml",
                           "/word/reference/word/theme/theme1.xml", "/word/reference/word/media/logo.png",
                           "/word/footer1.xml"}) {
    CHECK(types.find(std::string("<Override PartName=\"") + part + "\"") != std::string::npos);
  }
  // Images are as wide as the reference's text: 12240 - 2 × 1080 twips.
  CHECK(document.find("<wp:extent cx=\"6400800\"") != std::string::npos);

  SECTION("--paper sets the size and keeps the reference's margins") {
    REQUIRE(ws.Handout("a4.docx", {"--reference-docx", "word.docx", "--paper", "a4"}).exit_code == 0);
    std::string a4 = ws.Parts("a4.docx").at("word/document.xml");
    CHECK(a4.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1080\"") != std::string::npos);
  }
}

TEST_CASE("a reference DOCX that points at a part it does not hold is an error naming both") {
  Workspace ws;
  std::map<std::string, std::string> parts;
  REQUIRE(trainkit::package::ReadZip(WordReference(), parts).ok());
  parts.erase("word/media/logo.png");
  std::vector<trainkit::package::ZipEntry> entries;
  for (const auto& [name, data] : parts) entries.push_back({name, data});
  std::string zip;
  REQUIRE(trainkit::package::BuildZip(entries, trainkit::Date{2026, 1, 1}, zip).ok());
  ws.dir.Write("word.docx", zip);
  auto result = ws.Handout("x.docx", {"--reference-docx", "word.docx"});
  CHECK(result.exit_code == 4);
  CHECK(result.err == "trainkit: reference DOCX word.docx: word/_rels/header1.xml.rels points at word/media/logo.png, "
                      "which is not in the file\n");
  CHECK_FALSE(fs::exists(ws.dir.path() / "x.docx"));
}

TEST_CASE("a template's styles that lack one the handout uses are an error naming the file") {
  Workspace ws;
  ws.dir.CopyFromSource("templates", "templates");
  std::string styles = ReadFile(ws.dir.path() / "templates/docx/styles.xml");
  styles.replace(styles.find("w:styleId=\"WriteIn\""), 19, "w:styleId=\"WriteOn\"");
  ws.dir.Write("templates/docx/styles.xml", styles);
  auto result = ws.Handout("x.docx", {"--template", "templates"});
  CHECK(result.exit_code == 4);
  CHECK(result.err == "trainkit: templates/docx/styles.xml: it lacks styles the handout uses: WriteIn\n");
  CHECK_FALSE(fs::exists(ws.dir.path() / "x.docx"));
}

TEST_CASE("a reference DOCX with a format that takes none is a usage error") {
  Workspace ws;
  auto result = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "guide-pdf",
                             "--reference-docx", "brand.docx", "-o", "x.pdf"},
                            ws.dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.err == "trainkit: --reference-docx is for handout-docx; guide-pdf takes no reference DOCX\n");
  CHECK_FALSE(fs::exists(ws.dir.path() / "x.pdf"));
}

TEST_CASE("a template or reference part that is not well-formed XML is an error at its place, and nothing is written") {
  Workspace ws;
  ws.dir.CopyFromSource("templates", "templates");
  auto break_first_style = [](std::string styles) {
    return styles.replace(styles.find("</w:style>"), 10, "</w:styel>");
  };
  SECTION("the template's styles") {
    ws.dir.Write("templates/docx/styles.xml", break_first_style(ReadFile(ws.dir.path() / "templates/docx/styles.xml")));
    auto result = ws.Handout("x.docx", {"--template", "templates"});
    CHECK(result.exit_code == 4);
    CHECK(result.err ==
          "trainkit: templates/docx/styles.xml:24:13: error[E005]: malformed XML: Opening and ending tag mismatch: "
          "style line 21 and styel\n");
  }
  SECTION("the template's settings") {
    ws.dir.Write("templates/docx/settings.xml",  // cut short
                 "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n"
                 "  <w:defaultTabStop w:val=\"720\"/>\n");
    auto result = ws.Handout("x.docx", {"--template", "templates"});
    CHECK(result.exit_code == 4);
    CHECK(result.err == "trainkit: templates/docx/settings.xml:3:1: error[E005]: malformed XML: "
                        "Premature end of data in tag settings line 1\n");
  }
  SECTION("a reference DOCX's styles") {
    REQUIRE(ws.Handout("made.docx").exit_code == 0);
    auto parts = ws.Parts("made.docx");
    parts["word/styles.xml"] = break_first_style(parts["word/styles.xml"]);
    std::vector<trainkit::package::ZipEntry> entries;
    for (const auto& [name, data] : parts) entries.push_back({name, data});
    std::string zip;
    REQUIRE(trainkit::package::BuildZip(entries, trainkit::Date{2026, 1, 1}, zip).ok());
    ws.dir.Write("broken.docx", zip);
    auto result = ws.Handout("x.docx", {"--reference-docx", "broken.docx"});
    CHECK(result.exit_code == 4);
    CHECK(result.err ==
          "trainkit: reference DOCX broken.docx: word/styles.xml:21:13: error[E005]: malformed XML: Opening and ending "
          "tag mismatch: style line 18 and styel\n");
  }
  CHECK_FALSE(fs::exists(ws.dir.path() / "x.docx"));
}

TEST_CASE("the markdown export holds what participants read, and nothing for facilitators") {
  Workspace ws;
  auto result = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "markdown", "-o", "-"},
                            ws.dir.path());
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.rfind("# Мінімальна навчальна програма\n", 0) == 0);
  // The help box: the fact's label (untranslated in this adaptation), its value and when it was checked.
  CHECK(result.out.find("## Куди звернутися по допомогу\n\n- **National hotline:** 116 123 (перевірено 2026-11-20)\n") !=
        std::string::npos);
  CHECK(result.out.find("| Елемент | Приклад |\n| --- | --- |\n| Дія | Вербування |") != std::string::npos);
  CHECK(result.out.find("![Три блоки: дія, спосіб, мета](<media/elements.png>)") != std::string::npos);
  CHECK(result.out.find("never ask anyone to disclose") == std::string::npos);
  CHECK(result.out.find("Name a facilitator") == std::string::npos);
}
