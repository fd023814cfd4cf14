#include "trainkit/reader/participants.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace trainkit;

namespace {

std::vector<reader::Participant> Read(const std::string& text, Diagnostics& diagnostics) {
  return reader::ReadParticipants(std::make_shared<SourceFile>("people.csv", text), diagnostics);
}

// The one diagnostic `text` gives: "E188 line:column".
std::string Refusal(const std::string& text) {
  Diagnostics diagnostics;
  CHECK(Read(text, diagnostics).empty());
  REQUIRE(diagnostics.items().size() == 1);
  const Diagnostic& d = diagnostics.items()[0];
  return std::string(Info(d.code).name) + " " + std::to_string(d.location.line) + ":" + std::to_string(d.location.column);
}

}  // namespace

TEST_CASE("a participant list reads names in any script, quoted fields, CRLF, a byte order mark and blank lines") {
  Diagnostics diagnostics;
  auto people = Read("\xEF\xBB\xBF" "Name,Organisation,Phone\r\n"
                     "Олена Коваленко,\"ГО \"\"Надія\"\", Київ\",\r\n"
                     "\r\n"
                     "  Anna Wiśniewska  ,,555\r\n"
                     "\"Ivana\nPetrova\",Фондация\r\n",
                     diagnostics);
  CHECK(diagnostics.items().empty());
  REQUIRE(people.size() == 3);
  CHECK(people[0].name == "Олена Коваленко");
  CHECK(people[0].organisation == "ГО \"Надія\", Київ");
  CHECK(people[0].line == 2);
  CHECK(people[1].name == "Anna Wiśniewska");
  CHECK(people[1].organisation.empty());
  CHECK(people[1].line == 4);
  CHECK(people[2].name == "Ivana\nPetrova");
  CHECK(people[2].line == 5);
}

TEST_CASE("a participant list that cannot be used says where, with E188") {
  CHECK(Refusal(std::string("\xFF\xFEn\0a\0", 6)) == "E188 1:1");              // UTF-16
  CHECK(Refusal("name\nAnna\nJos\xE9 Garc\xED" "a\n") == "E188 3:4");           // Latin-1, not UTF-8
  CHECK(Refusal("surname,organisation\nKowalska,\n") == "E188 1:1");          // no 'name' column
  CHECK(Refusal("name,organisation\nAnna,\n,Fundacja\n") == "E188 3:1");      // an empty name
  CHECK(Refusal("name\nAnna\n\"Ivana Petrova\n") == "E188 3:1");             // a quote never closed
  CHECK(Refusal("name\nAn\"na\n") == "E188 2:3");                              // a quote inside a bare field
  CHECK(Refusal("") == "E188 1:1");                                          // nothing at all
  CHECK(Refusal("name,organisation\n\n") == "E188 1:1");                    // no one under the header
  CHECK(Refusal("name\n  \n,x\n") == "E188 3:1");                            // after a line of spaces
  CHECK(Refusal("name\nAnna\n \t\n\"Ivana\n") == "E188 4:1");                // the open quote's line
}
