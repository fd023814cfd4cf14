#include "serve_command.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "exit_code.h"
#include "trainkit/base/date.h"
#include "trainkit/env.h"
#include "trainkit/preview/preview_site.h"
#include "trainkit/reader/load.h"

namespace trainkit::cli {
namespace fs = std::filesystem;

namespace {

// How often the files are looked at (a listing, no read): with the page's own polling and the
// work of showing a program, a save shows within a second (bench/serve_latency.mjs).
constexpr auto kPollInterval = std::chrono::milliseconds(100);

// The curriculum to preview: PATH, else the current folder's, else the only one under ./curricula.
std::optional<std::string> CurriculumToServe(const std::string& path) {
  if (!path.empty()) return path;
  std::error_code error;
  if (fs::exists("curriculum.xml", error)) return std::string(".");
  std::vector<fs::path> found = reader::FindCurricula("curricula");
  if (found.size() == 1) return found.front().string();
  std::string names;
  for (const auto& folder : found) names += "\n  trainkit serve " + folder.string();
  std::fprintf(stderr, "trainkit: name the curriculum to preview%s\n",
               found.empty() ? ": there is no curriculum.xml here nor under ./curricula" : (":" + names).c_str());
  return std::nullopt;
}

// Stops `server` on Ctrl-C or SIGTERM. The signals are blocked in every thread and this one
// waits for them, so nothing runs in a signal handler. A stop asked for before the server
// listens is asked again until it is done; a second signal ends the process at once.
class StopOnSignal {
 public:
  explicit StopOnSignal(httplib::Server& server) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
    waiter_ = std::thread([this, &server] {
      const timespec tick{0, 100 * 1000 * 1000};
      while (!done_) {
        int signal = sigtimedwait(&signals_, nullptr, &tick);
        if (signal > 0 && requested_) std::_Exit(128 + signal);  // asked twice: no more waiting
        if (signal > 0) requested_ = true;
        if (requested_) server.stop();  // a no-op until it listens: asked again on the next tick
      }
    });
  }
  ~StopOnSignal() {
    done_ = true;
    waiter_.join();
  }
  bool requested() const { return requested_; }

 private:
  sigset_t signals_;
  std::atomic<bool> requested_{false}, done_{false};
  std::thread waiter_;
};

// Looks at the files every kPollInterval until stopped.
class Watcher {
 public:
  explicit Watcher(preview::PreviewSite& site)
      : thread_([this, &site] {
          std::unique_lock<std::mutex> lock(mutex_);
          while (!stop_) {
            lock.unlock();
            site.Poll();
            lock.lock();
            wake_.wait_for(lock, kPollInterval, [this] { return stop_; });
          }
        }) {}
  ~Watcher() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace

CLI::App* AddServeCommand(CLI::App& app, ServeArguments& arguments) {
  CLI::App* command = app.add_subcommand(
      "serve", "Preview a curriculum in the browser as it is written: each program as participants, the "
               "facilitator and the SCORM player see it, updated when a file is saved (127.0.0.1 only)");
  command->add_option("PATH", arguments.path,
                      "The curriculum's folder or curriculum.xml (default: the current folder's, or the only one "
                      "under ./curricula)");
  command->add_option("--port", arguments.port, "The port to listen on, on 127.0.0.1 (0: any free one)")
      ->check(CLI::Range(0, 65535));
  command->add_option("--template", arguments.templates, "A template folder to use instead of the default one");
  return command;
}

int RunServe(const ServeArguments& arguments) {
  std::optional<std::string> path = CurriculumToServe(arguments.path);
  if (!path) return kExitUsage;
  preview::PreviewSite site(DiskEnv(), *path, arguments.templates, CheckDate());
  std::error_code error;
  if (!fs::is_regular_file(site.folder() / "curriculum.xml", error)) {
    std::fprintf(stderr, "trainkit: %s has no curriculum.xml\n", site.folder().string().c_str());
    return kExitUsage;
  }

  httplib::Server server;
  int port = 0;
  // Only this machine's browser: a page elsewhere that names our port under another host name
  // (DNS rebinding) is refused.
  server.set_pre_routing_handler([&port](const httplib::Request& request, httplib::Response& response) {
    std::string host = request.get_header_value("Host");
    if (host == "127.0.0.1:" + std::to_string(port) || host == "localhost:" + std::to_string(port)) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    response.status = 403;
    response.set_content("refused: the preview answers http://127.0.0.1:" + std::to_string(port) + "/ only",
                         "text/plain; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });
  server.Get(".*", [&site](const httplib::Request& request, httplib::Response& response) {
    std::map<std::string, std::string> query;
    for (const auto& [name, value] : request.params) query.emplace(name, value);
    preview::PreviewResponse answer = site.Get(request.path, query);
    response.status = answer.status;
    response.set_header("Cache-Control", "no-store");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "no-referrer");
    response.set_content(std::move(answer.body), answer.content_type.c_str());
  });

  StopOnSignal stop_on_signal(server);
  port = arguments.port == 0 ? server.bind_to_any_port("127.0.0.1")
                             : (server.bind_to_port("127.0.0.1", arguments.port) ? arguments.port : -1);
  if (port <= 0) {
    std::fprintf(stderr, "trainkit: cannot listen on 127.0.0.1:%d (is another program using it? try --port)\n",
                 arguments.port);
    return kExitIo;
  }
  Watcher watcher(site);
  std::fprintf(stderr, "trainkit: previewing %s at http://127.0.0.1:%d/ (Ctrl-C stops)\n",
               site.folder().string().c_str(), port);
  std::fflush(stderr);
  bool listened = stop_on_signal.requested() || server.listen_after_bind();
  return listened ? kExitOk : kExitIo;
}

}  // namespace trainkit::cli
