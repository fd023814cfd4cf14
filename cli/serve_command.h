// `trainkit serve [PATH] [--port N]`: a preview in the browser, on 127.0.0.1 only, that follows
// the files as they are saved (preview::PreviewSite answers; cpp-httplib listens).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace trainkit::cli {

struct ServeArguments {
  std::string path;       // the curriculum; empty: the current folder's, or the one under ./curricula
  int port = 8480;        // 0: any free port (the one chosen is printed)
  std::string templates;  // empty: the default template folder
};

CLI::App* AddServeCommand(CLI::App& app, ServeArguments& arguments);
int RunServe(const ServeArguments& arguments);

}  // namespace trainkit::cli
