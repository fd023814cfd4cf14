#include "trainkit/preview/preview_site.h"

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "trainkit/base/diagnostic_format.h"
#include "trainkit/base/locale_names.h"
#include "trainkit/preview/program_html.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/resolve/resolve_all.h"
#include "trainkit/writer_context.h"
#include "trainkit/writers/output_sink.h"
#include "trainkit/writers/ui_strings.h"

namespace trainkit::preview {
namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

// A workspace keeps every file and program it made, for as long as it lives: after this many
// changes the site starts a fresh one (one full read), so that a day of saves stays small.
constexpr uint64_t kChangesPerWorkspace = 32;
// The most answers (and last good views) kept, and the most SCORM packages (about 1.5 MB each).
constexpr size_t kMostKept = 256;
constexpr size_t kMostPackages = 8;
// The most refused requests (unknown programs) a workspace keeps before it is made afresh.
constexpr size_t kMostRefused = 1000;
// The largest file the preview serves from the template folder.
constexpr uintmax_t kLargestTemplateFile = 1 << 20;
// Files of the preview page itself, and their types.
const std::map<std::string, std::pair<std::string, std::string>>& PageFiles() {
  static const std::map<std::string, std::pair<std::string, std::string>> files = {
      {"/", {"index.html", "text/html; charset=utf-8"}},
      {"/preview.js", {"preview.js", "text/javascript; charset=utf-8"}},
      {"/preview.css", {"preview.css", "text/css; charset=utf-8"}},
  };
  return files;
}

std::string ContentTypeOf(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".xml", "application/xml"},           {".xsd", "application/xml"},
      {".dtd", "application/xml-dtd"},       {".png", "image/png"},
      {".jpg", "image/jpeg"},                {".jpeg", "image/jpeg"},
      {".svg", "image/svg+xml"},             {".txt", "text/plain; charset=utf-8"},
  };
  auto found = types.find(extension);
  return found == types.end() ? "application/octet-stream" : found->second;
}

PreviewResponse Text(int status, std::string text) { return {status, "text/plain; charset=utf-8", std::move(text)}; }
// A file saved in another encoding than UTF-8 is quoted in its diagnostics (E003) as it is:
// such bytes are replaced, so that the page can still say what is wrong.
PreviewResponse Json(const ordered_json& json) {
  return {200, "application/json", json.dump(-1, ' ', false, ordered_json::error_handler_t::replace)};
}

// A path that names a parent folder, in any spelling the HTTP library leaves after decoding.
bool LeavesItsFolder(const std::string& path) {
  for (const auto& part : fs::path(path)) {
    if (part == "..") return true;
  }
  return path.find('\\') != std::string::npos || path.find('\0') != std::string::npos;
}

// The diagnostics as `validate --diagnostics=json` gives them, each with its source line too,
// for the page to show under it.
ordered_json DiagnosticsJson(const Diagnostics& diagnostics) {
  ordered_json list = ordered_json::parse(FormatJson(diagnostics));
  for (size_t i = 0; i < list.size(); ++i) {
    const SourceLocation& at = diagnostics.items()[i].location;
    list[i]["excerpt"] = at.file && at.line > 0 ? std::string(at.file->Line(at.line)) : "";
  }
  return list;
}

// "UA/police/one-day" ("intl" for the international version) and the request it names.
std::string KeyOf(const resolve::Request& request) {
  return fmt::format("{}/{}/{}", request.country.empty() ? "intl" : request.country, request.audience, request.track);
}
std::optional<resolve::Request> RequestOf(const std::string& key, Date check_date) {
  size_t first = key.find('/'), second = key.find('/', first + 1);
  if (first == std::string::npos || second == std::string::npos || key.find('/', second + 1) != std::string::npos) {
    return std::nullopt;
  }
  resolve::Request request;
  request.country = key.substr(0, first);
  if (request.country == "intl") request.country.clear();
  request.audience = key.substr(first + 1, second - first - 1);
  request.track = key.substr(second + 1);
  request.check_date = check_date;
  if (request.audience.empty() || request.track.empty()) return std::nullopt;
  return request;
}

