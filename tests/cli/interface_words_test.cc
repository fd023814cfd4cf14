// The words of the outputs' own interface for a language trainkit does not ship, from the
// curriculum's own strings/<language>.json, and the warning when there are none.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;
using trainkit::test::RunTrainkit;

namespace {

// The minimal curriculum with a Serbian (Cyrillic) adaptation: no language trainkit ships words for.
struct SerbianCurriculum {
  SerbianCurriculum() {
    dir.CopyFromSource("tests/data/minimal", "minimal");
    dir.Write("minimal/countries/RS.xml",
              R"(<?xml version="1.0" encoding="UTF-8"?>
<adaptation xmlns="urn:trainkit:curriculum:1" country="RS" xml:lang="sr-Cyrl" based-on="1.0">
  <facts><fact key="law.trafficking" source="Кривични законик" source-date="2026-11">члан 388</fact></facts>
  <translate ref="minimal"><title>Минимални наставни план</title></translate>
</adaptation>
)");
  }
  trainkit::test::ProcessResult Export() const {
    return RunTrainkit({"export", "minimal", "--country", "RS", "--audience", "police", "--format", "markdown", "-o",
                        "out.md"},
                       dir.path());
  }
  trainkit::test::TempDir dir;
};

}  // namespace

TEST_CASE("a language with no interface words is a warning that lists the keys printed in English") {
  SerbianCurriculum curriculum;
  auto result = curriculum.Export();
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("trainkit: warning[W183]: there are no sr-Cyrl interface words (no strings/sr-Cyrl.json or "
                        "strings/sr.json in the template or the curriculum): all ") != std::string::npos);
  CHECK(result.err.find("participant_handout") != std::string::npos);
  CHECK(ReadFile(curriculum.dir.path() / "out.md").find("Participant handout") != std::string::npos);
}

TEST_CASE("a curriculum's own strings file gives its language's words, and a missing one is named") {
  SerbianCurriculum curriculum;
  curriculum.dir.Write("minimal/strings/sr.json", R"({"participant_handout": "Материјал за учеснике"})");
  auto result = curriculum.Export();
  CHECK(result.exit_code == 0);
  CHECK(ReadFile(curriculum.dir.path() / "out.md").find("Материјал за учеснике") != std::string::npos);
  CHECK(result.err.find("there are no sr-Cyrl interface words") == std::string::npos);
  CHECK(result.err.find("minimal/strings/sr.json: warning[W183]: the sr interface words have nothing for 'glossary'; "
                        "the English \"Glossary\" is printed instead") != std::string::npos);
}

TEST_CASE("a curriculum's strings file overrides the template's words, and its placeholders are checked") {
  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  dir.Write("minimal/strings/uk.json", "{\n  \"participant_handout\": \"Для учасників\",\n  \"page_of\": \"{pge}\"\n}\n");
  auto result = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "markdown",
                             "-o", "out.md"},
                            dir.path());
  CHECK(result.exit_code == 4);
  CHECK(result.err.find("minimal/strings/uk.json:3:15: error[E184]: 'page_of' has the placeholder {pge}") !=
        std::string::npos);
  dir.Write("minimal/strings/uk.json", R"({"participant_handout": "Для учасників"})");
  result = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "markdown", "-o",
                        "out.md"},
                       dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("W183") == std::string::npos);  // the template's uk.json has every other word
  CHECK(ReadFile(dir.path() / "out.md").find("Для учасників") != std::string::npos);
}

TEST_CASE("a folder given with --strings changes interface words over the curriculum's and the template's") {
  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  dir.CopyFromSource("tests/data/german/strings", "minimal/strings");
  dir.CopyFromSource("tests/data/german/translations", "minimal/translations");
  dir.Write("ngo-words/de.json", R"({"where_to_get_help": "Hilfe und Beratung"})");
  std::vector<std::string> command = {"export", "minimal", "--language", "de", "--audience", "police", "--format",
                                      "markdown", "-o", "-"};
  auto plain = trainkit::test::RunTrainkit(command, dir.path());
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.out.find("## Hier finden Sie Hilfe") != std::string::npos);
  command.insert(command.end(), {"--strings", "ngo-words"});
  auto ngo = trainkit::test::RunTrainkit(command, dir.path());
  CHECK(ngo.exit_code == 0);
  CHECK(ngo.err.empty());
  CHECK(ngo.out.find("## Hilfe und Beratung") != std::string::npos);
  CHECK(ngo.out.find("*Handout für Teilnehmende") != std::string::npos);  // the curriculum's words stay
  command.back() = "no-such-folder";
  auto missing = trainkit::test::RunTrainkit(command, dir.path());
  CHECK(missing.exit_code == 2);
}
