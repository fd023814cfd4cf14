// The SCO's page and the package around it, from the minimal curriculum resolved in process.
#include "trainkit/writers/scorm/player_page.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "trainkit/package/zip_reader.h"
#include "trainkit/reader/load.h"
#include "trainkit/resolve/resolve.h"
#include "trainkit/render/html/html_writer.h"
#include "trainkit/writers/scorm/scorm_writer.h"

using namespace trainkit;
using writers::scorm::ScormVersion;
namespace fs = std::filesystem;

namespace {

const fs::path kRoot(TRAINKIT_SOURCE_DIR);

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

resolve::ResolvedProgram Program(const std::string& country, const std::string& audience,
                                 model::Delivery delivery = model::Delivery::kClassroom) {
  Diagnostics ignored;
  auto loaded = reader::LoadCurriculum(kRoot / "tests/data/minimal", ignored);
  auto resolved = resolve::Resolve(loaded, {country, audience, "", "", Date{2026, 11, 28}, delivery}, ignored);
  REQUIRE(std::holds_alternative<resolve::ResolvedProgram>(resolved));
  return std::get<resolve::ResolvedProgram>(resolved);
}

writers::WriterContext Context(const resolve::ResolvedProgram& program) {
  writers::WriterContext context;
  for (const char* name : writers::kScormPlayerFiles) context.templates[name] = Read(kRoot / "templates" / name);
  context.english_strings_json = Read(kRoot / "templates/strings/en.json");
  context.strings_json = program.language == "en" ? "" : Read(kRoot / "templates/strings" / (program.language + ".json"));
  context.load_media = [](const std::string& source) -> std::optional<std::string> {
    return Read(kRoot / "tests/data/minimal" / source);
  };
  context.timestamp = Date{2026, 11, 28};
  return context;
}

writers::scorm::PlayerPage Page(const resolve::ResolvedProgram& program, const writers::WriterContext& context,
                                Diagnostics& diagnostics, ScormVersion version = ScormVersion::k2004) {
  writers::UiStrings strings;
  REQUIRE(writers::UiStrings::Load(context.strings_json, context.english_strings_json, strings).ok());
  std::vector<writers::scorm::PackageFile> player_files;
  for (const char* name : writers::kScormPlayerFiles) player_files.push_back({name, context.templates.at(name)});
  return writers::scorm::BuildPlayerPage(resolve::ParticipantViewOf(program), resolve::AssessmentOf(program), context,
                                         strings, version, player_files, diagnostics);
}

// The data player.js reads: the JSON inside <script id="trainkit-course">.
nlohmann::json CourseData(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"trainkit-course\">";
  size_t start = html.find(open);
  REQUIRE(start != std::string::npos);
  start += open.size();
  return nlohmann::json::parse(html.substr(start, html.find("</script>", start) - start));
}

bool Has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("the page holds every participant part in the program's language and nothing for facilitators") {
  auto program = Program("UA", "police");
  auto context = Context(program);
  Diagnostics diagnostics;
  auto page = Page(program, context, diagnostics);
  CHECK(diagnostics.items().empty());
  const std::string& html = page.html;
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"uk\">", 0) == 0);
  for (const char* id : {"page-intro", "page-definition", "page-assessment", "page-glossary"}) {
    CHECK(Has(html, std::string("<section class=\"page\" id=\"") + id + "\""));
    CHECK(Has(html, std::string("<a href=\"#") + id + "\" data-page=\"" + id + "\">"));
  }
  CHECK(Has(html, "<h3>Дія, спосіб, мета</h3>"));
  CHECK(Has(html, "Торгівля людьми має <strong>три</strong> елементи."));
  CHECK(Has(html, "<h3>Закон в Україні</h3>"));  // the adaptation's section
  CHECK(Has(html, "<a href=\"tel:116123\">116 123</a>"));  // where to get help, dialled with a tap
  CHECK(Has(html, "<caption id=\"caption-1\">Елементи</caption>"));
  CHECK(Has(html, "<th scope=\"col\">Елемент</th>"));
  CHECK(Has(html, "<img src=\"media/image1.png\" alt=\"Три блоки: дія, спосіб, мета\""));
  CHECK(Has(html, "<textarea id=\"note-"));  // the worksheet's prompt, to write in
  CHECK(Has(html, "Згода не має значення, якщо застосовано обман або силу."));  // a key message
  for (const char* facilitator : {"Ask who has met a case", "Hand out the cards", "Write the three headings",
                                  "Name a facilitator", "Which element is hardest to prove", "Flipchart"}) {
    INFO(facilitator);
    CHECK_FALSE(Has(html, facilitator));
  }
  REQUIRE(page.media.size() == 1);
  CHECK(page.media[0].name == "media/image1.png");
  CHECK(page.media[0].bytes == Read(kRoot / "tests/data/minimal/media/elements.png"));
}

