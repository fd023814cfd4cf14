// The preview's site (`trainkit serve`): every page and answer, from a path and a query, with
// no socket in sight, so that it is tested like any other function and the HTTP library stays
// at the edge. A curriculum folder is opened once as a Workspace; Poll() notices saved files
// and makes the next answers look at them again (only what changed is read and checked again).
//
//   /                       the preview page (templates/preview/)
//   /preview.js, .css       its script and style
//   /api/generation         how many times the files have changed: the page asks it to follow them
//   /api/programs           the programs (country, audience, track), and the curriculum's problems
//   /api/view?program=…&view=participant|facilitator|scorm
//                           a program's view as HTML, or its diagnostics and its last good view
//   /scorm/CC/AUDIENCE/TRACK/…  the program's SCORM 1.2 package, entry by entry, unzipped
//   /files/media/…          the curriculum's images
//
// Nothing is written; nothing outside the curriculum's media, the package and the preview's
// own files is served, and a path that tries to leave them is refused (403).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "trainkit/base/date.h"
#include "trainkit/env.h"
#include "trainkit/preview/folder_snapshot.h"
#include "trainkit/workspace.h"

namespace trainkit::preview {

struct PreviewResponse {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
};

class PreviewSite {
 public:
  // The curriculum at `curriculum` (its folder or curriculum.xml), read through `env`; the
  // preview page and the interface words from `templates` (empty: the default folder).
  PreviewSite(const Env& env, std::filesystem::path curriculum, std::filesystem::path templates, Date check_date);
  ~PreviewSite();

  const std::filesystem::path& folder() const;

  // Looks at the files on disk: when they changed since the last look, the next answers are
  // made from them, and true is returned. Safe to call from a watching thread.
  bool Poll();
  uint64_t generation() const;

  // The answer to GET `path` (decoded, as the HTTP library gives it) with `query`. Safe to call
  // from several threads: one answer is made at a time.
  PreviewResponse Get(const std::string& path, const std::map<std::string, std::string>& query);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace trainkit::preview