std::string ClockNow() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M:%S", &local);
  return text;
}

// A package's entries, kept unzipped.
class EntriesSink : public writers::OutputSink {
 public:
  void Write(std::string bytes) override { entries["index.html"] = std::move(bytes); }
  using OutputSink::Add;
  void Add(std::string path, std::string bytes, bool) override { entries[std::move(path)] = std::move(bytes); }
  std::map<std::string, std::string> entries;
};

}  // namespace

struct PreviewSite::State {
  State(const Env& reader, fs::path path, fs::path templates, Date today)
      : env(reader),
        curriculum(std::move(path)),
        workspace(std::make_unique<Workspace>(env, curriculum, today)),
        folder(workspace->paths().folder),
        check_date(today) {
    options.templates = templates.empty() ? DefaultTemplateFolder() : std::move(templates);
    // A trainer previews what is written, checked or not: the marks beside an unchecked number
    // show, and the diagnostics list it (W134), as they would stop an export (E185).
    options.allow_unchecked_facts = true;
    snapshot = FolderSnapshot::Take(folder);
  }

  const Env& env;
  fs::path curriculum;
  std::mutex mutex;
  std::unique_ptr<Workspace> workspace;  // replaced after kChangesPerWorkspace changes
  const fs::path folder;                  // the curriculum's folder, as the workspace found it
  Date check_date;
  RenderOptions options;
  FolderSnapshot snapshot;
  // Written under the mutex, read without it: a page asking whether anything changed never
  // waits behind a package being made.
  std::atomic<uint64_t> generation{1};

  struct View {
    uint64_t generation = 0;
    ordered_json answer;
  };
  std::map<std::string, View> views;  // by view and program
  struct LastGood {
    uint64_t generation = 0;
    std::string at;  // the clock time it was made
    std::string html;
  };
  std::map<std::string, LastGood> last_good;  // by view and program
  struct Package {
    uint64_t generation = 0;
    std::map<std::string, std::string> entries;
  };
  std::map<std::string, Package> packages;  // by program

  PreviewResponse PageFile(const std::string& name, const std::string& type) {
    std::string bytes;
    fs::path file = options.templates / "preview" / name;
    if (env.ReadFile(file, kLargestTemplateFile, bytes)) return Text(500, "template: cannot read " + file.string());
    return {200, type, std::move(bytes)};
  }

  ordered_json Programs() {
    auto files = workspace->Check(Scope::Outline());
    ordered_json programs = ordered_json::array();
    const reader::LoadedCurriculum& loaded = files->loaded;
    ordered_json answer = {{"generation", generation.load()}};
    if (loaded.curriculum) {
      answer["title"] = render::PlainText(loaded.curriculum->title);
      std::map<std::string, std::string> audiences, tracks;
      auto name_of = [&](const auto& list, std::map<std::string, std::string>& names, auto text) {
        for (const auto& item : list) names.emplace(item.id, render::PlainText(text(item)));
      };
      name_of(loaded.curriculum->audiences, audiences, [](const model::Audience& a) { return a.name; });
      name_of(loaded.curriculum->tracks, tracks, [](const model::Track& t) { return t.title; });
      std::vector<std::string> countries = {""};
      for (const auto& adaptation : loaded.adaptations) {
        countries.push_back(adaptation.country);
        name_of(adaptation.audiences, audiences, [](const model::Audience& a) { return a.name; });
        name_of(adaptation.tracks, tracks, [](const model::Track& t) { return t.title; });
      }
      for (const std::string& country : countries) {
        for (const resolve::Request& request : resolve::ProgramRequests(loaded, country, check_date)) {
          std::string where = country.empty() ? "International" : fmt::format("{} {}", country, CountryName(country, "en"));
          programs.push_back({{"key", KeyOf(request)},
                              {"country", country},
                              {"label", fmt::format("{} · {} · {}", where, audiences[request.audience],
                                                    tracks[request.track])}});
        }
      }
    }
    answer["programs"] = programs;
    // Problems that keep the curriculum from being read at all: without it there is no program.
    answer["diagnostics"] = loaded.curriculum ? ordered_json::array() : DiagnosticsJson(files->diagnostics);
    return answer;
  }

