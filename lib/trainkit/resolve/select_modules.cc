#include "trainkit/resolve/select_modules.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace trainkit::resolve {

Status SelectModules(const ResolvedProgram& program, const std::vector<std::string>& ids, ResolvedProgram& out) {
  std::string known;
  for (const Module& module : program.modules) known += (known.empty() ? "" : ", ") + module.id;
  for (const std::string& id : ids) {
    bool found = std::any_of(program.modules.begin(), program.modules.end(), [&](const Module& m) { return m.id == id; });
    if (!found) {
      return Status::Error(fmt::format("this program has no module '{}'; its modules are: {}", id, known));
    }
  }
  out = program;
  out.modules.clear();
  std::map<size_t, size_t> new_index;  // old module index -> new
  for (size_t i = 0; i < program.modules.size(); ++i) {
    if (std::find(ids.begin(), ids.end(), program.modules[i].id) == ids.end()) continue;
    new_index[i] = out.modules.size();
    out.modules.push_back(program.modules[i]);
  }
  out.agenda.clear();
  for (const AgendaEntry& entry : program.agenda) {
    if (const auto* module = std::get_if<AgendaModule>(&entry.what)) {
      auto kept = new_index.find(module->module);
      if (kept == new_index.end()) continue;
      AgendaEntry copy = entry;
      copy.what = AgendaModule{kept->second};
      out.agenda.push_back(std::move(copy));
    } else {
      out.agenda.push_back(entry);
    }
  }
  return Status::Ok();
}

}  // namespace trainkit::resolve
