#include "trainkit/base/diagnostic.h"

#include <catch2/catch.hpp>

#include <set>

using trainkit::ClosestMatch;

TEST_CASE("the code table is complete and consistent") {
  std::set<std::string> names;
  for (const auto& info : trainkit::AllCodes()) {
    CAPTURE(info.name);
    CHECK(names.insert(std::string(info.name)).second);
    CHECK(&trainkit::Info(info.code) == &info);
    // The letter says the severity, so a reader of a log knows it without the table.
    CHECK((info.name[0] == 'E') == (info.severity == trainkit::Severity::kError));
    CHECK_FALSE(info.summary.empty());
  }
}

TEST_CASE("suggestions catch typos but not unrelated words") {
  std::vector<std::string> audiences = {"general-public", "police", "health-workers", "ngo-staff"};
  CHECK(ClosestMatch("polce", audiences) == "police");
  CHECK(ClosestMatch("polcie", audiences) == "police");  // swapped letters
  CHECK(ClosestMatch("ngo_staff", audiences) == "ngo-staff");
  CHECK_FALSE(ClosestMatch("judiciary", audiences));
  CHECK_FALSE(ClosestMatch("police", audiences));  // an exact match is no suggestion
  CHECK(trainkit::DidYouMean("polce", audiences) == "; did you mean 'police'?");
  CHECK(trainkit::DidYouMean("zzz", audiences).empty());
}

TEST_CASE("diagnostics sort by file, line and column, stably") {
  auto a = std::make_shared<trainkit::SourceFile>("a.xml", "");
  auto b = std::make_shared<trainkit::SourceFile>("b.xml", "");
  trainkit::Diagnostics diagnostics;
  diagnostics.Report(trainkit::Code::E101, {b, 1, 1}, "third");
  diagnostics.Report(trainkit::Code::W110, {a, 9, 2}, "second");
  diagnostics.Report(trainkit::Code::E102, {a, 3, 7}, "first");
  diagnostics.Report(trainkit::Code::E103, {b, 1, 1}, "fourth");
  diagnostics.Sort();
  std::vector<std::string> order;
  for (const auto& d : diagnostics.items()) order.push_back(d.message);
  CHECK(order == std::vector<std::string>{"first", "second", "third", "fourth"});
  CHECK(diagnostics.errors() == 3);
  CHECK(diagnostics.warnings() == 1);
}