  // The program `request` names, or why there is none. The workspace keeps every answer, a
  // refusal too: after many requests for programs that do not exist (any page the trainer
  // visits can send them), it is started afresh, so that they cannot pile up.
  ProgramResult Resolve(const resolve::Request& request) {
    ProgramResult result = workspace->Resolve(request);
    if (result.request_error && ++refused >= kMostRefused) {
      workspace = std::make_unique<Workspace>(env, curriculum, check_date);
      refused = 0;
    }
    return result;
  }
  size_t refused = 0;  // requests the workspace refused since it was made

  ordered_json View(const std::string& key, const std::string& view) {
    std::string cache_key = view + " " + key;
    // Whatever a page (any page the trainer visits can send requests to this port) asks for,
    // what is kept stays small: the answers of this generation, a few packages.
    if (views.size() >= kMostKept) views.clear();
    if (last_good.size() >= kMostKept) last_good.clear();
    auto cached = views.find(cache_key);
    if (cached != views.end() && cached->second.generation == generation.load()) return cached->second.answer;
    ordered_json answer = {{"generation", generation.load()}, {"program", key}, {"view", view}};
    auto request = RequestOf(key, check_date);
    if (view == "scorm" && request) request->delivery = model::Delivery::kSelfPaced;
    ProgramResult result;
    if (request) result = Resolve(*request);
    answer["diagnostics"] = DiagnosticsJson(result.diagnostics);
    if (!request || result.request_error) {
      answer["ok"] = false;
      answer["problem"] = request ? result.request_error->message : "no such program: " + key;
    } else if (!result.program) {
      answer["ok"] = false;
      answer["problem"] = "the files have errors";
    } else {
      std::string html;
      Status status = view == "scorm" ? Package(key, *result.program) : Html(*result.program, view, html);
      answer["ok"] = status.ok();
      if (!status.ok()) answer["problem"] = status.message();
      if (status.ok() && view != "scorm") {
        answer["html"] = html;
        last_good[cache_key] = {generation.load(), ClockNow(), html};
      }
    }
    if (!answer["ok"].get<bool>()) {
      auto good = last_good.find(cache_key);
      if (good != last_good.end()) {
        answer["last_good"] = {{"generation", good->second.generation}, {"at", good->second.at}, {"html", good->second.html}};
      }
    }
    views[cache_key] = {generation.load(), answer};
    return answer;
  }

  Status Html(const resolve::ResolvedProgram& program, const std::string& view, std::string& html) {
    const writers::Writer* writer = writers::FindWriter("markdown");  // its words are the participant's
    writers::WriterContext context;
    Status status = workspace->MakeContext(program, *writer, options, context);
    writers::UiStrings strings;
    Diagnostics unused;  // the words' own warnings are the export's to give
    if (status.ok()) status = writers::UiStrings::Load(context, strings, unused);
    if (!status.ok()) return status;
    auto image_path = [](const model::Image& image) { return "/files/" + image.source.id; };
    html = view == "participant" ? ParticipantHtml(resolve::ParticipantViewOf(program), strings, image_path)
                                 : FacilitatorHtml(program, strings, image_path);
    return Status::Ok();
  }

  Status Package(const std::string& key, const resolve::ResolvedProgram& program) {
    if (packages.size() >= kMostPackages && !packages.count(key)) packages.clear();
    auto& package = packages[key];
    if (package.generation == generation.load()) return Status::Ok();
    EntriesSink sink;
    Diagnostics diagnostics;
    Status status = workspace->Render(program, *writers::FindWriter("scorm12"), options, sink, diagnostics);
    if (!status.ok()) return status;
    if (diagnostics.has_errors()) return Status::Error(diagnostics.items().front().message);
    package = {generation.load(), std::move(sink.entries)};
    return Status::Ok();
  }

