// `trainkit build`, as a user runs it: everything in one command, checked first, in parallel,
// reproducible, each file complete or absent, with a record of what was built.
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "../support/run_process.h"
#include "../support/temp_dir.h"
#include "trainkit/base/sha256.h"
#include "trainkit/package/zip_reader.h"
#include "trainkit/package/zip_writer.h"

using namespace trainkit;
namespace fs = std::filesystem;

namespace {

// Every file under `root`, by relative path, with its bytes.
std::map<std::string, std::string> Tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files[entry.path().lexically_relative(root).generic_string()] = test::ReadFile(entry.path());
  }
  return files;
}

}  // namespace

TEST_CASE("build makes every country, audience and format of a curriculum and records each file") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  auto result = test::RunTrainkit({"build", "minimal", "-o", "out", "--jobs", "2"}, dir.path());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  auto files = Tree(dir.path() / "out");
  // intl and UA × general public and police × six formats, and the record.
  CHECK(files.size() == 2 * 2 * 6 + 1);
  CHECK(files.count("minimal/UA/police/minimal-UA-police-guide-pdf.pdf"));
  CHECK(files.count("minimal/intl/general-public/minimal-intl-general-public-scorm2004.zip"));
  CHECK(files.count("minimal/UA/general-public/minimal-UA-general-public-markdown.md"));

  auto record = nlohmann::json::parse(files.at("minimal/manifest.json"));
  CHECK(record["curriculum"] == "minimal");
  CHECK(record["version"] == "1.0");
  REQUIRE(record["outputs"].size() == 24);
  for (const auto& output : record["outputs"]) {
    const std::string& bytes = files.at("minimal/" + output["path"].get<std::string>());
    CHECK(output["sha256"] == Sha256Hex(bytes));
    CHECK(output["bytes"] == bytes.size());
  }
  // A PDF's record and line say how many pages it prints; other formats have no pages.
  for (const auto& output : record["outputs"]) {
    INFO(output["path"]);
    bool pdf = output["format"] == "guide-pdf" || output["format"] == "handout-pdf";
    CHECK(output.contains("pages") == pdf);
    if (!pdf) continue;
    const std::string& bytes = files.at("minimal/" + output["path"].get<std::string>());
    size_t pages = 0;  // page objects in the file as PoDoFo writes them
    for (size_t at = bytes.find("/Type/Page"); at != std::string::npos; at = bytes.find("/Type/Page", at + 1)) {
      pages += bytes.compare(at, 11, "/Type/Pages") != 0;
    }
    CHECK(output["pages"] == pages);
    CHECK(result.err.find(fmt::format("minimal/{} ({} bytes, {} pages)", output["path"].get<std::string>(),
                                      output["bytes"].get<size_t>(), pages)) != std::string::npos);
  }
  const auto& first = record["outputs"][0];
  CHECK(first["path"] == "UA/general-public/minimal-UA-general-public-guide-pdf.pdf");
  CHECK(first["format"] == "guide-pdf");
  CHECK(first["country"] == "UA");
  CHECK(first["audience"] == "general-public");
  CHECK(first["language"] == "uk");
  bool curriculum_hashed = false;
  for (const auto& input : record["inputs"]["curriculum"]) {
    if (input["path"] == "curriculum.xml") {
      curriculum_hashed = input["sha256"] == Sha256Hex(test::ReadFile(dir.path() / "minimal/curriculum.xml"));
    }
  }
  CHECK(curriculum_hashed);
  CHECK_FALSE(record["inputs"]["templates"].empty());
  // The guide's four faces, where they were found, hashed: a font update changes the PDFs.
  std::set<std::string> fonts;
  for (const auto& font : record["inputs"]["fonts"]) {
    const std::string name = font["name"];
    CHECK(font["folder"] == "system");
    CHECK(font["sha256"] == Sha256Hex(test::ReadFile("/usr/share/fonts/truetype/dejavu/" + name)));
    fonts.insert(name);
  }
  CHECK(fonts == std::set<std::string>{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                       "DejaVuSans-BoldOblique.ttf"});
  CHECK_FALSE(record.contains("failed"));

  // Off a terminal: a line per file, then the summary.
  CHECK(result.err.find("trainkit: wrote out/minimal/UA/police/minimal-UA-police-handout-docx.docx") != std::string::npos);
  CHECK(result.err.find("total              24       0") != std::string::npos);
  CHECK(result.err.find("trainkit: built 24 of 24 files") != std::string::npos);
}

