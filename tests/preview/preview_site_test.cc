// The preview's answers, without a socket: what each path gives, what is refused, and how a
// saved file is noticed (once) and shown, or its diagnostics with the last good view.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <atomic>
#include <thread>
#include <vector>

#include "../support/temp_dir.h"
#include "trainkit/preview/preview_site.h"

namespace trainkit::preview {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Writes `text` to `path` so that the change is seen even within the file system's clock tick.
void Save(const fs::path& path, const std::string& text) {
  auto before = fs::last_write_time(path);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  if (fs::last_write_time(path) == before) fs::last_write_time(path, before + std::chrono::seconds(1));
}

// The minimal curriculum, copied before the site opens it.
fs::path CopyOfMinimal(const test::TempDir& dir) {
  fs::copy(fs::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal", dir.path() / "minimal", fs::copy_options::recursive);
  return dir.path() / "minimal";
}

struct Site {
  json Get(const std::string& path, const std::map<std::string, std::string>& query = {}) {
    PreviewResponse answer = site.Get(path, query);
    REQUIRE(answer.status == 200);
    REQUIRE(answer.content_type == "application/json");
    return json::parse(answer.body);
  }
  test::TempDir dir;
  PreviewSite site{DiskEnv(), CopyOfMinimal(dir), fs::path(TRAINKIT_SOURCE_DIR) / "templates", Date{2026, 12, 1}};
};

TEST_CASE("the preview lists the programs and shows a view in the program's language") {
  Site s;
  json programs = s.Get("/api/programs");
  CHECK(programs["title"] == "A minimal curriculum");
  std::vector<std::string> keys;
  for (const auto& program : programs["programs"]) keys.push_back(program["key"]);
  CHECK(std::find(keys.begin(), keys.end(), "UA/police/short") != keys.end());
  CHECK(std::find(keys.begin(), keys.end(), "intl/general-public/short") != keys.end());

  json view = s.Get("/api/view", {{"program", "UA/police/short"}, {"view", "participant"}});
  CHECK(view["ok"] == true);
  std::string html = view["html"];
  CHECK(html.rfind("<article class=\"view participant\" lang=\"uk\">", 0) == 0);
  CHECK(html.find("Закон в Україні") != std::string::npos);
  CHECK(html.find("answer-key") == std::string::npos);  // participants see no answers
  view = s.Get("/api/view", {{"program", "UA/police/short"}, {"view", "facilitator"}});
  CHECK(std::string(view["html"]).find("class=\"answer-key\"") != std::string::npos);

  PreviewResponse page = s.site.Get("/", {});
  CHECK(page.status == 200);
  CHECK(page.content_type == "text/html; charset=utf-8");
  CHECK(page.body.find("<script src=\"/preview.js\"></script>") != std::string::npos);
  PreviewResponse player = s.site.Get("/scorm/UA/police/short/index.html", {});
  CHECK(player.status == 200);
  CHECK(player.body.find("<html lang=\"uk\">") != std::string::npos);
  CHECK(s.site.Get("/scorm/UA/police/short/imsmanifest.xml", {}).content_type == "application/xml");
  CHECK(s.site.Get("/files/media/elements.png", {}).content_type == "image/png");
}

TEST_CASE("the preview refuses what is outside the curriculum's media and the package") {
  Site s;
  for (const std::string& path : {"/files/curriculum.xml", "/files/countries/UA.xml", "/files/media/../curriculum.xml",
                                  "/files/media/../../../etc/passwd", "/scorm/UA/police/short/../../../../etc/passwd",
                                  "/../../etc/passwd", "/files/media\\..\\curriculum.xml"}) {
    INFO(path);
    PreviewResponse answer = s.site.Get(path, {});
    CHECK(answer.status == 403);
    CHECK(answer.body.find("<curriculum") == std::string::npos);
  }
  // A link in media/ to a file outside it is outside it.
  fs::create_symlink(s.dir.path() / "minimal/curriculum.xml", s.dir.path() / "minimal/media/linked.png");
  CHECK(s.site.Get("/files/media/linked.png", {}).status == 403);
  CHECK(s.site.Get("/scorm/UA/police/short/not-in-the-package.html", {}).status == 404);
  CHECK(s.site.Get("/elsewhere", {}).status == 404);
  CHECK(s.site.Get("/api/view", {{"program", "UA/police/short"}}).status == 400);
  CHECK(s.site.Get("/api/view", {{"program", "UA/police/short"}, {"view", "made-up"}}).status == 400);
  // Only images: a page or an SVG put in media/ would run in the preview's own origin.
  std::ofstream(s.dir.path() / "minimal/media/page.html") << "<script>alert(1)</script>";
  std::ofstream(s.dir.path() / "minimal/media/logo.svg") << "<svg xmlns='http://www.w3.org/2000/svg'/>";
  CHECK(s.site.Get("/files/media/page.html", {}).status == 403);
  CHECK(s.site.Get("/files/media/logo.svg", {}).status == 403);
  json unknown = s.Get("/api/view", {{"program", "XX/police/short"}, {"view", "participant"}});
  CHECK(unknown["ok"] == false);
  CHECK(std::string(unknown["problem"]).find("unknown country 'XX'") == 0);
  // Many made-up programs (the workspace is renewed past a thousand refusals), then a real one.
  for (int i = 0; i < 1200; ++i) {
    json refused = s.Get("/api/view", {{"program", "UA/audience-" + std::to_string(i) + "/short"}, {"view", "participant"}});
    REQUIRE(refused["ok"] == false);
  }
  CHECK(s.Get("/api/view", {{"program", "UA/police/short"}, {"view", "facilitator"}})["ok"] == true);
}

TEST_CASE("a saved file is noticed once, an error shows its diagnostics and the last good view, a fix recovers") {
  Site s;
  CHECK_FALSE(s.site.Poll());
  uint64_t first = s.site.generation();
  json good = s.Get("/api/view", {{"program", "UA/police/short"}, {"view", "participant"}});
  REQUIRE(good["ok"] == true);

  fs::path file = s.dir.path() / "minimal/countries/UA.xml";
  std::string text = ReadText(file);
  const std::string law = "<title>Закон в Україні</title>";
  std::string broken = text;
  broken.replace(broken.find(law), law.size(), "<title>Закон в Україні</titel>");
  Save(file, broken);
  CHECK(s.site.Poll());
  CHECK_FALSE(s.site.Poll());
  CHECK(s.site.generation() == first + 1);
  json bad = s.Get("/api/view", {{"program", "UA/police/short"}, {"view", "participant"}});
  CHECK(bad["ok"] == false);
  CHECK(bad["generation"] == first + 1);
  REQUIRE(bad["diagnostics"].size() >= 1);
  const json& diagnostic = bad["diagnostics"][0];
  CHECK(diagnostic["severity"] == "error");
  CHECK(diagnostic["code"] == "E005");
  CHECK(std::string(diagnostic["file"]).find("minimal/countries/UA.xml") != std::string::npos);
  CHECK(diagnostic["line"].get<int>() > 1);
  CHECK(diagnostic["column"].get<int>() > 1);
  CHECK(std::string(diagnostic["excerpt"]).find("</titel>") != std::string::npos);
  CHECK(bad["last_good"]["html"] == good["html"]);
  CHECK(bad["last_good"]["generation"] == first);
  CHECK(s.site.Get("/scorm/UA/police/short/index.html", {}).status == 409);

  Save(file, text);
  CHECK(s.site.Poll());
  json again = s.Get("/api/view", {{"program", "UA/police/short"}, {"view", "participant"}});
  CHECK(again["ok"] == true);
  CHECK(again["html"] == good["html"]);

  // A day of saves: past the changes after which the site starts a fresh workspace, every
  // change is still seen.
  for (int change = 0; change < 40; ++change) {
    std::string title = "<title>Закон в Україні " + std::to_string(change) + "</title>";
    std::string changed = text;
    changed.replace(changed.find(law), law.size(), title);
    Save(file, changed);
    REQUIRE(s.site.Poll());
    json view = s.Get("/api/view", {{"program", "UA/police/short"}, {"view", "participant"}});
    REQUIRE(view["ok"] == true);
    CHECK(std::string(view["html"]).find("Закон в Україні " + std::to_string(change) + "<") != std::string::npos);
  }
  CHECK(s.site.generation() == first + 42);  // broken, mended, and forty changes
}

TEST_CASE("an image added or removed while the preview runs is seen at once") {
  Site s;
  auto view = [&] { return s.Get("/api/view", {{"program", "UA/police/short"}, {"view", "participant"}}); };
  REQUIRE(view()["ok"] == true);
  fs::path image = s.dir.path() / "minimal/media/elements.png";
  std::string bytes = ReadText(image);
  fs::remove(image);
  CHECK(s.site.Poll());
  json missing = view();
  CHECK(missing["ok"] == false);
  REQUIRE(missing["diagnostics"].size() >= 1);
  CHECK(missing["diagnostics"][0]["code"] == "E140");
  std::ofstream(image, std::ios::binary) << bytes;
  CHECK(s.site.Poll());
  CHECK(view()["ok"] == true);
}

TEST_CASE("a file saved in another encoding than UTF-8 shows its diagnostic, not a broken answer") {
  Site s;
  fs::path file = s.dir.path() / "minimal/countries/UA.xml";
  std::string text = ReadText(file);
  text.insert(text.find("</adaptation>"), "<!-- caf\xe9 -->\n");  // Latin-1 é
  Save(file, text);
  CHECK(s.site.Poll());
  json answer = s.Get("/api/view", {{"program", "UA/police/short"}, {"view", "participant"}});
  CHECK(answer["ok"] == false);
  REQUIRE(answer["diagnostics"].size() >= 1);
  CHECK(answer["diagnostics"][0]["code"] == "E003");
}

TEST_CASE("the preview answers from several threads while a watcher sees saves") {
  Site s;
  fs::path file = s.dir.path() / "minimal/countries/UA.xml";
  const std::string text = ReadText(file);
  std::atomic<int> answered{0}, wrong{0};
  std::vector<std::thread> readers;
  for (int reader = 0; reader < 4; ++reader) {
    readers.emplace_back([&, reader] {
      const char* views[] = {"participant", "facilitator", "scorm"};
      for (int i = 0; i < 30; ++i) {
        PreviewResponse answer = s.site.Get("/api/view", {{"program", "UA/police/short"}, {"view", views[(reader + i) % 3]}});
        json parsed = json::parse(answer.body, nullptr, false);
        if (answer.status != 200 || parsed.is_discarded() || !parsed.contains("ok")) ++wrong;
        ++answered;
      }
    });
  }
  for (int change = 0; change < 10; ++change) {
    Save(file, text + "<!-- " + std::to_string(change) + " -->\n");
    s.site.Poll();
  }
  for (auto& reader : readers) reader.join();
  CHECK(answered == 120);
  CHECK(wrong == 0);
  CHECK(s.site.Get("/scorm/UA/police/short/index.html", {}).status == 200);
}

}  // namespace
}  // namespace trainkit::preview

namespace trainkit::preview {
namespace {

TEST_CASE("a curriculum.xml that cannot be read lists no program, and says why") {
  test::TempDir dir;
  fs::path folder = CopyOfMinimal(dir);
  std::string text = ReadText(folder / "curriculum.xml");
  text.replace(text.find("</title>"), 8, "</titl>");
  std::ofstream(folder / "curriculum.xml", std::ios::trunc) << text;
  PreviewSite site{DiskEnv(), folder, fs::path(TRAINKIT_SOURCE_DIR) / "templates", Date{2026, 12, 1}};
  PreviewResponse answer = site.Get("/api/programs", {});
  REQUIRE(answer.status == 200);
  json programs = json::parse(answer.body);
  CHECK(programs["programs"].empty());
  REQUIRE(programs["diagnostics"].size() == 1);
  CHECK(programs["diagnostics"][0]["code"] == "E005");
  CHECK(programs["diagnostics"][0]["line"] == 4);
  CHECK(std::string(programs["diagnostics"][0]["excerpt"]).find("</titl>") != std::string::npos);
}

}  // namespace
}  // namespace trainkit::preview
