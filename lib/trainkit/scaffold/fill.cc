#include "trainkit/scaffold/fill.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "trainkit/render/html/html_writer.h"

namespace trainkit::scaffold {

Status Fill(std::string_view text, const std::map<std::string, std::string>& values, std::string& out) {
  out.clear();
  size_t at = 0;
  for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', at)) {
    size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    std::string name(text.substr(open + 1, close - open - 1));
    auto value = values.find(name);
    if (value == values.end()) return Status::Error(fmt::format("the scaffold has {{{}}}, which nothing fills", name));
    out.append(text.substr(at, open - at));
    out += render::html::EscapeHtml(value->second);  // its five entities are XML's too
    at = close + 1;
  }
  out.append(text.substr(at));
  return Status::Ok();
}

Status ParseWords(std::string_view json, std::map<std::string, std::string>& words) {
  nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return Status::Error("not a JSON object");
  for (const auto& [name, text] : parsed.items()) {
    if (!text.is_string()) return Status::Error(fmt::format("'{}' is not text", name));
    words[name] = text.get<std::string>();
  }
  return Status::Ok();
}

}  // namespace trainkit::scaffold