TEST_CASE("two builds give the same bytes, in parallel or not, and SOURCE_DATE_EPOCH sets their dates") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(test::RunTrainkit({"build", "minimal", "-o", "a", "--jobs", "2"}, dir.path()).exit_code == 0);
  REQUIRE(test::RunTrainkit({"build", "minimal", "-o", "b", "--jobs", "1"}, dir.path()).exit_code == 0);
  auto a = Tree(dir.path() / "a"), b = Tree(dir.path() / "b");
  REQUIRE(a.size() == 25);
  CHECK(a == b);

  REQUIRE(test::RunTrainkit({"build", "minimal", "-o", "c"}, dir.path(), {{"SOURCE_DATE_EPOCH", "1800000000"}})
              .exit_code == 0);
  auto c = Tree(dir.path() / "c");
  REQUIRE(c.size() == 25);
  // 1800000000 is 2027-01-15: the handout's properties and the packages' zip dates say so.
  const std::string docx = "minimal/UA/police/minimal-UA-police-handout-docx.docx";
  CHECK(c.at(docx) != a.at(docx));
  CHECK(c.at("minimal/UA/police/minimal-UA-police-markdown.md") == a.at("minimal/UA/police/minimal-UA-police-markdown.md"));
}

TEST_CASE("build narrows to the countries, audiences and formats asked for, and refuses unknown ones") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  auto result = test::RunTrainkit(
      {"build", "minimal", "-o", "out", "--country", "UA", "intl", "--audience", "police", "--format", "markdown"},
      dir.path());
  REQUIRE(result.exit_code == 0);
  auto files = Tree(dir.path() / "out");
  CHECK(files.size() == 3);
  CHECK(files.count("minimal/intl/police/minimal-intl-police-markdown.md"));

  result = test::RunTrainkit({"build", "minimal", "-o", "none", "--country", "XX"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK(result.err == "trainkit: no curriculum has country 'XX' (known: UA, intl)\n");
  result = test::RunTrainkit({"build", "minimal", "-o", "none", "--format", "pdf"}, dir.path());
  CHECK(result.exit_code == 2);
  CHECK_FALSE(fs::exists(dir.path() / "none"));
}

TEST_CASE("a Letter build names the paper of the formats that have pages, beside the A4 files") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  const std::vector<std::string> build = {"build", "minimal", "-o", "out", "--country", "UA", "--audience", "police",
                                          "--format", "guide-pdf", "handout-docx", "markdown"};
  REQUIRE(test::RunTrainkit(build, dir.path()).exit_code == 0);
  std::vector<std::string> letter = build;
  letter.insert(letter.end(), {"--paper", "letter"});
  REQUIRE(test::RunTrainkit(letter, dir.path()).exit_code == 0);
  auto files = Tree(dir.path() / "out");
  std::set<std::string> names;
  for (const auto& [name, bytes] : files) names.insert(name);
  CHECK(names == std::set<std::string>{"minimal/manifest.json", "minimal/UA/police/minimal-UA-police-guide-pdf.pdf",
                                       "minimal/UA/police/minimal-UA-police-guide-pdf-letter.pdf",
                                       "minimal/UA/police/minimal-UA-police-handout-docx.docx",
                                       "minimal/UA/police/minimal-UA-police-handout-docx-letter.docx",
                                       "minimal/UA/police/minimal-UA-police-markdown.md"});
  CHECK(files.at("minimal/UA/police/minimal-UA-police-guide-pdf-letter.pdf").find("/MediaBox[ 0 0 612 792]") !=
        std::string::npos);
  // The record is the last build's: the Letter files.
  auto record = nlohmann::json::parse(files.at("minimal/manifest.json"));
  REQUIRE(record["outputs"].size() == 3);
  CHECK(record["outputs"][0]["path"] == "UA/police/minimal-UA-police-guide-pdf-letter.pdf");
  CHECK(record["outputs"][1]["path"] == "UA/police/minimal-UA-police-handout-docx-letter.docx");
  CHECK(record["outputs"][2]["path"] == "UA/police/minimal-UA-police-markdown.md");
}

