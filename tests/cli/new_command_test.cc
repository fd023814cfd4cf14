// trainkit new, run as a trainer runs it: the scaffold validates without a warning and exports
// in every format, in the words of its language; nothing already there is ever replaced.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
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
