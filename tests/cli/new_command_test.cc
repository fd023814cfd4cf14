// trainkit new, run as a trainer runs it: the scaffold validates without a warning and exports
// in every format, in the words of its language; nothing already there is ever replaced.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;
using trainkit::test::RunTrainkit;

TEST_CASE("new curriculum makes a curriculum that validates without a warning and exports in every format") {
  trainkit::test::TempDir dir;
  std::ofstream(dir.path() / "people.csv") << "name\nОлена Коваленко\n";
  std::istringstream formats(RunTrainkit({"formats"}, dir.path()).out);
  std::vector<std::string> names;
  for (std::string line; std::getline(formats, line);) names.push_back(line.substr(0, line.find(' ')));
  REQUIRE(names.size() > 10);
  for (const auto& [language, title] : {std::pair<std::string, std::string>{"en", "Title of the training"},
                                        {"uk", "Назва тренінгу"},
                                        {"sr", "Назив обуке"},
                                        {"sr-Latn-RS", "Naziv obuke"},
                                        {"ro-MD", "Titlul instruirii"}}) {
    INFO(language);
    std::string folder = "course-" + language;
    auto made = RunTrainkit({"new", "curriculum", folder, "--language", language}, dir.path());
    REQUIRE(made.exit_code == 0);
    CHECK(made.err.find("trainkit validate " + folder) != std::string::npos);
    std::string text = ReadFile(dir.path() / folder / "curriculum.xml");
    CHECK(text.find("<title>" + title + "</title>") != std::string::npos);
    CHECK(text.find("id=\"" + folder + "\"") != std::string::npos);
    CHECK(text.find("xml:lang=\"" + language + "\"") != std::string::npos);
    CHECK(text.find("<!-- A module: a block of the day") != std::string::npos);  // says what goes where
    auto checked = RunTrainkit({"validate", folder}, dir.path());
    CHECK(checked.exit_code == 0);
    CHECK(checked.err.find("0 errors, 0 warnings") != std::string::npos);
    // The template has interface words for the shipped languages; for Serbian the outputs say
    // that theirs are English (W183), and nothing else.
    const bool has_words = language.rfind("sr", 0) != 0;
    for (const std::string& format : names) {
      INFO(format);
      std::vector<std::string> args = {"export", folder, "--audience", "participants", "--format", format,
                                       "-o", "out/" + folder + "-" + format};
      if (format == "certificates-pdf") args.insert(args.end(), {"--participants", "people.csv"});
      auto exported = RunTrainkit(args, dir.path());
      CHECK(exported.exit_code == 0);
      std::string warnings = exported.err;
      if (!has_words && warnings.rfind("trainkit: warning[W183]", 0) == 0) warnings.erase(0, warnings.find('\n') + 1);
      CHECK(warnings.find("warning") == std::string::npos);
      CHECK(fs::file_size(dir.path() / "out" / (folder + "-" + format)) > 0);
    }
  }
}

