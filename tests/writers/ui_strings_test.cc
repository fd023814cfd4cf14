// The interface words: every shipped language has every English word, with the same
// placeholders, and a gap or a placeholder typo is reported, never printed silently.
#include "trainkit/writers/ui_strings.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "trainkit/writers/writer.h"

using namespace trainkit;
namespace fs = std::filesystem;

namespace {

const fs::path kStrings = fs::path(TRAINKIT_SOURCE_DIR) / "templates" / "strings";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

writers::WriterContext Context(const std::string& translated) {
  writers::WriterContext context;
  context.english_strings_json = ReadFile(kStrings / "en.json");
  context.strings_json = translated;
  context.strings_path = "templates/strings/xx.json";
  return context;
}

}  // namespace

TEST_CASE("every shipped language has every English interface word with the same placeholders") {
  int languages = 0;
  for (const auto& entry : fs::directory_iterator(kStrings)) {
    if (entry.path().filename() == "en.json") continue;
    INFO(entry.path().filename().string());
    Diagnostics diagnostics;
    writers::UiStrings strings;
    auto context = Context(ReadFile(entry.path()));
    REQUIRE(writers::UiStrings::Load(context, strings, diagnostics).ok());
    CHECK(diagnostics.items().empty());
    ++languages;
  }
  CHECK(languages >= 4);
}

TEST_CASE("a missing interface word is a warning and English fills it") {
  Diagnostics diagnostics;
  writers::UiStrings strings;
  REQUIRE(writers::UiStrings::Load(Context(R"({"contents": "Зміст"})"), strings, diagnostics).ok());
  CHECK(strings.Get("contents") == "Зміст");
  CHECK(strings.Get("glossary") == "Glossary");
  CHECK(diagnostics.Has(Code::W183));
  CHECK_FALSE(diagnostics.has_errors());
  bool named = false;
  for (const auto& d : diagnostics.items()) {
    named = named || d.message == "the xx interface words have nothing for 'glossary'; the English \"Glossary\" is printed instead";
  }
  CHECK(named);
}

TEST_CASE("a placeholder the English text does not have is an error at its place in the file") {
  Diagnostics diagnostics;
  writers::UiStrings strings;
  auto context = Context("{\n  \"page_of\": \"Page {pge} of {pages}\"\n}\n");
  REQUIRE(writers::UiStrings::Load(context, strings, diagnostics).ok());
  REQUIRE(diagnostics.errors() == 1);
  const Diagnostic* error = nullptr;
  for (const auto& d : diagnostics.items()) {
    if (d.code == Code::E184) error = &d;
  }
  REQUIRE(error);
  CHECK(error->message == "'page_of' has the placeholder {pge}, which nothing fills; its English text has {page}, {pages}");
  CHECK(error->location.line == 2);
  CHECK(error->location.column == 20);  // the brace of {pge}
}