namespace {

// The minimal curriculum with two countries that each have a warning of their own: UA a law
// checked too long ago (W134, in UA.xml) and a fact it leaves unset (W174, for each of its
// programs); MD, a copy of UA, a phone number checked too long ago (W134, in MD.xml).
void WriteTwoCountries(const test::TempDir& dir) {
  dir.CopyFromSource("tests/data/minimal", "minimal");
  std::string ua = test::ReadFile(dir.path() / "minimal/countries/UA.xml");
  std::string md = ua;
  md.replace(md.find("country=\"UA\""), 12, "country=\"MD\"");
  md.replace(md.find("checked=\"2026-11-20\""), 20, "checked=\"2019-03-01\"");
  dir.Write("minimal/countries/MD.xml", md);
  ua.replace(ua.find("source-date=\"2026-11\""), 21,
             "source-date=\"2020-01\" checked=\"2020-01-15\" checked-how=\"read the code\"");
  size_t hotline = ua.find("    <fact key=\"hotline.national\"");
  ua.erase(hotline, ua.find('\n', hotline) + 1 - hotline);
  dir.Write("minimal/countries/UA.xml", ua);
}

// The last column of the summary table's row for `name`: its warnings.
std::string WarningsColumn(const std::string& err, const std::string& name) {
  size_t row = err.find("\n" + name + " ");
  if (row == std::string::npos) return "no row " + name;
  std::string line = err.substr(row + 1, err.find('\n', row + 1) - row - 1);
  return line.substr(line.find_last_of(' ') + 1);
}

}  // namespace

