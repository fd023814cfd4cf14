// Golden tests of the resolver: the dump of every country (and the international version) ×
// audience of every shipped curriculum, on its first track, is compared with the reviewed
// file tests/golden/dump/<curriculum>/<intl or CC>/<audience>.txt. A combination without a
// golden file fails, so a new country or audience cannot go untested.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <filesystem>

#include "../support/run_process.h"
#include "trainkit/reader/load.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;

TEST_CASE("the dump of every country and audience matches its reviewed golden file") {
  fs::path root(TRAINKIT_SOURCE_DIR);
  int compared = 0;
  for (const fs::path& folder : trainkit::reader::FindCurricula(root / "curricula")) {
    trainkit::Diagnostics ignored;
    auto loaded = trainkit::reader::LoadCurriculum(folder, ignored);
    REQUIRE(loaded.curriculum);
    std::vector<std::string> countries = {""};
    for (const auto& adaptation : loaded.adaptations) countries.push_back(adaptation.country);
    std::string curriculum = folder.filename().string();
    for (const std::string& country : countries) {
      for (const auto& audience : loaded.curriculum->audiences) {
        std::string name = fmt::format("{}/{}/{}", curriculum, country.empty() ? "intl" : country, audience.id);
        INFO(name);
        std::vector<std::string> arguments = {"export", "curricula/" + curriculum, "--audience", audience.id,
                                              "--format", "dump", "-o", "-"};
        if (!country.empty()) arguments.insert(arguments.end(), {"--country", country});
        auto result = trainkit::test::RunTrainkit(arguments, root);
        CHECK(result.exit_code == 0);
        fs::path golden = root / "tests/golden/dump" / (name + ".txt");
        CHECK(fs::exists(golden));
        CHECK(result.out == ReadFile(golden));
        ++compared;
      }
    }
  }
  CHECK(compared >= 45);
}

// The guide's page layout for two programs, one per curriculum, as reviewed text: a change to
// the layout engine, the style or the guide's content shows here line by line.
TEST_CASE("the guide layout of sample programs matches its reviewed golden file") {
  fs::path root(TRAINKIT_SOURCE_DIR);
  struct Sample {
    std::string curriculum, country, audience;
  };
  for (const Sample& sample : {Sample{"training-of-trainers", "", "trainers"},
                               Sample{"trafficking-in-women", "UA", "police"}}) {
    std::string name = fmt::format("{}-{}-{}", sample.curriculum, sample.country.empty() ? "intl" : sample.country,
                                   sample.audience);
    INFO(name);
    std::vector<std::string> arguments = {"export", "curricula/" + sample.curriculum, "--audience", sample.audience,
                                          "--format", "guide-layout", "-o", "-"};
    if (!sample.country.empty()) arguments.insert(arguments.end(), {"--country", sample.country});
    auto result = trainkit::test::RunTrainkit(arguments, root);
    CHECK(result.exit_code == 0);
    CHECK(result.out == ReadFile(root / "tests/golden/layout" / (name + ".txt")));
  }
}
