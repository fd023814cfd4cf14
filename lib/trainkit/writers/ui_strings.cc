#include "trainkit/writers/ui_strings.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace trainkit::writers {
namespace {

Status Read(std::string_view text, std::string_view name, std::map<std::string, std::string, std::less<>>& into) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return Status::Error(fmt::format("{} strings: not a JSON object", name));
  for (const auto& [key, value] : json.items()) {
    if (!value.is_string()) return Status::Error(fmt::format("{} strings: '{}' is not text", name, key));
    into[key] = value.get<std::string>();
  }
  return Status::Ok();
}

}  // namespace

Status UiStrings::Load(std::string_view json, std::string_view fallback, UiStrings& out) {
  out.strings_.clear();
  Status status = Read(fallback, "English", out.strings_);
  if (!status.ok() || json.empty()) return status;
  return Read(json, "translated", out.strings_);
}

std::string UiStrings::Get(std::string_view key) const {
  auto found = strings_.find(key);
  return found == strings_.end() ? std::string(key) : found->second;
}

std::string UiStrings::Format(std::string_view key,
                              const std::vector<std::pair<std::string, std::string>>& values) const {
  std::string text = Get(key);
  for (const auto& [name, value] : values) {
    std::string placeholder = "{" + name + "}";
    for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

}  // namespace trainkit::writers
