// The fact policy as a trainer meets it on the command line: participant outputs refuse a phone
// number nobody has checked, a draft prints it marked, the help box lists the trafficking
// hotline first and says to ask the facilitator for a line the country withholds, and
// --werror=CODE stops only for the warnings named.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;
using trainkit::test::RunTrainkit;

namespace {

void Replace(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = ReadFile(file);
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

// The minimal curriculum with three more phone lines: a violence line its text uses and the
// country withholds, a checked office line, and a children's line nothing uses and the country
// withholds; the national hotline is not yet checked.
struct Minimal {
  Minimal() {
    dir.CopyFromSource("tests/data/minimal", "minimal");
    Replace(curriculum(), R"(<fact-def key="hotline.national" kind="phone">National hotline</fact-def>)",
            R"(<fact-def key="hotline.national" kind="phone">National hotline</fact-def>
    <fact-def key="hotline.violence" kind="phone">Violence helpline</fact-def>
    <fact-def key="hotline.office" kind="phone">Office line of the coordinator</fact-def>
    <fact-def key="hotline.children" kind="phone">Children's helpline</fact-def>)");
    Replace(country(), R"( checked="2026-11-20" checked-how="called the operator")", "");
    Replace(country(), R"(<p>Телефонуйте <fact ref="hotline.national"/>.</p>)",
            R"(<p>Телефонуйте <fact ref="hotline.national"/>.</p><p>Насильство: <fact ref="hotline.violence"/>.</p>)");
    Replace(country(), "  </facts>", R"(    <fact key="hotline.office" source="s" source-date="2026-01" checked="2026-11-02" checked-how="called the office" number="0 44 000 00 00">0 44 000 00 00</fact>
    <no-fact key="hotline.violence">No national line for women could be confirmed.</no-fact>
    <no-fact key="hotline.children">Not yet looked for.</no-fact>
  </facts>)");
  }
  fs::path curriculum() const { return dir.path() / "minimal/curriculum.xml"; }
  fs::path country() const { return dir.path() / "minimal/countries/UA.xml"; }
  trainkit::test::TempDir dir;
};

}  // namespace

TEST_CASE("a participant output refuses a phone number nobody has checked, and writes nothing") {
  Minimal m;
  for (const char* format : {"markdown", "handout-docx", "scorm12", "scorm2004"}) {
    INFO(format);
    auto result = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", format,
                               "-o", "out.file"},
                              m.dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("minimal/countries/UA.xml:7:5: error[E185]: phone number '116 123' (fact "
                          "'hotline.national') has not been checked by anyone") != std::string::npos);
    CHECK(result.err.find("trainkit: nothing written\n") != std::string::npos);
    CHECK_FALSE(fs::exists(m.dir.path() / "out.file"));
  }
  // The facilitator guide is not stopped: its "check before you print" list names the number,
  // what it is, and the line the country withholds, with the country's note.
  auto guide = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format",
                            "guide-layout", "-o", "-"},
                           m.dir.path());
  CHECK(guide.exit_code == 0);
  size_t list = guide.out.rfind("\"Перевірте перед друком\"");  // the heading, after the contents
  REQUIRE(list != std::string::npos);
  std::string rest = guide.out.substr(list);
  CHECK(rest.find("\"National hotline") != std::string::npos);
  CHECK(rest.find("116 123") != std::string::npos);
  CHECK(rest.find("\"Violence helpline") != std::string::npos);
  CHECK(rest.find("No national line for women could be confirmed.") != std::string::npos);
}

TEST_CASE("a draft prints the unchecked number marked, and the help box keeps the curriculum's order") {
  Minimal m;
  auto result = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "markdown",
                             "--allow-unchecked-facts", "-o", "-"},
                            m.dir.path());
  REQUIRE(result.exit_code == 0);
  CHECK(result.err.find("error[E185]") == std::string::npos);
  CHECK(result.err.find("warning[W174]") == std::string::npos);  // the withheld line is stated, not missing
  const std::string box =
      "## Куди звернутися по допомогу\n\n"
      "- **National hotline:** 116 123 (ще не перевірено: переконайтеся, що номер чинний, перш ніж на нього "
      "покладатися)\n"
      // Markdown is read alone: the organisation, not a facilitator, is whom to ask.
      "- **Violence helpline:** запитайте чинний номер в організації, яка пропонує цей курс\n"
      "- **Office line of the coordinator:** 0 44 000 00 00 (перевірено 2026-11-02)\n";
  CHECK(result.out.find(box) != std::string::npos);
  // A withheld line the program's text never uses is not in the box at all.
  CHECK(result.out.find("Children's helpline") == std::string::npos);
  // Beside the number in running text too.
  CHECK(result.out.find("Телефонуйте 116 123 (ще не перевірено:") != std::string::npos);
}

TEST_CASE("werror with codes stops only for the warnings it names") {
  Minimal m;
  std::vector<std::string> validate = {"validate", "minimal"};
  CHECK(RunTrainkit(validate, m.dir.path()).exit_code == 0);
  auto named = validate;
  named.push_back("--werror=W134");
  CHECK(RunTrainkit(named, m.dir.path()).exit_code == 3);  // the unchecked hotline
  auto other = validate;
  other.push_back("--werror=W173,W175");
  CHECK(RunTrainkit(other, m.dir.path()).exit_code == 0);
  auto all = validate;
  all.push_back("--werror");
  CHECK(RunTrainkit(all, m.dir.path()).exit_code == 3);
  // A flag: the path after it is still the path.
  CHECK(RunTrainkit({"validate", "--werror", "minimal"}, m.dir.path()).exit_code == 3);
  CHECK(RunTrainkit({"outline", "--werror", "minimal", "--country", "UA", "--audience", "police"}, m.dir.path())
            .exit_code == 3);
  auto wrong = RunTrainkit({"validate", "minimal", "--werror=E185"}, m.dir.path());
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err.find("'E185' is not a warning code") != std::string::npos);
  auto build = RunTrainkit({"build", "minimal", "-o", "out", "--format", "dump", "--werror=W134"}, m.dir.path());
  CHECK(build.exit_code == 3);
  CHECK_FALSE(fs::exists(m.dir.path() / "out/minimal/UA"));
}