TEST_CASE("build --country reports and counts the warnings of what it builds, not those of other countries") {
  test::TempDir dir;
  WriteTwoCountries(dir);
  auto result =
      test::RunTrainkit({"build", "minimal", "-o", "out", "--country", "UA", "--format", "markdown", "dump"}, dir.path());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  // Each warning once, though it concerns several files: UA's file's, then each program's.
  const std::string warnings =
      "minimal/countries/UA.xml:6:98: warning[W134]: fact 'law.trafficking' was last checked on 2020-01-15; a check "
      "of a law-article fact is good for 36 months (until 2023-01-15): check it again with its operator or the "
      "official text, and update checked=\"...\"\n"
      "    6 |     <fact key=\"law.trafficking\" source=\"Criminal Code of Ukraine\" source-date=\"2020-01\" "
      "checked=\"2020-01-15\" checked-how=\"read the code\" confidence=\"high\">Стаття 149 Кримінального кодексу "
      "України</fact>\n"
      "      |                                                                                                  ^\n"
      "minimal/curriculum.xml:23:5: warning[W174]: UA does not set fact 'hotline.national': 1 passage that uses it is "
      "left out for general-public\n"
      "   23 |     <fact-def key=\"hotline.national\" kind=\"phone\">National hotline</fact-def>\n"
      "      |     ^\n"
      "minimal/curriculum.xml:23:5: warning[W174]: UA does not set fact 'hotline.national': 1 passage that uses it is "
      "left out for police\n"
      "   23 |     <fact-def key=\"hotline.national\" kind=\"phone\">National hotline</fact-def>\n"
      "      |     ^\n"
      "trainkit: wrote ";
  CHECK(result.err.substr(0, warnings.size()) == warnings);
  CHECK(result.err.find("MD.xml") == std::string::npos);
  // Each of the four files has two warnings: its country's W134 and its program's W174.
  CHECK(WarningsColumn(result.err, "dump") == "4");
  CHECK(WarningsColumn(result.err, "markdown") == "4");
  CHECK(WarningsColumn(result.err, "total") == "8");
  CHECK(result.err.find("trainkit: built 4 of 4 files in ") != std::string::npos);
  CHECK(result.err.find("; 3 distinct warnings\n") != std::string::npos);

  auto record = nlohmann::json::parse(test::ReadFile(dir.path() / "out/minimal/manifest.json"));
  REQUIRE(record["outputs"].size() == 4);
  for (const auto& output : record["outputs"]) CHECK(output["warnings"] == 2);
  // The same two that `export` reports for one of those files.
  auto police = test::RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "dump",
                                   "-o", "police.txt"},
                                  dir.path());
  CHECK(police.exit_code == 0);
  CHECK(police.err.find("warning[W134]: fact 'law.trafficking'") != std::string::npos);
  CHECK(police.err.find("warning[W174]: UA does not set fact 'hotline.national': 1 passage that uses it is left out "
                        "for police\n") != std::string::npos);
  CHECK(std::count(police.err.begin(), police.err.end(), '^') == 2);
}

TEST_CASE("build with --werror stops for the warnings of what it builds, and only for those") {
  test::TempDir dir;
  WriteTwoCountries(dir);
  // The international version has no warning of its own; UA's and MD's do not concern it.
  auto intl = test::RunTrainkit({"build", "minimal", "-o", "intl", "--country", "intl", "--format", "markdown",
                                 "--werror"},
                                dir.path());
  CHECK(intl.exit_code == 0);
  CHECK(intl.err.find("warning[") == std::string::npos);
  CHECK(Tree(dir.path() / "intl").size() == 2 + 1);

  auto ua = test::RunTrainkit({"build", "minimal", "-o", "ua", "--country", "UA", "--format", "markdown", "--werror"},
                              dir.path());
  CHECK(ua.exit_code == 3);
  CHECK(ua.err.find("warning[W174]") != std::string::npos);
  CHECK(ua.err.find("MD.xml") == std::string::npos);
  CHECK(ua.err.substr(ua.err.rfind("\n", ua.err.size() - 2) + 1) ==
        "trainkit: warnings are errors with --werror; nothing built\n");
  CHECK_FALSE(fs::exists(dir.path() / "ua"));
}

TEST_CASE("an error in the adaptation of a country left out does not stop the build, in one built it does") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  std::string stop;  // how the builds that include MD end
  SECTION("a misspelt fact: unknown (E104), and the required one unset (E133)") {
    std::string md = test::ReadFile(dir.path() / "minimal/countries/UA.xml");
    md.replace(md.find("country=\"UA\""), 12, "country=\"MD\"");
    md.replace(md.find("key=\"law.trafficking\""), 21, "key=\"law.traficking\"");
    dir.Write("minimal/countries/MD.xml", md);
    stop = "trainkit: 2 errors in the curricula; nothing built\n";
  }
  SECTION("a file that is not XML") {
    dir.Write("minimal/countries/MD.xml", "just text\n");
    stop = "trainkit: 1 error in the curricula; nothing built\n";
  }
  auto ua = test::RunTrainkit({"build", "minimal", "-o", "ua", "--country", "UA", "intl", "--format", "markdown"},
                              dir.path());
  INFO(ua.err);
  CHECK(ua.exit_code == 0);
  CHECK(ua.err.find("MD.xml") == std::string::npos);
  CHECK(Tree(dir.path() / "ua").size() == 4 + 1);

  for (const std::vector<std::string>& countries : {std::vector<std::string>{"MD"}, std::vector<std::string>{}}) {
    std::vector<std::string> arguments = {"build", "minimal", "-o", "stopped", "--format", "markdown"};
    if (!countries.empty()) arguments.insert(arguments.end(), {"--country", countries[0]});
    auto stopped = test::RunTrainkit(arguments, dir.path());
    INFO(stopped.err);
    CHECK(stopped.exit_code == 1);
    CHECK(stopped.err.rfind("minimal/countries/MD.xml:", 0) == 0);
    CHECK(stopped.err.substr(stopped.err.size() - stop.size()) == stop);
    CHECK_FALSE(fs::exists(dir.path() / "stopped"));
  }
}