TEST_CASE("new curriculum never replaces a file, nor follows a link") {
  trainkit::test::TempDir dir;
  fs::create_directories(dir.path() / "mine");
  std::ofstream(dir.path() / "mine" / "curriculum.xml") << "my own work";
  auto result = RunTrainkit({"new", "curriculum", "mine", "--language", "pl"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.err == "trainkit: mine/curriculum.xml is already there: trainkit new never replaces a file; choose "
                      "another folder\n");
  CHECK(ReadFile(dir.path() / "mine" / "curriculum.xml") == "my own work");

  fs::create_directories(dir.path() / "linked");
  fs::create_symlink(dir.path() / "elsewhere.xml", dir.path() / "linked" / "curriculum.xml");
  result = RunTrainkit({"new", "curriculum", "linked", "--language", "pl"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK_FALSE(fs::exists(dir.path() / "elsewhere.xml"));
}

TEST_CASE("new curriculum refuses a folder name that cannot be an id and a language tag that is not one") {
  trainkit::test::TempDir dir;
  auto result = RunTrainkit({"new", "curriculum", "My Course", "--language", "uk"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("the folder's name 'My Course' is the curriculum's id") != std::string::npos);
  result = RunTrainkit({"new", "curriculum", "course", "--language", "ukr"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.err == "trainkit: --language: 'ukr' in the language tag 'ukr' is not a registered subtag\n");
  result = RunTrainkit({"new", "curriculum", "course", "--language", "not a tag"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("is not a language tag (BCP 47)") != std::string::npos);
  result = RunTrainkit({"new", "curriculum", "course"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK_FALSE(fs::exists(dir.path() / "course"));
}

namespace {

// The codes of the warnings `validate` gives for `file`, in order.
std::vector<std::string> WarningsAbout(const std::string& messages, const std::string& file) {
  std::vector<std::string> codes;
  std::istringstream lines(messages);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(file + ":", 0) != 0) continue;
    size_t at = line.find("warning[");
    if (at != std::string::npos) codes.push_back(line.substr(at + 8, 4));
    CHECK(line.find("error[") == std::string::npos);
  }
  return codes;
}

}  // namespace

TEST_CASE("new country drafts an adaptation of the shipped curriculum: warnings only, each saying what to do") {
  trainkit::test::TempDir dir;
  fs::copy(fs::path(TRAINKIT_SOURCE_DIR) / "curricula/trafficking-in-women", dir.path() / "tiw",
           fs::copy_options::recursive);
  auto made = RunTrainkit({"new", "country", "tiw", "RS", "--language", "sr"}, dir.path());
  REQUIRE(made.exit_code == 0);
  CHECK(made.err == "trainkit: made tiw/countries/RS.xml and tiw/translations/sr.xml: a draft for Serbia in Serbian; "
                    "`trainkit validate tiw` lists what is left to fill in\n");
  std::string draft = ReadFile(dir.path() / "tiw/countries/RS.xml");
  CHECK(draft.find("<adaptation xmlns=\"urn:trainkit:curriculum:1\" country=\"RS\" xml:lang=\"sr\" based-on=\"1.0\">") !=
        std::string::npos);
  // Every declared fact, with its kind and what a source must give; every country-specific
  // section, copied as written with its comments and without the marker.
  std::string curriculum = ReadFile(dir.path() / "tiw/curriculum.xml");
  size_t facts = 0, sections = 0;
  for (size_t at = curriculum.find("<fact-def "); at != std::string::npos; at = curriculum.find("<fact-def ", at + 1)) {
    ++facts;
  }
  for (size_t at = curriculum.find("country-specific=\""); at != std::string::npos;
       at = curriculum.find("country-specific=\"", at + 1)) {
    ++sections;
  }
  CHECK(facts == 14);
  CHECK(sections == 9);
  CHECK(draft.find("<!-- hotline.trafficking: phone.") != std::string::npos);
  CHECK(draft.find("<to-fill key=\"hotline.trafficking\">The number as it is dialled") != std::string::npos);
  CHECK(draft.find("number=\"as it is dialled\" operator=\"...\" hours=\"...\"") != std::string::npos);
  CHECK(draft.find("<replace to-fill=\"The country's criminal-law articles") != std::string::npos);
  CHECK(draft.find("      <title>The law in this country</title>") != std::string::npos);
  CHECK(draft.find("country-specific") == std::string::npos);
  CHECK(ReadFile(dir.path() / "tiw/translations/sr.xml").find("curriculum=\"trafficking-in-women\" xml:lang=\"sr\"") !=
        std::string::npos);

  // The schema editors use agrees (xmllint, from libxml2-utils, which the tests install).
  auto schema = trainkit::test::Run("/usr/bin/xmllint", {"--noout", "--schema", std::string(TRAINKIT_SOURCE_DIR) +
                                    "/schema/curriculum-1.xsd", "tiw/countries/RS.xml", "tiw/translations/sr.xml"},
                                    dir.path());
  CHECK(schema.exit_code == 0);
  CHECK(schema.err == "tiw/countries/RS.xml validates\ntiw/translations/sr.xml validates\n");

  auto checked = RunTrainkit({"validate", "tiw"}, dir.path());
  CHECK(checked.exit_code == 0);
  std::vector<std::string> codes = WarningsAbout(checked.err, "tiw/countries/RS.xml");
  std::map<std::string, size_t> counts;
  for (const auto& code : codes) ++counts[code];
  CHECK(counts == std::map<std::string, size_t>{{"W173", 1}, {"W175", 1}, {"W194", facts}, {"W195", sections}});
  CHECK(checked.err.find("when a source gives it, replace <to-fill> with <fact key=\"hotline.trafficking\" "
                         "source=\"...\" source-date=\"YYYY-MM-DD\" number=\"...\">the value</fact>") !=
        std::string::npos);
  CHECK(checked.err.find("still holds the curriculum's text: rewrite it for RS in sr (The country's criminal-law") !=
        std::string::npos);
  CHECK(checked.err.find("`trainkit translate export --language sr --missing`") != std::string::npos);

  // Every format, as a trainer previews the draft: nothing printed for a fact nobody has found.
  std::ofstream(dir.path() / "people.csv") << "name\nМарко Петровић\n";
  std::istringstream formats(RunTrainkit({"formats"}, dir.path()).out);
  for (std::string line; std::getline(formats, line);) {
    std::string format = line.substr(0, line.find(' '));
    INFO(format);
    std::vector<std::string> args = {"export", "tiw", "--country", "RS", "--audience", "police", "--format", format,
                                     "-o", "out/" + format};
    if (format == "certificates-pdf") args.insert(args.end(), {"--participants", "people.csv"});
    auto exported = RunTrainkit(args, dir.path());
    CHECK(exported.exit_code == 0);
    CHECK(exported.err.find("error[") == std::string::npos);
    CHECK(fs::file_size(dir.path() / "out" / format) > 0);
  }
  std::string markdown = ReadFile(dir.path() / "out/markdown");
  CHECK(markdown.find("**The national hotline on trafficking:** ask the organisation that offers this course for the "
                      "current number") != std::string::npos);
}

TEST_CASE("new country in the curriculum's own language writes no translation, and its text survives XML") {
  trainkit::test::TempDir dir;
  fs::copy(fs::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal", dir.path() / "minimal", fs::copy_options::recursive);
  // A label and a note that would break a comment or an attribute if copied as they are, a
  // '>' in an attribute before the id, and a comment before the section that quotes its start.
  std::string curriculum = ReadFile(dir.path() / "minimal/curriculum.xml");
  size_t at = curriculum.find("<section id=\"national-law\"");
  REQUIRE(at != std::string::npos);
  curriculum.replace(at, 26, "<!-- was <section id=\"national-law\"> --><section country-specific=\"The law -- &amp; "
                             "its &quot;article&quot; &lt;here&gt; > 1\" id=\"national-law\"");
  const std::string label = ">National hotline</fact-def>";
  at = curriculum.find(label);
  REQUIRE(at != std::string::npos);
  curriculum.replace(at, label.size(), ">National -- hotline</fact-def>");
  std::ofstream(dir.path() / "minimal/curriculum.xml") << curriculum;
  auto made = RunTrainkit({"new", "country", "minimal/curriculum.xml", "GB", "--language", "en"}, dir.path());
  REQUIRE(made.exit_code == 0);
  CHECK(made.err.find("made minimal/countries/GB.xml: a draft for United Kingdom in English") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "minimal/translations/en.xml"));
  std::string draft = ReadFile(dir.path() / "minimal/countries/GB.xml");
  CHECK(draft.find("<replace to-fill=\"The law -- &amp; its &quot;article&quot; &lt;here&gt; &gt; 1\">\n"
                   "    <section id=\"national-law\" exclude-audience") != std::string::npos);
  CHECK(draft.find("country-specific") == std::string::npos);
  CHECK(draft.find("         National - - hotline\n") != std::string::npos);  // in a comment
  auto checked = RunTrainkit({"validate", "minimal"}, dir.path());
  CHECK(checked.exit_code == 0);
  std::vector<std::string> codes = WarningsAbout(checked.err, "minimal/countries/GB.xml");
  CHECK(std::set<std::string>(codes.begin(), codes.end()) == std::set<std::string>{"W194", "W195"});
  CHECK(checked.err.find("rewrite it for GB in en (The law -- & its \"article\" <here> > 1)") != std::string::npos);
  // Once the trainer has rewritten the section and removed to-fill, W195 is gone; a country that
  // drops the replacement, keeping the curriculum's text, is told to replace it (W196).
  size_t marker = draft.find(" to-fill=\"The law");
  draft.erase(marker, draft.find('>', marker) - marker);
  std::ofstream(dir.path() / "minimal/countries/GB.xml") << draft;
  checked = RunTrainkit({"validate", "minimal"}, dir.path());
  codes = WarningsAbout(checked.err, "minimal/countries/GB.xml");
  CHECK(std::set<std::string>(codes.begin(), codes.end()) == std::set<std::string>{"W194"});
  draft.erase(draft.find("  <replace>"), draft.find("</replace>") + 11 - draft.find("  <replace>"));
  std::ofstream(dir.path() / "minimal/countries/GB.xml") << draft;
  checked = RunTrainkit({"validate", "minimal"}, dir.path());
  codes = WarningsAbout(checked.err, "minimal/countries/GB.xml");
  CHECK(std::set<std::string>(codes.begin(), codes.end()) == std::set<std::string>{"W194", "W196"});
  CHECK(checked.err.find("GB keeps the curriculum's text of section 'national-law', which each country is expected "
                         "to replace: The law -- & its \"article\" <here> > 1. Add <replace>") != std::string::npos);
}

TEST_CASE("new country refuses what it cannot draft, and never replaces a file") {
  trainkit::test::TempDir dir;
  fs::copy(fs::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal", dir.path() / "minimal", fs::copy_options::recursive);
  auto result = RunTrainkit({"new", "country", "minimal", "UA", "--language", "uk"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.err == "trainkit: minimal/countries/UA.xml is already there: trainkit new never replaces a file\n");
  result = RunTrainkit({"new", "country", "minimal", "rs", "--language", "sr"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.err == "trainkit: CC: 'rs' is not a country code: use an ISO 3166-1 alpha-2 code in capitals (RS, UA, "
                      "MD); did you mean 'RS'?\n");
  result = RunTrainkit({"new", "country", "minimal", "RS", "--language", "serbian"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("trainkit: --language: 'serbian'") == 0);
  fs::create_symlink(dir.path() / "elsewhere.xml", dir.path() / "minimal/countries/RS.xml");
  result = RunTrainkit({"new", "country", "minimal", "RS", "--language", "sr"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK_FALSE(fs::exists(dir.path() / "elsewhere.xml"));
  CHECK_FALSE(fs::exists(dir.path() / "minimal/translations/sr.xml"));
  // A curriculum with errors: they are shown, and nothing is written.
  std::string curriculum = ReadFile(dir.path() / "minimal/curriculum.xml");
  curriculum.replace(curriculum.find("<module id=\"definition\""), 23, "<module id=\"definition\" bogus=\"1\"");
  std::ofstream(dir.path() / "minimal/curriculum.xml") << curriculum;
  result = RunTrainkit({"new", "country", "minimal", "MD", "--language", "ro-MD"}, dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("error[E013]") != std::string::npos);
  CHECK(result.err.find("fix minimal/curriculum.xml first") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "minimal/countries/MD.xml"));
  result = RunTrainkit({"new", "country", "nowhere", "MD", "--language", "ro"}, dir.path());
  CHECK(result.exit_code == 4);
}
