// `trainkit translate` as translators and adapters use it: status, XLIFF out, XLIFF in, and
// every way an import can go wrong leaving the translation as it was.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "../support/run_process.h"
#include "../support/skip.h"
#include "../support/temp_dir.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;
using trainkit::test::RunTrainkit;

namespace {

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Adds a target after the source of unit `key` in an exported XLIFF file.
std::string WithTarget(const std::string& xliff, const std::string& key, const std::string& target) {
  size_t unit = xliff.find("<trans-unit id=\"" + key + "\"");
  REQUIRE(unit != std::string::npos);
  size_t end = xliff.find("</source>", unit);
  return std::string(xliff).insert(end + 9, "<target state=\"translated\">" + target + "</target>");
}

}  // namespace

TEST_CASE("translate export writes XLIFF 1.2 that the official schema accepts, and import fills the language") {
  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  auto exported = RunTrainkit({"translate", "export", "minimal", "--language", "de", "-o", "de.xlf"}, dir.path());
  REQUIRE(exported.exit_code == 0);
  CHECK(exported.err == "trainkit: wrote de.xlf: 48 units into de (48 missing, 0 outdated)\n");
  std::string xliff = ReadFile(dir.path() / "de.xlf");
  CHECK(xliff.find(R"(<file original="minimal" source-language="en" target-language="de")") != std::string::npos);
  CHECK(xliff.find(R"(<note from="trainkit">module 'definition' (What is trafficking?), 'card-sort' (Card sort): steps/2. Read by facilitators.</note>)") !=
        std::string::npos);

  if (auto schemas = trainkit::test::SchemasFolder()) {
    auto lint = trainkit::test::Run(TRAINKIT_XMLLINT,
                                    {"--noout", "--schema", (*schemas / "xliff12/xliff-core-1.2-strict.xsd").string(), "de.xlf"},
                                    dir.path());
    CHECK(lint.err == "de.xlf validates\n");
    CHECK(lint.exit_code == 0);
  }

  std::string translated = WithTarget(WithTarget(xliff, "definition/title", "Was ist Menschenhandel?"), "national-law/body/1",
                                      "Menschenhandel ist strafbar nach <x id=\"1\" ctype=\"x-fact\" equiv-text=\"{law.trafficking}\"/>.");
  dir.Write("de-done.xlf", translated);
  auto imported = RunTrainkit({"translate", "import", "minimal", "de-done.xlf"}, dir.path());
  CHECK(imported.err ==
        "trainkit: imported de-done.xlf into minimal/translations/de.xml: 2 added, 0 changed, 0 unchanged, 46 without a target\n");
  CHECK(imported.exit_code == 0);
  std::string pack = ReadFile(dir.path() / "minimal/translations/de.xml");
  CHECK(pack.find(R"(<unit key="definition/title" source=")") != std::string::npos);
  CHECK(pack.find(R"(>Menschenhandel ist strafbar nach <fact ref="law.trafficking"/>.</unit>)") != std::string::npos);

  auto status = RunTrainkit({"translate", "status", "minimal", "--language", "de", "--json"}, dir.path());
  REQUIRE(status.exit_code == 0);
  auto json = nlohmann::json::parse(status.out);
  CHECK(json[0]["units"] == 48);
  CHECK(json[0]["translated"] == 2);
  CHECK(json[0]["missing"] == 46);

  // The international version now exists in German, with the translated text in it.
  auto markdown = RunTrainkit({"export", "minimal", "--audience", "police", "--language", "de", "--format", "markdown", "-o", "-"},
                              dir.path());
  CHECK(markdown.exit_code == 0);
  CHECK(markdown.out.find("Was ist Menschenhandel?") != std::string::npos);
  // What is still English is said (an element counts as translated when all its text is).
  INFO(markdown.err);
  // (Markdown is self-paced: the card sort, a classroom activity, is not among them.)
  CHECK(markdown.err.find("warning[W173]: 12 of 12 participant texts for police in track 'short' are not translated "
                          "into de and stay in en") != std::string::npos);
}

TEST_CASE("an import that cannot be trusted is refused whole and changes nothing") {
  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  dir.Write("minimal/translations/de.xml",
            "<translation xmlns=\"urn:trainkit:curriculum:1\" curriculum=\"minimal\" xml:lang=\"de\">\n"
            "  <unit key=\"police/name\" source=\"fbf506284dad01d4\">Polizei</unit>\n</translation>\n");
  std::string before = ReadFile(dir.path() / "minimal/translations/de.xml");
  REQUIRE(RunTrainkit({"translate", "export", "minimal", "--language", "de", "-o", "de.xlf"}, dir.path()).exit_code == 0);
  std::string xliff = ReadFile(dir.path() / "de.xlf");
  std::string good = WithTarget(xliff, "definition/title", "Was ist Menschenhandel?");

  SECTION("a target that drops a fact reference") {
    dir.Write("in.xlf", WithTarget(good, "national-law/body/1", "Menschenhandel ist strafbar."));
    auto result = RunTrainkit({"translate", "import", "minimal", "in.xlf"}, dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("error[E166]: the target of unit 'national-law/body/1' drops the fact reference 'law.trafficking'") !=
          std::string::npos);
    CHECK(result.err.find("trainkit: in.xlf was not imported; nothing changed\n") != std::string::npos);
  }
  SECTION("a file exported from another curriculum") {
    dir.Write("in.xlf", Replace(good, "original=\"minimal\"", "original=\"trafficking-in-women\""));
    auto result = RunTrainkit({"translate", "import", "minimal", "in.xlf"}, dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("error[E163]: this XLIFF file translates 'trafficking-in-women', not curriculum 'minimal'") !=
          std::string::npos);
  }
  SECTION("a malformed file") {
    dir.Write("in.xlf", good.substr(0, good.size() / 2));
    auto result = RunTrainkit({"translate", "import", "minimal", "in.xlf"}, dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("in.xlf:") == 0);
    CHECK(result.err.find("error[E005]") != std::string::npos);
  }
  SECTION("a file without a body") {
    std::string bodiless = good.substr(0, good.find("<body>")) + "</file>\n</xliff>\n";
    dir.Write("in.xlf", bodiless);
    auto result = RunTrainkit({"translate", "import", "minimal", "in.xlf"}, dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("error[E016]: <file> has no <body>: there is nothing to import") != std::string::npos);
  }
  SECTION("a target language that is not a language tag, such as a path") {
    dir.Write("in.xlf", Replace(good, "target-language=\"de\"", "target-language=\"../../elsewhere\""));
    auto result = RunTrainkit({"translate", "import", "minimal", "in.xlf"}, dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("error[E132]: target-language '../../elsewhere' is not a language tag") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.path() / "elsewhere.xml"));
  }
  SECTION("a target with no words where the source has some") {
    dir.Write("in.xlf", WithTarget(good, "national-law/body/1", "<x id=\"1\" ctype=\"x-fact\" equiv-text=\"{law.trafficking}\"/>"));
    auto result = RunTrainkit({"translate", "import", "minimal", "in.xlf"}, dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("error[E161]: the target of unit 'national-law/body/1' has no words") != std::string::npos);
  }
  SECTION("a file that is not XLIFF") {
    auto result = RunTrainkit({"translate", "import", "minimal", "minimal/curriculum.xml"}, dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("error[E010]: this is not an XLIFF 1.2 file: its root is <curriculum> in namespace "
                          "urn:trainkit:curriculum:1") != std::string::npos);
  }
  SECTION("a unit whose source changed since the export is reported and left out; the rest imports") {
    dir.Write("in.xlf", WithTarget(good, "police/name", "Polizei und Grenzschutz"));
    std::string curriculum = ReadFile(dir.path() / "minimal/curriculum.xml");
    dir.Write("minimal/curriculum.xml", Replace(curriculum, "Police and border guards", "Police, border and coast guards"));
    auto result = RunTrainkit({"translate", "import", "minimal", "in.xlf"}, dir.path());
    CHECK(result.exit_code == 0);
    CHECK(result.err.find("warning[W165]: the source of unit 'police/name' changed since this file was exported, so its "
                          "target is not imported") != std::string::npos);
    CHECK(result.err.find("1 added, 0 changed, 0 unchanged, 46 without a target, 1 not imported (their source changed)") !=
          std::string::npos);
    std::string after = ReadFile(dir.path() / "minimal/translations/de.xml");
    CHECK(after.find(">Polizei</unit>") != std::string::npos);  // the old translation stays, outdated
    auto validate = RunTrainkit({"validate", "minimal"}, dir.path());
    CHECK(validate.err.find("warning[W165]: the translation of 'police/name' is outdated") != std::string::npos);
    return;
  }
  CHECK(ReadFile(dir.path() / "minimal/translations/de.xml") == before);
}