// tests/data/word-reference (a reference DOCX as a German Word saves one), zipped into `dir`.
void WriteWordReference(const test::TempDir& dir, const std::string& name) {
  fs::path folder = fs::path(TRAINKIT_SOURCE_DIR) / "tests/data/word-reference";
  std::vector<package::ZipEntry> entries;
  for (const auto& [path, bytes] : Tree(folder)) {
    if (path != "README.md") entries.push_back({path, bytes});
  }
  std::string zip;
  REQUIRE(package::BuildZip(entries, Date{2026, 1, 1}, zip).ok());
  dir.Write(name, zip);
}

TEST_CASE("build --reference-docx gives the handouts the reference's look and records its hash") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  WriteWordReference(dir, "word.docx");
  auto result = test::RunTrainkit({"build", "minimal", "-o", "out", "--country", "UA", "--audience", "police",
                                   "--format", "handout-docx", "guide-pdf", "--reference-docx", "word.docx"},
                                  dir.path());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::map<std::string, std::string> parts;
  REQUIRE(package::ReadZip(test::ReadFile(dir.path() / "out/minimal/UA/police/minimal-UA-police-handout-docx.docx"),
                           parts)
              .ok());
  CHECK(parts.count("word/reference/word/header1.xml") == 1);
  CHECK(parts.at("word/document.xml").find("<w:pStyle w:val=\"berschrift1\"/>") != std::string::npos);
  auto record = nlohmann::json::parse(test::ReadFile(dir.path() / "out/minimal/manifest.json"));
  std::string reference = test::ReadFile(dir.path() / "word.docx");
  CHECK(record["inputs"]["reference_docx"] ==
        nlohmann::json({{"path", "word.docx"}, {"bytes", reference.size()}, {"sha256", Sha256Hex(reference)}}));
}

TEST_CASE("build --reference-docx checks the reference once, before building anything") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  SECTION("no handout among the formats") {
    WriteWordReference(dir, "word.docx");
    auto result = test::RunTrainkit(
        {"build", "minimal", "-o", "out", "--format", "guide-pdf", "--reference-docx", "word.docx"}, dir.path());
    CHECK(result.exit_code == 2);
    CHECK(result.err == "trainkit: --reference-docx is for handout-docx, which this build does not make\n");
  }
  SECTION("not a zip") {
    dir.Write("bad.docx", "just text");
    auto result = test::RunTrainkit({"build", "minimal", "-o", "out", "--reference-docx", "bad.docx"}, dir.path());
    CHECK(result.exit_code == 4);
    CHECK(result.err.find("trainkit: reference DOCX bad.docx: not a zip archive (or a damaged one)\n") !=
          std::string::npos);
  }
  SECTION("a broken part") {
    std::string zip;
    REQUIRE(package::BuildZip({{"word/styles.xml", "<w:styles"}}, Date{2026, 1, 1}, zip).ok());
    dir.Write("broken.docx", zip);
    auto result = test::RunTrainkit({"build", "minimal", "-o", "out", "--reference-docx", "broken.docx"}, dir.path());
    CHECK(result.exit_code == 4);
    CHECK(result.err.find("trainkit: reference DOCX broken.docx: word/styles.xml:1:10: error[E005]: malformed XML: ") !=
          std::string::npos);
  }
  CHECK_FALSE(fs::exists(dir.path() / "out"));
}