  PreviewResponse PackageEntry(const std::string& rest) {
    // CC/AUDIENCE/TRACK/entry…
    size_t at = 0;
    for (int slashes = 0; slashes < 3 && at != std::string::npos; ++slashes) at = rest.find('/', at + (slashes ? 1 : 0));
    if (at == std::string::npos) return Text(404, "not found");
    std::string key = rest.substr(0, at), entry = rest.substr(at + 1);
    ordered_json view = View(key, "scorm");
    if (view["ok"].get<bool>() && !packages.count(key)) {  // made, then let go for others': make it again
      views.erase("scorm " + key);
      view = View(key, "scorm");
    }
    if (!view["ok"].get<bool>()) return Text(409, "this program cannot be made now: " + view.value("problem", ""));
    const auto& entries = packages[key].entries;
    auto found = entries.find(entry.empty() ? "index.html" : entry);
    if (found == entries.end()) return Text(404, "not in the package: " + entry);
    return {200, ContentTypeOf(found->first), found->second};
  }

  PreviewResponse MediaFile(const std::string& relative) {
    fs::path media = workspace->paths().folder / "media";
    if (relative.rfind("media/", 0) != 0) return Text(403, "only the curriculum's media are served");
    std::string type = ContentTypeOf(relative);
    if (type != "image/png" && type != "image/jpeg") return Text(403, "only PNG and JPEG images are served");
    std::error_code error;
    fs::path file = fs::weakly_canonical(workspace->paths().folder / relative, error);
    fs::path inside = fs::weakly_canonical(media, error);
    auto [end, _] = std::mismatch(inside.begin(), inside.end(), file.begin(), file.end());
    if (error || end != inside.end()) return Text(403, "outside the curriculum's media");
    std::string bytes;
    if (env.ReadFile(file, 32u << 20, bytes)) return Text(404, "not found: " + relative);
    return {200, type, std::move(bytes)};
  }
};

PreviewSite::PreviewSite(const Env& env, fs::path curriculum, fs::path templates, Date check_date)
    : state_(std::make_unique<State>(env, std::move(curriculum), std::move(templates), check_date)) {}
PreviewSite::~PreviewSite() = default;

const fs::path& PreviewSite::folder() const { return state_->folder; }

bool PreviewSite::Poll() {
  FolderSnapshot now = FolderSnapshot::Take(folder());
  std::lock_guard<std::mutex> lock(state_->mutex);
  State& s = *state_;
  if (now == s.snapshot) return false;
  bool media_changed = now.MediaDiffers(s.snapshot);
  s.snapshot = std::move(now);
  ++s.generation;
  // What was made from the files before is of no use now.
  s.views.clear();
  s.packages.clear();
  if (media_changed || s.generation % kChangesPerWorkspace == 0) {
    s.workspace = std::make_unique<Workspace>(s.env, s.curriculum, s.check_date);
    s.refused = 0;
  } else {
    s.workspace->Refresh();
  }
  return true;
}

uint64_t PreviewSite::generation() const {
  return state_->generation.load();
}

PreviewResponse PreviewSite::Get(const std::string& path, const std::map<std::string, std::string>& query) {
  if (LeavesItsFolder(path)) return Text(403, "refused: the path leaves the curriculum");
  if (path == "/api/generation") return Json({{"generation", state_->generation.load()}});
  std::lock_guard<std::mutex> lock(state_->mutex);
  State& s = *state_;
  auto page = PageFiles().find(path);
  if (page != PageFiles().end()) return s.PageFile(page->second.first, page->second.second);
  if (path == "/favicon.ico") return {204, "image/x-icon", ""};  // none: the browser asks anyway
  if (path == "/api/programs") return Json(s.Programs());
  if (path == "/api/view") {
    auto program = query.find("program");
    auto view = query.find("view");
    if (program == query.end() || view == query.end()) return Text(400, "give program=… and view=…");
    if (view->second != "participant" && view->second != "facilitator" && view->second != "scorm") {
      return Text(400, "view= is participant, facilitator or scorm");
    }
    return Json(s.View(program->second, view->second));
  }
  if (path.rfind("/scorm/", 0) == 0) return s.PackageEntry(path.substr(7));
  if (path.rfind("/files/", 0) == 0) return s.MediaFile(path.substr(7));
  return Text(404, "not found: " + path);
}

}  // namespace trainkit::preview
