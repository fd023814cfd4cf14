#include "shipped_programs.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "trainkit/reader/load.h"
#include "trainkit/resolve/resolve_all.h"

namespace trainkit::test {

std::vector<resolve::ResolvedProgram> ShippedPrograms() {
  std::vector<resolve::ResolvedProgram> programs;
  for (const auto& folder : reader::FindCurricula(std::filesystem::path(TRAINKIT_SOURCE_DIR) / "curricula")) {
    Diagnostics ignored;
    auto loaded = reader::LoadCurriculum(folder, ignored);
    REQUIRE(loaded.curriculum);
    std::vector<std::string> countries = {""};
    for (const auto& adaptation : loaded.adaptations) countries.push_back(adaptation.country);
    for (const auto& country : countries) {
      for (auto& run : resolve::ResolveAll(loaded, country, Date{2026, 11, 28})) {
        programs.push_back(std::move(run.program));
      }
    }
  }
  return programs;
}

}  // namespace trainkit::test