TEST_CASE("build stops before writing anything when a curriculum has errors") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  std::string text = test::ReadFile(dir.path() / "minimal/curriculum.xml");
  text.replace(text.find("goal=\"g-recognise\""), 18, "goal=\"g-recognize\"");
  dir.Write("minimal/curriculum.xml", text);
  auto result = test::RunTrainkit({"build", "minimal", "-o", "out"}, dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("error[E102]") != std::string::npos);
  CHECK(result.err.find("trainkit: 1 error in the curricula; nothing built\n") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "out"));
}

TEST_CASE("an output that fails is reported and left unwritten while the others are built") {
  test::TempDir dir;
  // A character the PDFs' fonts cannot show (E180): the guide and the handout PDF fail, the other
  // formats do not.
  dir.CopyFromSource("tests/diagnostics/E180", "E180");
  auto result = test::RunTrainkit({"build", "E180", "-o", "out", "--audience", "police"}, dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 4);  // the template's fonts must change, not the curriculum
  CHECK(result.err.find("error[E180]") != std::string::npos);
  CHECK(result.err.find("-guide-pdf.pdf: not written: the template's fonts cannot show some of its text") !=
        std::string::npos);
  auto files = Tree(dir.path() / "out");
  CHECK(result.err.find("-handout-pdf.pdf: not written: the template's fonts cannot show some of its text") !=
        std::string::npos);
  for (const auto& [name, bytes] : files) {
    INFO(name);
    CHECK(name.find(".pdf") == std::string::npos);
    CHECK(name.find(".tmp-") == std::string::npos);
  }
  CHECK(files.size() == 4 + 1);  // the four other formats and the record
  auto record = nlohmann::json::parse(files.at("minimal/manifest.json"));
  REQUIRE(record["failed"].size() == 2);
  CHECK(record["failed"][0]["format"] == "guide-pdf");
  CHECK(record["failed"][1]["format"] == "handout-pdf");
}

TEST_CASE("a broken image is a warning with its location, and --werror leaves those outputs unwritten") {
  test::TempDir dir;
  dir.CopyFromSource("tests/diagnostics/W181", "W181");
  auto result = test::RunTrainkit({"build", "W181", "-o", "out", "--audience", "police", "--format", "guide-pdf",
                                   "scorm12"},
                                  dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("W181/curriculum.xml:38:19: warning[W181]: image 'media/elements.png' is left out of the guide") !=
        std::string::npos);
  CHECK(Tree(dir.path() / "out").size() == 2 + 1);

  result = test::RunTrainkit({"build", "W181", "-o", "strict", "--audience", "police", "--format", "guide-pdf",
                              "--werror"},
                             dir.path());
  CHECK(result.exit_code == 3);
  auto strict = Tree(dir.path() / "strict");
  CHECK(strict.size() == 1);  // the record alone
  CHECK(strict.count("minimal/intl/police/minimal-intl-police-guide-pdf.pdf") == 0);
}

TEST_CASE("build reports a folder it cannot write into and exits with 4") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  dir.Write("taken", "a file where the output folder should be");
  auto result = test::RunTrainkit({"build", "minimal", "-o", "taken", "--format", "markdown"}, dir.path());
  CHECK(result.exit_code == 4);
  CHECK(result.err.find("not written: cannot create folder taken/minimal/") != std::string::npos);
}