TEST_CASE("translate status lists what is missing and outdated, per language and per country") {
  auto status = RunTrainkit({"translate", "status", "curricula/trafficking-in-women", "--json"}, TRAINKIT_SOURCE_DIR);
  REQUIRE(status.exit_code == 0);
  auto json = nlohmann::json::parse(status.out);
  std::vector<std::string> languages;
  for (const auto& language : json) languages.push_back(language["language"].get<std::string>() +
                                                        (language["country"] == "" ? "" : "-" + language["country"].get<std::string>()));
  CHECK(languages == std::vector<std::string>{"bg", "bg-BG", "pl", "pl-PL", "ro", "ro-MD", "uk", "uk-UA"});
  // The shipped translations are complete, each country's overrides with the language it shares.
  for (const auto& language : json) {
    INFO(language["language"]);
    CHECK(language["units"] > 1500);
    CHECK(language["translated"] == language["units"]);
    CHECK(language["missing"] == 0);
    CHECK(language["outdated"] == 0);
    CHECK(language["unused"].empty());
  }
  auto moldova = RunTrainkit({"translate", "status", "curricula/trafficking-in-women", "--country", "MD", "--json"},
                             TRAINKIT_SOURCE_DIR);
  auto md = nlohmann::json::parse(moldova.out);
  REQUIRE(md.size() == 1);
  CHECK(md[0]["country"] == "MD");
  CHECK(md[0]["units"] < json[4]["units"]);  // the sections Moldova replaces are its own

  auto usage = RunTrainkit({"translate", "export", "curricula/trafficking-in-women", "--country", "XX"}, TRAINKIT_SOURCE_DIR);
  CHECK(usage.exit_code == 2);
  CHECK(usage.err == "trainkit: unknown country 'XX'; countries with an adaptation: BG, MD, PL, RO, UA\n");
  auto own = RunTrainkit({"translate", "export", "curricula/trafficking-in-women", "--language", "en"}, TRAINKIT_SOURCE_DIR);
  CHECK(own.exit_code == 2);
  CHECK(own.err == "trainkit: the curriculum is written in en; name the language to translate it into\n");
}

