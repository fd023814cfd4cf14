// `trainkit build`, as a user runs it: everything in one command, checked first, in parallel,
// reproducible, each file complete or absent, with a record of what was built.
#include <catch2/catch.hpp>
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <map>
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
  // intl and UA × general public and police × five formats, and the record.
  CHECK(files.size() == 2 * 2 * 5 + 1);
  CHECK(files.count("minimal/UA/police/minimal-UA-police-guide-pdf.pdf"));
  CHECK(files.count("minimal/intl/general-public/minimal-intl-general-public-scorm2004.zip"));
  CHECK(files.count("minimal/UA/general-public/minimal-UA-general-public-markdown.md"));

  auto record = nlohmann::json::parse(files.at("minimal/manifest.json"));
  CHECK(record["curriculum"] == "minimal");
  CHECK(record["version"] == "1.0");
  REQUIRE(record["outputs"].size() == 20);
  for (const auto& output : record["outputs"]) {
    const std::string& bytes = files.at("minimal/" + output["path"].get<std::string>());
    CHECK(output["sha256"] == Sha256Hex(bytes));
    CHECK(output["bytes"] == bytes.size());
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
  CHECK_FALSE(record.contains("failed"));

  // Off a terminal: a line per file, then the summary.
  CHECK(result.err.find("trainkit: wrote out/minimal/UA/police/minimal-UA-police-handout-docx.docx") != std::string::npos);
  CHECK(result.err.find("total              20       0") != std::string::npos);
  CHECK(result.err.find("trainkit: built 20 of 20 files") != std::string::npos);
}

TEST_CASE("two builds give the same bytes, in parallel or not, and SOURCE_DATE_EPOCH sets their dates") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(test::RunTrainkit({"build", "minimal", "-o", "a", "--jobs", "2"}, dir.path()).exit_code == 0);
  REQUIRE(test::RunTrainkit({"build", "minimal", "-o", "b", "--jobs", "1"}, dir.path()).exit_code == 0);
  auto a = Tree(dir.path() / "a"), b = Tree(dir.path() / "b");
  REQUIRE(a.size() == 21);
  CHECK(a == b);

  REQUIRE(test::RunTrainkit({"build", "minimal", "-o", "c"}, dir.path(), {{"SOURCE_DATE_EPOCH", "1800000000"}})
              .exit_code == 0);
  auto c = Tree(dir.path() / "c");
  REQUIRE(c.size() == 21);
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
  // A character the guide's fonts cannot show (E180): the guide fails, the other formats do not.
  dir.CopyFromSource("tests/diagnostics/E180", "E180");
  auto result = test::RunTrainkit({"build", "E180", "-o", "out", "--audience", "police"}, dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("error[E180]") != std::string::npos);
  CHECK(result.err.find("-guide-pdf.pdf: not written: the program has content this format cannot show") !=
        std::string::npos);
  auto files = Tree(dir.path() / "out");
  for (const auto& [name, bytes] : files) {
    INFO(name);
    CHECK(name.find("guide-pdf") == std::string::npos);
    CHECK(name.find(".tmp-") == std::string::npos);
  }
  CHECK(files.size() == 4 + 1);  // the four other formats and the record
  auto record = nlohmann::json::parse(files.at("minimal/manifest.json"));
  REQUIRE(record["failed"].size() == 1);
  CHECK(record["failed"][0]["format"] == "guide-pdf");
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