TEST_CASE("knowledge checks and the final assessment carry their answer keys for the player") {
  auto program = Program("UA", "police");
  auto context = Context(program);
  Diagnostics diagnostics;
  nlohmann::json course = CourseData(Page(program, context, diagnostics, ScormVersion::k12).html);
  CHECK(course["scorm"] == "1.2");
  CHECK(course["passMark"] == 80);
  CHECK(course["assessment"] == nlohmann::json::array({"final-q-border"}));
  const auto& border = course["questions"]["final-q-border"];
  CHECK(border["item"] == "q-border");
  CHECK(border["type"] == "single");
  CHECK(border["correct"] == nlohmann::json::array({"b"}));  // the second choice
  CHECK(border["text"] == "Що не є обов’язковим?");
  CHECK(course["pages"][0] == nlohmann::json({{"id", "page-intro"}, {"required", true}}));
  CHECK(course["pages"].back() == nlohmann::json({{"id", "page-glossary"}, {"required", false}}));
  CHECK(course["strings"]["answer_correct"] == "Правильно.");
}

TEST_CASE("a check question is answered on its module's page and a post-test one only in the assessment") {
  auto program = Program("UA", "police");
  program.modules[0].participant.questions[1].uses = {model::ItemUse::kCheck};
  auto context = Context(program);
  Diagnostics diagnostics;
  std::string html = Page(program, context, diagnostics).html;
  nlohmann::json course = CourseData(html);
  CHECK(course["questions"]["check-q-consent"]["correct"] == nlohmann::json::array({"false"}));
  CHECK(course["questions"]["check-q-consent"]["type"] == "true-false");
  CHECK(Has(html, "<form class=\"question check\" data-question=\"check-q-consent\""));
  CHECK(Has(html, "<input type=\"radio\" id=\"check-q-consent-false\" name=\"check-q-consent\" value=\"false\">"));
  CHECK(Has(html, "<fieldset class=\"question\" data-question=\"final-q-border\">"));
  CHECK_FALSE(Has(html, "data-question=\"check-q-border\""));
}

TEST_CASE("a program with nothing to score has no assessment page") {
  auto program = Program("UA", "police");
  for (auto& question : program.modules[0].participant.questions) question.uses = {model::ItemUse::kPreTest};
  auto context = Context(program);
  Diagnostics diagnostics;
  std::string html = Page(program, context, diagnostics).html;
  CHECK_FALSE(Has(html, "page-assessment"));
  nlohmann::json course = CourseData(html);
  CHECK(course["passMark"].is_null());
  CHECK(course["assessment"].empty());
}

TEST_CASE("text is escaped, and nothing in the data can end its script early") {
  auto program = Program("UA", "police");
  program.modules[0].participant.questions[0].question = {{model::Text{"</script><b>\"A&B\"</b>"}, {}}};
  auto context = Context(program);
  Diagnostics diagnostics;
  std::string html = Page(program, context, diagnostics).html;
  CHECK_FALSE(Has(html, "</script><b>"));
  CHECK(Has(html, "&lt;/script&gt;&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"));
  CHECK(CourseData(html)["questions"]["final-q-border"]["text"] == "</script><b>\"A&B\"</b>");

  render::html::HtmlWriter writer;
  writer.Start("p", {{"title", "x\"y'z"}});
  writer.Void("br");
  writer.TextElement("span", "<&>");
  writer.Start("div");
  CHECK(writer.Finish() == "<p title=\"x&quot;y&#39;z\"><br><span>&lt;&amp;&gt;</span><div></div>\n</p>\n");
}

TEST_CASE("an image that cannot be read is left out with a warning and its description shown") {
  auto program = Program("UA", "police");
  auto context = Context(program);
  context.load_media = [](const std::string&) -> std::optional<std::string> { return std::string("\x89PNG broken"); };
  Diagnostics diagnostics;
  auto page = Page(program, context, diagnostics);
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].code == Code::W181);
  CHECK(page.media.empty());
  CHECK(Has(page.html, "<p class=\"image-missing\">Три блоки: дія, спосіб, мета</p>"));
  CHECK_FALSE(Has(page.html, "<img"));
}

TEST_CASE("a package holds the manifest, the page, the player and the images, the same bytes every time") {
  auto program = Program("UA", "police");
  auto context = Context(program);
  for (auto* write : {&writers::WriteScorm12, &writers::WriteScorm2004}) {
    std::string first, second;
    Diagnostics diagnostics;
    for (std::string* out : {&first, &second}) {
      writers::BytesSink sink(context.timestamp);
      REQUIRE(write(resolve::ParticipantViewOf(program), resolve::AssessmentOf(program), context, sink, diagnostics).ok());
      REQUIRE(sink.Finish(*out).ok());
    }
    CHECK(first == second);
    std::map<std::string, std::string> files;
    REQUIRE(package::ReadZip(first, files).ok());
    std::vector<std::string> names;
    for (const auto& [name, bytes] : files) names.push_back(name);
    CHECK(names == std::vector<std::string>{"imsmanifest.xml", "index.html", "media/image1.png", "player.css",
                                            "player.js", "progress.js", "runtime.js"});
    CHECK(files["runtime.js"] == Read(kRoot / "templates/scorm/runtime.js"));
    CHECK(first.compare(30, 15, "imsmanifest.xml") == 0);  // the first entry of the archive
  }
  context.templates.erase("scorm/player.js");
  Diagnostics diagnostics;
  writers::BytesSink sink(context.timestamp);
  Status status =
      writers::WriteScorm12(resolve::ParticipantViewOf(program), resolve::AssessmentOf(program), context, sink, diagnostics);
  CHECK_FALSE(status.ok());
  CHECK(status.message() == "the template has no scorm/player.js");
}

