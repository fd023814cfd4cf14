#include "trainkit/base/diagnostic_format.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace trainkit;

TEST_CASE("text diagnostics quote the line and put a caret under the column") {
  auto file = std::make_shared<SourceFile>("c/curriculum.xml", "<a>\n\t<ж id=\"x\"/>\n");
  Diagnostics diagnostics;
  Diagnostic& d = diagnostics.Report(Code::E101, {file, 2, 5}, "duplicate id 'x'");
  SourceLocation first{file, 1, 1};
  d.notes.push_back(DiagnosticNote{first, "first defined here"});
  CHECK(FormatText(d) ==
        "c/curriculum.xml:2:5: error[E101]: duplicate id 'x'\n"
        "    2 |  <ж id=\"x\"/>\n"
        "      |     ^\n"
        "c/curriculum.xml:1:1: note: first defined here\n"
        "    1 | <a>\n"
        "      | ^\n");
}

TEST_CASE("control characters of the file never reach the terminal") {
  auto file = std::make_shared<SourceFile>("f.xml", std::string("<a>\x1b[2J\x07\0\x7f\xc2\x9b</a>\n", 17));
  Diagnostics diagnostics;
  const Diagnostic& d = diagnostics.Report(Code::E005, {file, 1, 15}, "malformed XML");
  CHECK(FormatText(d) ==
        "f.xml:1:15: error[E005]: malformed XML\n"
        "    1 | <a>\uFFFD[2J\uFFFD\uFFFD\uFFFD\uFFFD</a>\n"
        "      |               ^\n");
}

TEST_CASE("colour is used only when asked for") {
  auto file = std::make_shared<SourceFile>("f.xml", "<a/>\n");
  Diagnostics diagnostics;
  const Diagnostic& d = diagnostics.Report(Code::W110, {file, 1, 1}, "m");
  CHECK(FormatText(d).find('\x1b') == std::string::npos);
  CHECK(FormatText(d, {true}).find("\x1b[1;35mwarning[W110]:") != std::string::npos);
}

TEST_CASE("a file-level diagnostic has no excerpt") {
  auto file = std::make_shared<SourceFile>("gone.xml", "");
  Diagnostics diagnostics;
  const Diagnostic& d = diagnostics.Report(Code::E001, {file, 0, 0}, "cannot read file: no such file");
  CHECK(FormatText(d) == "gone.xml: error[E001]: cannot read file: no such file\n");
}

TEST_CASE("JSON gives one object per diagnostic with every field") {
  auto file = std::make_shared<SourceFile>("f.xml", "<a/>\n");
  Diagnostics diagnostics;
  SourceLocation see{file, 1, 1};
  diagnostics.Report(Code::E104, {file, 1, 2}, "unknown fact 'x'").notes.push_back(DiagnosticNote{see, "see"});
  auto json = nlohmann::json::parse(FormatJson(diagnostics));
  REQUIRE(json.size() == 1);
  CHECK(json[0]["code"] == "E104");
  CHECK(json[0]["severity"] == "error");
  CHECK(json[0]["file"] == "f.xml");
  CHECK(json[0]["line"] == 1);
  CHECK(json[0]["column"] == 2);
  CHECK(json[0]["message"] == "unknown fact 'x'");
  CHECK(json[0]["notes"][0]["message"] == "see");
}