TEST_CASE("on a terminal build draws a progress bar instead of a line per file") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  // script(1), from Debian's essential bsdutils, runs the command on a pseudo-terminal.
  std::string command = std::string(TRAINKIT_BINARY) + " build minimal -o out --format markdown";
  auto result = test::Run("/usr/bin/script", {"-qec", command, "/dev/null"}, dir.path());
  INFO(result.out);
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("\r\x1b[K[##############################] 4/4 files") != std::string::npos);
  CHECK(result.out.find("trainkit: wrote") == std::string::npos);
  CHECK(result.out.find("trainkit: built 4 of 4 files") != std::string::npos);
}

namespace {

// Files whose name says they are a writer's temporary file.
int TemporaryFiles(const std::map<std::string, std::string>& files) {
  int count = 0;
  for (const auto& [name, bytes] : files) count += name.find(".tmp-") != std::string::npos;
  return count;
}

}  // namespace

TEST_CASE("a build killed at any moment leaves only complete files, and the next build repairs everything") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(test::RunTrainkit({"build", "minimal", "-o", "reference"}, dir.path()).exit_code == 0);
  auto reference = Tree(dir.path() / "reference");
  // Killed after 10, 40, 70, … ms: early, in the middle of the outputs, near the end.
  int interrupted = 0;  // kills that found the build unfinished
  for (int delay_ms = 10; delay_ms <= 250; delay_ms += 30) {
    INFO("killed after " << delay_ms << " ms");
    int pid = test::StartTrainkit({"build", "minimal", "-o", "out", "--jobs", "2"}, dir.path());
    usleep(static_cast<useconds_t>(delay_ms) * 1000);
    kill(pid, SIGKILL);
    interrupted += test::WaitFor(pid) == 128 + SIGKILL;
    for (const auto& [name, bytes] : Tree(dir.path() / "out")) {
      if (name.find(".tmp-") != std::string::npos) continue;  // hidden, and removed by the next build
      INFO(name);
      REQUIRE(reference.count(name));
      CHECK(bytes == reference.at(name));  // complete, never half-written
    }
  }
  CHECK(interrupted > 0);
  REQUIRE(test::RunTrainkit({"build", "minimal", "-o", "out"}, dir.path()).exit_code == 0);
  auto repaired = Tree(dir.path() / "out");
  CHECK(TemporaryFiles(repaired) == 0);
  CHECK(repaired == reference);
}

TEST_CASE("two builds into the same folder at once do not corrupt each other") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(test::RunTrainkit({"build", "minimal", "-o", "reference"}, dir.path()).exit_code == 0);
  int first = test::StartTrainkit({"build", "minimal", "-o", "out", "--jobs", "2"}, dir.path());
  int second = test::StartTrainkit({"build", "minimal", "-o", "out", "--jobs", "2"}, dir.path());
  CHECK(test::WaitFor(first) == 0);
  CHECK(test::WaitFor(second) == 0);
  CHECK(Tree(dir.path() / "out") == Tree(dir.path() / "reference"));
}

TEST_CASE("a full disk leaves no file and no temporary file, and says so") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  // A sanitizer runtime must come first among the libraries; the preloaded one may come first here.
  const std::map<std::string, std::string> full = {{"LD_PRELOAD", TRAINKIT_FULL_DISK},
                                                   {"ASAN_OPTIONS", "verify_asan_link_order=0"}};
  auto result = test::RunTrainkit({"export", "minimal", "--audience", "police", "--format", "guide-pdf", "-o",
                                   "out/guide.pdf"},
                                  dir.path(), full);
  CHECK(result.exit_code == 4);
  CHECK(result.err.find("trainkit: cannot write out/guide.pdf: No space left on device\n") != std::string::npos);
  CHECK(Tree(dir.path() / "out").empty());

  result = test::RunTrainkit({"build", "minimal", "-o", "built", "--format", "markdown"}, dir.path(), full);
  CHECK(result.exit_code == 4);
  CHECK(result.err.find("not written: cannot write built/minimal/UA/police/minimal-UA-police-markdown.md: No space "
                        "left on device") != std::string::npos);
  CHECK(Tree(dir.path() / "built").empty());
}