TEST_CASE("the introduction lists the goals this program teaches, with their objectives, and no other") {
  auto program = Program("", "police");
  resolve::Goal untaught{"g-untaught", {{model::Text{"A goal no module of this program teaches"}, {}}}, false, false};
  program.goals.push_back(untaught);
  Diagnostics diagnostics;
  std::string html = Page(program, Context(program), diagnostics).html;
  size_t intro = html.find("id=\"page-intro\"");
  REQUIRE(intro != std::string::npos);
  std::string page = html.substr(intro, html.find("</section>", intro) - intro);
  CHECK(Has(page, "<ul class=\"goals\"><li>Participants recognise trafficking when they meet it."
                  "<ul class=\"objectives\"><li>Name the act, means and purpose elements.</li>"));
  CHECK_FALSE(Has(html, "A goal no module of this program teaches"));
}

TEST_CASE("the content version changes with any change a learner could meet, and only then") {
  auto program = Program("UA", "police");
  auto context = Context(program);
  Diagnostics diagnostics;
  auto version = [&](const resolve::ResolvedProgram& p, const writers::WriterContext& c) {
    auto page = Page(p, c, diagnostics);
    // Printed in the footer and given to the player, which saves it with the learner's progress.
    CHECK(Has(page.html, "Версія " + page.content_version + " від"));
    CHECK(CourseData(page.html)["version"] == page.content_version);
    return page.content_version;
  };
  const std::string first = version(program, context);
  CHECK(first.rfind("1.0+", 0) == 0);
  CHECK(first.size() == std::string("1.0+").size() + 8);
  CHECK(version(program, context) == first);

  // A country-only fix: the hotline's number, as the help box prints it.
  auto fixed = program;
  REQUIRE(fixed.facts.count("hotline.national"));
  fixed.facts["hotline.national"].value = {{model::Text{"0 800 000 000"}, {}}};
  CHECK(version(fixed, context) != first);

  // A new player script, the same content.
  auto new_player = context;
  new_player.templates["scorm/player.js"] += "\n// a fix\n";
  CHECK(version(program, new_player) != first);

  // An image's bytes.
  auto new_image = context;
  new_image.load_media = [](const std::string& source) -> std::optional<std::string> {
    return Read(kRoot / "tests/data/minimal" / source) + " ";
  };
  CHECK(version(program, new_image) != first);
}

TEST_CASE("a content version hashes names and bytes, each file apart from the next") {
  using writers::scorm::ContentVersion;
  using writers::scorm::PackageFile;
  PackageFile a{"a.js", "xy"}, b{"b.js", "z"}, a2{"a.js", "x"}, b2{"b.js", "yz"}, renamed{"c.js", "z"};
  const std::string version = ContentVersion("2.1", {&a, &b});
  CHECK(version.rfind("2.1+", 0) == 0);
  CHECK(ContentVersion("2.1", {&a, &b}) == version);
  CHECK(ContentVersion("2.1", {&a2, &b2}) != version);  // the same bytes, split elsewhere
  CHECK(ContentVersion("2.1", {&a, &renamed}) != version);
  CHECK(ContentVersion("2.2", {&a, &b}).substr(4) == version.substr(4));  // the digest is the content's
}

TEST_CASE("a self-paced page tells a learner alone on each module that she may stop, and whom to ask for numbers") {
  auto program = Program("", "police", model::Delivery::kSelfPaced);
  Diagnostics diagnostics;
  std::string html = Page(program, Context(program), diagnostics).html;
  const std::string care = "<p class=\"care-note\">If something here is hard to read, take a break: you can stop at any "
                           "time and come back later. <a href=\"#help\">Where to get help</a></p>";
  size_t notes = 0;
  for (size_t at = html.find(care); at != std::string::npos; at = html.find(care, at + 1)) ++notes;
  REQUIRE_FALSE(program.modules.empty());
  CHECK(notes == program.modules.size());  // one per module page, none on the others
  // The international version prints no numbers: alone, she asks the organisation, not a facilitator.
  CHECK(Has(html, "This version prints no phone numbers: ask the organisation that offers this course"));
  CHECK_FALSE(Has(html, "facilitator"));
  CHECK_FALSE(Has(html, "Card sort"));  // a classroom activity
}
