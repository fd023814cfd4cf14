#include "trainkit/writers/ui_strings.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <algorithm>
#include <vector>

#include "trainkit/writers/writer.h"

namespace trainkit::writers {
namespace {

// The {names} in a text, in order, each once.
std::vector<std::string> Placeholders(const std::string& text) {
  std::vector<std::string> names;
  for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open, close - open + 1);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

// "uk" for ".../strings/uk.json".
std::string LanguageOfFile(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return name.substr(0, name.rfind(".json"));
}

// Where `needle` first appears after `key`'s name in the file, for messages.
SourceLocation Locate(const SourceFilePtr& file, const std::string& key, const std::string& needle) {
  size_t at = file->contents().find("\"" + key + "\"");
  if (at == std::string::npos) return {file, 0, 0};
  size_t found = file->contents().find(needle, at + key.size() + 2);
  auto [line, column] = file->LineColumn(found == std::string::npos ? at : found);
  return {file, line, column};
}

// `name` says which file in messages: "strings/uk.json" or "English strings".
Status Read(std::string_view text, std::string_view name, std::map<std::string, std::string, std::less<>>& into) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return Status::Error(fmt::format("{}: not a JSON object", name));
  for (const auto& [key, value] : json.items()) {
    if (!value.is_string()) return Status::Error(fmt::format("{}: '{}' is not text", name, key));
    into[key] = value.get<std::string>();
  }
  return Status::Ok();
}

}  // namespace

Status UiStrings::Load(std::string_view json, std::string_view fallback, UiStrings& out) {
  out.strings_.clear();
  Status status = Read(fallback, "English strings", out.strings_);
  if (!status.ok() || json.empty()) return status;
  return Read(json, "translated strings", out.strings_);
}

namespace {

using Words = std::map<std::string, std::string, std::less<>>;

// A placeholder in a language's text that the English text does not have: E184.
void CheckPlaceholders(const Words& english, const Words& translated, const SourceFilePtr& file,
                       Diagnostics& diagnostics) {
  for (const auto& [key, text] : translated) {
    auto source = english.find(key);
    if (source == english.end()) continue;
    std::vector<std::string> expected = Placeholders(source->second);
    for (const std::string& placeholder : Placeholders(text)) {
      if (std::find(expected.begin(), expected.end(), placeholder) != expected.end()) continue;
      std::string known;
      for (const std::string& name : expected) known += (known.empty() ? "" : ", ") + name;
      diagnostics.Report(Code::E184, Locate(file, key, placeholder),
                         fmt::format("'{}' has the placeholder {}, which nothing fills; {}", key, placeholder,
                                     known.empty() ? "its English text has none" : "its English text has " + known));
    }
  }
}

bool IsEnglish(const std::string& language) { return language == "en" || language.rfind("en-", 0) == 0; }

}  // namespace

Status UiStrings::Load(const WriterContext& context, UiStrings& out, Diagnostics& diagnostics) {
  out.strings_.clear();
  Words english;
  Status status = Read(context.english_strings_json, "English strings", english);
  if (!status.ok()) return status;
  out.strings_ = english;
  // The template's words for the language, the curriculum's own over them, then those of a
  // folder given on the command line.
  const std::pair<const std::string*, const std::string*> files[] = {
      {&context.strings_path, &context.strings_json},
      {&context.curriculum_strings_path, &context.curriculum_strings_json},
      {&context.extra_strings_path, &context.extra_strings_json}};
  Words translated;
  SourceFilePtr first_file;
  for (const auto& [path, json] : files) {
    if (json->empty()) continue;
    Words words;
    status = Read(*json, *path, words);
    if (!status.ok()) return status;
    auto file = std::make_shared<SourceFile>(*path, *json);
    if (!first_file) first_file = file;
    CheckPlaceholders(english, words, file, diagnostics);
    for (auto& [key, text] : words) translated[key] = text;
  }
  for (const auto& [key, text] : translated) out.strings_[key] = text;

  std::string language = first_file ? LanguageOfFile(first_file->path()) : context.language;
  if (!first_file) {
    if (context.language.empty() || IsEnglish(context.language)) return Status::Ok();
    std::string keys;
    for (const auto& [key, text] : english) keys += (keys.empty() ? "" : ", ") + key;
    std::string base = language.substr(0, language.find('-'));
    std::string names = "strings/" + language + ".json" + (base == language ? "" : " or strings/" + base + ".json");
    diagnostics.Report(Code::W183, {},
                       fmt::format("there are no {} interface words (no {} in the template or the curriculum): "
                                   "all {} are printed in English: {}",
                                   language, names, english.size(), keys));
    return Status::Ok();
  }
  for (const auto& [key, text] : english) {
    if (translated.count(key)) continue;
    diagnostics.Report(Code::W183, {first_file, 0, 0},
                       fmt::format("the {} interface words have nothing for '{}'; the English \"{}\" is printed instead",
                                   language, key, text));
  }
  return Status::Ok();
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