TEST_CASE("an image has variants per language, chosen by the program's language, and one with words and none is W176") {
  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  std::string curriculum = ReadFile(dir.path() / "minimal/curriculum.xml");
  dir.Write("minimal/curriculum.xml", Replace(curriculum, R"(<image src="media/elements.png")",
                                              R"(<image src="media/elements.png" has-text="true")"));
  fs::copy_file(dir.path() / "minimal/media/elements.png", dir.path() / "minimal/media/elements.uk.png");
  auto ukrainian = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "dump", "-o", "-"},
                               dir.path());
  CHECK(ukrainian.exit_code == 0);
  CHECK(ukrainian.out.find("image media/elements.uk.png") != std::string::npos);
  CHECK(ukrainian.err.find("W176") == std::string::npos);
  auto english = RunTrainkit({"export", "minimal", "--audience", "police", "--format", "dump", "-o", "-"}, dir.path());
  CHECK(english.out.find("image media/elements.png") != std::string::npos);

  // German: a translation, no variant of an image with words in it.
  dir.Write("minimal/translations/de.xml",
            "<translation xmlns=\"urn:trainkit:curriculum:1\" curriculum=\"minimal\" xml:lang=\"de\"/>\n");
  auto german = RunTrainkit({"export", "minimal", "--language", "de", "--audience", "police", "--format", "dump", "-o", "-"},
                            dir.path());
  CHECK(german.exit_code == 0);
  CHECK(german.out.find("image media/elements.png") != std::string::npos);
  CHECK(german.err.find("warning[W176]: image 'media/elements.png' has words in it (has-text=\"true\") and no de "
                        "variant, so the de program shows its en words; add media/elements.de.png") != std::string::npos);
  auto validate = RunTrainkit({"validate", "minimal"}, dir.path());
  CHECK(validate.err.find("warning[W176]") != std::string::npos);
}
